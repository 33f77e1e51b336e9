import HearthGeometry
import HearthModel
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

    static func fillColours(_ drawing: Drawing) -> Set<String> {
        Set(drawing.strokes.compactMap { stroke in
            if case .fill(let c) = stroke.paint { return c.hexString + String(c.alpha) }
            return nil
        })
    }
}
