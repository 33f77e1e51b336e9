/// How light each clothes colour is drawn, so that Hearth can pick default clothes that tell apart in black and
/// white: council printers default to greyscale, where a red and a blue of the same lightness are the same grey.
///
/// The palette spreads its colours from a dark brown to a light yellow; five of them (brown, red, teal, grey,
/// pink or yellow) are each a clear step (12 L*) from the others. `PeopleGreyscaleTests` keeps these numbers equal
/// to the colours `PeoplePalette` draws.
extension ClothesColour {
    /// CIELAB lightness (0 black, 100 white) of the colour as drawn.
    public var lightness: Double {
        switch self {
        case .brown: 34.8
        case .blue: 41.5
        case .red: 48.0
        case .purple: 53.9
        case .teal: 60.6
        case .green: 66.4
        case .grey: 73.1
        case .orange: 77.3
        case .pink: 82.2
        case .yellow: 88.9
        }
    }

    /// A clear step of lightness between two people's clothes, in CIELAB L*.
    public static let lightnessStep = 12.0
}
