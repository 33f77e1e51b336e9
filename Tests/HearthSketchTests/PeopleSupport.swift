import Foundation
import HearthGeometry
import HearthLooks
import HearthSketch

/// Shared helpers for the people tests: a varied cast, and checks on a drawing's numbers.
enum PeopleCast {
    /// People who between them use every hair style, skin tone, hair colour, clothes colour, build, covering,
    /// aid and role.
    static var varied: [PersonLooks] {
        HairStyle.allCases.enumerated().map { i, hair in
            PersonLooks(
                age: AgeGroup.allCases[i % AgeGroup.allCases.count], skin: SkinTone.allCases[i % SkinTone.allCases.count],
                hair: hair, hairColour: HairColour.allCases[i % HairColour.allCases.count],
                build: Build.allCases[i % Build.allCases.count], clothes: ClothesColour.allCases[i],
                headCovering: i % 3 == 0 ? HeadCovering.allCases[(i / 3) % 4] : nil, glasses: i % 2 == 0,
                beard: i % 4 == 1, hearingAid: i % 3 == 1, mobility: i % 5 == 2 ? .wheelchair : (i % 5 == 4 ? .crutches : nil),
                role: i < Role.allCases.count ? Role.allCases[i] : nil)
        }
    }

    static func draw(
        _ looks: PersonLooks, _ feeling: Feeling = .happy, _ action: Action = .standing, crying: Bool = false,
        feet: Point = Point(200, 300), height: Double = 120, facing: Facing = .front, seed: UInt32 = 7
    ) -> Figure {
        FigureArtist.draw(
            looks, feeling: feeling, action: action, crying: crying, feet: feet, height: height, facing: facing, seed: seed)
    }

    /// The box `size(of:)` promises: centred on the feet, standing on them.
    static func promised(_ looks: PersonLooks, _ action: Action, feet: Point, height: Double) -> Rect {
        let size = FigureArtist.size(of: looks, action: action, height: height)
        return Rect(x: feet.x - size.width / 2, y: feet.y - size.height, width: size.width, height: size.height)
    }

    /// Every point of every path, control points included.
    static func points(_ drawing: Drawing) -> [Point] {
        drawing.strokes.flatMap(\.path.points)
    }

    static func isFinite(_ drawing: Drawing) -> Bool {
        points(drawing).allSatisfy { $0.x.isFinite && $0.y.isFinite }
            && drawing.strokes.allSatisfy { stroke in
                if case .stroke(let width, _) = stroke.paint { return width.isFinite && width > 0 }
                return true
            }
    }

    /// CIELAB lightness and colour axes (D65), to check that colours look different.
    static func lab(_ c: Color) -> (l: Double, a: Double, b: Double) {
        func lin(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let r = lin(c.red), g = lin(c.green), b = lin(c.blue)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    static func distance(_ p: Color, _ q: Color) -> Double {
        let a = lab(p), b = lab(q)
        return ((a.l - b.l) * (a.l - b.l) + (a.a - b.a) * (a.a - b.a) + (a.b - b.b) * (a.b - b.b)).squareRoot()
    }

    /// WCAG contrast ratio.
    static func contrast(_ p: Color, _ q: Color) -> Double {
        (max(p.luminance, q.luminance) + 0.05) / (min(p.luminance, q.luminance) + 0.05)
    }

    /// Fill colours of a drawing, in painting order.
    static func fills(_ drawing: Drawing) -> [Color] {
        drawing.strokes.compactMap { stroke in
            if case .fill(let c) = stroke.paint { return c }
            return nil
        }
    }

    static func fillColours(_ drawing: Drawing) -> Set<String> {
        Set(drawing.strokes.compactMap { stroke in
            if case .fill(let c) = stroke.paint { return c.hexString + String(c.alpha) }
            return nil
        })
    }
}
