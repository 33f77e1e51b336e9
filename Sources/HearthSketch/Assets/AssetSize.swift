/// How big a thing stands beside people, written `data-size` on a picture's `<svg>`: a door as tall as a grown-up,
/// a cup small but still big enough to recognise.
///
/// Things are not drawn to their true size: a real phone beside a person would be a few pixels. Four steps keep
/// each thing readable while a door or a cupboard still looks like one.
public enum AssetSize: String, CaseIterable, Hashable, Sendable {
    case small, medium, large, tall
    /// Taller than a grown-up: an ambulance (about 1.4 grown-ups high).
    case huge

    /// Height on the ground, as a share of a grown-up's height.
    public var heightInAdults: Double {
        switch self {
        case .small: 0.24
        case .medium: 0.34
        case .large: 0.6
        case .tall: 0.92
        case .huge: 1.4
        }
    }
}
