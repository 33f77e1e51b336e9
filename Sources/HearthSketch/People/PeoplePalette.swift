import HearthGeometry
import HearthLooks

/// The colours people are drawn in: natural skin tones (a range, not a binary), natural and dyed hair, and the
/// friendly clothes colours. Public so the picture catalogue can label swatches with the same colours.
///
/// Skin tones are spaced evenly in lightness (about 11 CIELAB L* apart, from a light pink-beige to a truly deep
/// brown) with warm undertones, so any two neighbours are told apart and all look natural side by side. On the
/// darker tones faces are drawn with eye whites and a light halo round the ink (`FaceInk`), so a feeling reads as
/// clearly on a Black child as on a white child.
public enum PeoplePalette {
    public static func skin(_ tone: SkinTone) -> Color {
        switch tone {
        case .light: Color(hex: 0xF9DAC5)
        case .fair: Color(hex: 0xE8BB9B)
        case .medium: Color(hex: 0xD09B74)
        case .olive: Color(hex: 0xAA8155)
        case .brown: Color(hex: 0x93623F)
        case .dark: Color(hex: 0x714931)
        case .deep: Color(hex: 0x4B2E20)
        }
    }

    /// The light rim drawn under the ink of brows, mouths and closed eyes on skin too dark for the ink alone to
    /// read on (in colour and in black and white); nil where the ink reads by itself.
    public static func faceHalo(on tone: SkinTone) -> Color? {
        let skin = skin(tone)
        return FaceArt.needsHalo(skin) ? FaceArt.halo(for: skin) : nil
    }

    public static func hair(_ colour: HairColour) -> Color {
        switch colour {
        case .black: Color(hex: 0x2F2A2A)
        case .brown: Color(hex: 0x6E4528)
        case .blonde: Color(hex: 0xE8C069)
        case .red: Color(hex: 0xC0602E)
        case .grey: Color(hex: 0xA9A9B1)
        case .white: Color(hex: 0xECEAE4)
        case .blue: Color(hex: 0x4C82D6)
        case .pink: Color(hex: 0xF08DB9)
        }
    }

    /// Clothes colours spread over lightness (CIELAB L* 35 to 89, see `ClothesColour.lightness`), so people
    /// dressed in different colours tell apart in black and white too, not only by hue.
    public static func clothes(_ colour: ClothesColour) -> Color {
        switch colour {
        case .brown: Color(hex: 0x734825)
        case .blue: Color(hex: 0x1D65A2)
        case .red: Color(hex: 0xC44845)
        case .purple: Color(hex: 0x9172C1)
        case .teal: Color(hex: 0x39A19C)
        case .green: Color(hex: 0x6EB16C)
        case .grey: Color(hex: 0xADB4BF)
        case .orange: Color(hex: 0xFFAD64)
        case .pink: Color(hex: 0xFFB9D4)
        case .yellow: Color(hex: 0xFFDD67)
        }
    }

    /// Trousers that go with the top: denim for most, a warm brown or charcoal where denim would be too alike.
    public static func trousers(with top: ClothesColour) -> Color {
        switch top {
        case .blue, .teal, .purple: Color(hex: 0x5A5C66)
        case .grey: Color(hex: 0x4F6E9E)
        default: Color(hex: 0x55709C)
        }
    }

    /// A headscarf, turban, kippah or cap in a colour that sits well beside the clothes without matching them.
    public static func headCovering(with top: ClothesColour) -> Color {
        switch top {
        case .red, .orange, .pink: Color(hex: 0x6A8FC8)
        case .yellow, .brown: Color(hex: 0x3F8C87)
        case .green, .teal: Color(hex: 0xB5679A)
        case .blue, .purple: Color(hex: 0xE3A33E)
        case .grey: Color(hex: 0xC4544F)
        }
    }

    /// A wheelchair's frame: bright, so the chair reads as the person's own and not as hospital equipment.
    public static func wheelchair(with top: ClothesColour) -> Color {
        switch top {
        case .red, .orange, .pink, .yellow: Color(hex: 0x3E7CC4)
        default: Color(hex: 0xE0605A)
        }
    }

    public static let shoes = Color(hex: 0x4A3E3A)
    /// A closed mouth's lips where a beard would hide a line, and the rim of an open mouth.
    public static let mouth = Color(hex: 0xD9575E)
    /// Inside an open mouth, and the tongue in it: dark red and pink, so an open mouth reads on every skin tone and
    /// in black and white.
    public static let mouthInside = Color(hex: 0x8E2B36)
    public static let tongue = Color(hex: 0xF3939E)
    public static let blush = Color(hex: 0xF07A88, alpha: 0.38)
    public static let angryCheeks = Color(hex: 0xE8453C, alpha: 0.5)
    public static let poorlyCheeks = Color(hex: 0x86C25A, alpha: 0.65)
    /// A tear: a very pale blue drop with a deep blue edge, so on every skin tone one of the two is a clear step
    /// lighter or darker than the skin (in colour and in black and white).
    public static let tear = Color(hex: 0xC2E5F9)
    public static let tearEdge = Color(hex: 0x1A5490)
    public static let heart = Color(hex: 0xE8506A)
    /// A plaster cast, and the pale cloth of a sling.
    public static let plaster = Color(hex: 0xF7F5EE)
    public static let sling = Color(hex: 0xE6EEF6)
    /// A proud figure's star.
    public static let star = Color(hex: 0xF7C841)
    /// The warm glow round someone who feels safe: pale, so the figure stays the focus.
    public static let glow = Color(hex: 0xFFE08A, alpha: 0.45)
    /// A hungry tummy's rumble lines.
    public static let rumble = Color(hex: 0x5A6B9C)
    public static let eyeWhite = Color(hex: 0xFFFFFF)
    public static let metal = Color(hex: 0xB8BEC8)
    public static let tyre = Color(hex: 0x3A3A42)
    /// A bed's blanket, as the `bed` picture colours it (its fill and its pen), so a figure's blanket is the bed's.
    public static let blanket = Color(hex: 0x8DB3D9)
    public static let blanketEdge = Color(hex: 0x3C78B8)
    public static let sheet = Color(hex: 0xFBF8F0)
    public static let pillow = Color(hex: 0xFFFDF7)
    public static let police = Color(hex: 0x2F3F66)
    /// A police officer's high-visibility vest and its reflective bands.
    public static let hiVis = Color(hex: 0xE3F03A)
    public static let reflective = Color(hex: 0xC9CDD4)
    /// Nurses' scrubs are this blue whatever the person's clothes colour.
    public static let scrubs = Color(hex: 0x3F7CC0)
    /// A flannel on a poorly person's forehead.
    public static let flannel = Color(hex: 0xBFE3F5)
    /// A small behind-the-ear hearing aid.
    public static let hearingAid = Color(hex: 0x3FB0B8)
    public static let paper = Color(hex: 0xFFFDF5)
    public static let robe = Color(hex: 0x3B3B48)
    public static let coat = Color(hex: 0xF8F8F4)
    public static let wig = Color(hex: 0xE9E6DC)
    public static let lanyard = Color(hex: 0x3F8FD0)
    public static let folder = Color(hex: 0xF2B33D)
    public static let book = Color(hex: 0xD9574F)
}
