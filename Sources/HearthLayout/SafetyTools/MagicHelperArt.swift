import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// The fairy or the wizard of the Fairy/Wizard sheet: a smiling grown-up drawn by the people artist, with wings and
/// a star wand (the fairy) or a starry hat and a star wand (the wizard). Soft colours and an open smile: a helper,
/// never something to be frightened of.
struct MagicHelperArt {
    var helper: MagicHelper
    /// Where the feet stand, and the adult height the figure is drawn at.
    var feet: Point
    var height: Double
    var unit: Double
    var seed: UInt32

    static func looks(_ helper: MagicHelper) -> PersonLooks {
        switch helper {
        case .fairy: PersonLooks(age: .adult, skin: .brown, hair: .long, hairColour: .red, build: .slim, clothes: .pink)
        case .wizard: PersonLooks(age: .older, skin: .fair, hair: .short, hairColour: .white, clothes: .purple, beard: true)
        }
    }

    var items: [FrameItem] {
        let person = ScenePerson(id: helper.rawValue, label: nil, looks: Self.looks(helper), feeling: .happy)
        let symbol = FigureSymbol(person, feet: feet, height: height, facing: .front, seed: seed)
        let figure = symbol.figure
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.8 * unit, roughness: 0.7, maxRandomnessOffset: 1.2 * unit), seed: seed &+ 1)
        var behind = Drawing()
        var over = Drawing()
        let face = figure.face
        if helper == .fairy {
            // Two pairs of wings behind the shoulders.
            let shoulderY = face.maxY + height * 0.08
            let wing = Color(hex: 0xE6DDFB)
            for side in [-1.0, 1.0] {
                behind.append(pen.ellipse(
                    center: Point(face.midX + side * height * 0.2, shoulderY - height * 0.02), radiusX: height * 0.17,
                    radiusY: height * 0.12, fill: .solid(wing)))
                behind.append(pen.ellipse(
                    center: Point(face.midX + side * height * 0.16, shoulderY + height * 0.17), radiusX: height * 0.11,
                    radiusY: height * 0.08, fill: .solid(wing)))
            }
        } else {
            // A tall soft hat with a brim and two small stars.
            let brimY = face.minY + face.height * 0.22
            let hat = [
                Point(face.midX - face.width * 0.85, brimY), Point(face.midX + face.height * 0.25, brimY - face.height * 1.7),
                Point(face.midX + face.width * 0.85, brimY),
            ]
            over.append(pen.polygon(hat, fill: .solid(Color(hex: 0x6F63C9))))
            over.append(pen.ellipse(
                center: Point(face.midX, brimY), radiusX: face.width * 1.0, radiusY: face.height * 0.12, fill: .solid(Color(hex: 0x5A4FB0))))
            for (dx, dy, r) in [(-0.25, -0.45, 0.13), (0.15, -0.95, 0.1)] {
                over.append(pen.polygon(
                    Self.star(center: Point(face.midX + dx * face.width, brimY + dy * face.height), radius: r * face.height),
                    fill: .solid(Palette.star)))
            }
        }
        // The wand in the raised hand, a star at its tip.
        // The fairy holds her wand out to the left, the wizard his to the right: side by side, they never cross.
        let outward = helper == .fairy ? -1.0 : 1.0
        let hand = (figure.rightHand.x - figure.leftHand.x) * outward > 0 ? figure.rightHand : figure.leftHand
        let tip = Point(hand.x + outward * height * 0.05, hand.y - height * 0.24)
        var wand = RoughPen(style: PenStyle(strokeWidth: 3 * unit, roughness: 0.4, ink: Color(hex: 0x7A5230)), seed: seed &+ 2)
        over.append(wand.line(from: hand, to: tip))
        over.append(pen.polygon(Self.star(center: tip, radius: height * 0.075), fill: .solid(Palette.star)))
        var sparkle = RoughPen(style: PenStyle(strokeWidth: 1.4 * unit, roughness: 0.5, ink: Palette.sunRays), seed: seed &+ 3)
        for angle in stride(from: -150.0, through: -30.0, by: 40.0) {
            let a = angle * .pi / 180
            let r0 = height * 0.1, r1 = height * 0.15
            over.append(sparkle.line(
                from: Point(tip.x + cos(a) * r0, tip.y + sin(a) * r0), to: Point(tip.x + cos(a) * r1, tip.y + sin(a) * r1)))
        }
        let alt = helper == .fairy ? "a smiling fairy with wings and a star wand" : "a smiling wizard in a starry hat with a star wand"
        return [.group(.figure(alt: alt), behind.frameItems + [symbol.item] + over.frameItems)]
    }

    /// A five-pointed star.
    static func star(center c: Point, radius r: Double) -> [Point] {
        (0..<10).map { i in
            let a = (Double(i) * 36 - 90) * .pi / 180
            let radius = i % 2 == 0 ? r : r * 0.45
            return Point(c.x + cos(a) * radius, c.y + sin(a) * radius)
        }
    }
}
