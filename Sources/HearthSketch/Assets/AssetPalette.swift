import HearthGeometry

/// One colour a picture may name in its `class`, with the darker pen it uses for coloured lines and hatching.
public struct AssetColour: Hashable, Sendable {
    public var name: String
    /// The soft colour an area is filled with.
    public var fill: Color
    /// A deeper shade of the same colour: coloured lines (`class="line blue"`) and hatch lines.
    public var pen: Color

    public init(name: String, fill: Color, pen: Color) {
        self.name = name
        self.fill = fill
        self.pen = pen
    }
}

/// The fixed, friendly colours of picture files.
///
/// Pictures name colours rather than giving hex codes so the whole vocabulary stays one soft palette, matching
/// the worksheets, whoever drew the file; changing a colour here recolours every picture at once.
public enum AssetPalette {
    public static let colours: [AssetColour] = [
        AssetColour(name: "paper", fill: Color(hex: 0xFFFDF6), pen: Color(hex: 0x8E8E9C)),
        AssetColour(name: "wall", fill: Color(hex: 0xFFF3DC), pen: Color(hex: 0xC9A66B)),
        AssetColour(name: "roof", fill: Color(hex: 0xE0907A), pen: Color(hex: 0xB45A43)),
        AssetColour(name: "wood", fill: Color(hex: 0xC98B5B), pen: Color(hex: 0x8A5A34)),
        AssetColour(name: "glass", fill: Color(hex: 0xD3E8F6), pen: Color(hex: 0x5C8FBF)),
        AssetColour(name: "blue", fill: Color(hex: 0x8DB3D9), pen: Color(hex: 0x3C78B8)),
        AssetColour(name: "green", fill: Color(hex: 0xAED694), pen: Color(hex: 0x5A9443)),
        AssetColour(name: "leaf", fill: Color(hex: 0x7DBB6C), pen: Color(hex: 0x3F7A34)),
        AssetColour(name: "teal", fill: Color(hex: 0x8FD0C4), pen: Color(hex: 0x3C8F82)),
        AssetColour(name: "red", fill: Color(hex: 0xEC8478), pen: Color(hex: 0xC0473A)),
        AssetColour(name: "pink", fill: Color(hex: 0xF4B3C2), pen: Color(hex: 0xC96A84)),
        AssetColour(name: "orange", fill: Color(hex: 0xF5AE64), pen: Color(hex: 0xC8731F)),
        AssetColour(name: "yellow", fill: Color(hex: 0xF5D061), pen: Color(hex: 0xC99A1E)),
        AssetColour(name: "sun", fill: Color(hex: 0xF7B538), pen: Color(hex: 0xD98A0B)),
        AssetColour(name: "lilac", fill: Color(hex: 0xB7A2DE), pen: Color(hex: 0x7A62B0)),
        AssetColour(name: "cloud", fill: Color(hex: 0xDCE3EB), pen: Color(hex: 0x8696A8)),
        AssetColour(name: "metal", fill: Color(hex: 0xB4BCC8), pen: Color(hex: 0x6B6B78)),
        AssetColour(name: "ink", fill: Color(hex: 0x2B2B33), pen: Color(hex: 0x2B2B33)),
    ]

    public static func colour(named name: String) -> AssetColour? {
        colours.first { $0.name == name }
    }

    public static var names: [String] { colours.map(\.name) }
}
