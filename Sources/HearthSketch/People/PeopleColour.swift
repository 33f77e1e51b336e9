import Foundation
import HearthGeometry

/// Colour arithmetic for people: mixing, darkening, and how far apart two colours look (CIELAB distance), so
/// clothes never melt into the skin beside them and faces keep their contrast on every skin tone.
extension Color {
    /// This colour mixed towards `other` by `amount` (0 = unchanged, 1 = `other`).
    func mixed(with other: Color, _ amount: Double) -> Color {
        Color(
            red: red + (other.red - red) * amount, green: green + (other.green - green) * amount,
            blue: blue + (other.blue - blue) * amount, alpha: alpha)
    }

    /// This colour mixed towards black by `amount`.
    func shade(_ amount: Double) -> Color {
        mixed(with: Color(red: 0, green: 0, blue: 0, alpha: alpha), amount)
    }

    /// CIELAB (D65) lightness and the two colour axes.
    var lab: (l: Double, a: Double, b: Double) {
        func lin(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let r = lin(red), g = lin(green), b = lin(blue)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    /// How different two colours look (CIE76 ΔE): under about 20 they read as "the same colour" at a glance.
    func distance(to other: Color) -> Double {
        let p = lab, q = other.lab
        return ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    func contrast(with other: Color) -> Double {
        let a = luminance, b = other.luminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
