import HearthGeometry
import HearthModel

/// The soft colours of the worksheets. Each house also differs in roof pattern and motif, so nothing rests on
/// colour alone when printed in black and white.
public enum Palette {
    public static let ink = Color(hex: 0x2B2B33)
    public static let softInk = Color(hex: 0x6B6B78)
    /// Writing lines: dark enough to survive a harsh photocopy.
    public static let rule = Color(hex: 0x8E8E9C)
    /// The board the house's name is written on.
    public static let sign = Color(hex: 0xFFFDF6)

    public static func roof(_ house: House) -> Color {
        switch house {
        case .worries: Color(hex: 0x8DB3D9)
        case .goodThings: Color(hex: 0xF4C85A)
        case .dreams: Color(hex: 0xB7A2DE)
        }
    }

    public static func walls(_ house: House) -> Color {
        switch house {
        case .worries: Color(hex: 0xEDF3FA)
        case .goodThings: Color(hex: 0xFFF8E3)
        case .dreams: Color(hex: 0xF4F0FB)
        }
    }

    public static let door = Color(hex: 0xC98B5B)
    public static let chimney = Color(hex: 0xD98C73)
    public static let cloud = Color(hex: 0xC3CDD8)
    public static let rain = Color(hex: 0x3C78B8)
    public static let sun = Color(hex: 0xF7B538)
    public static let sunRays = Color(hex: 0xD98A0B)
    public static let star = Color(hex: 0xF5D061)
}
