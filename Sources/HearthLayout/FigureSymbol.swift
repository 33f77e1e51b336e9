import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// A person drawn once for a range of sizes and placed on the page as a scaled copy, so a booklet that shows the
/// child happy on ten pages stores that drawing once (a PDF form XObject) instead of ten times.
///
/// Sizes are grouped in steps of `sizeStep`: each group is drawn at its own height, so pen widths, which do not
/// grow in proportion to a figure (see `FigureInk`), stay within eight per cent of what the exact height would
/// give (too little to see), and the same person in the same pose at nearly the same size is one drawing.
struct FigureSymbol {
    /// Successive drawn heights differ by this factor; placements scale by at most its square root either way.
    static let sizeStep = 1.5
    /// The adult height the groups are counted from.
    static let baseHeight = 100.0

    /// The group a size falls in: its number (counted from `baseHeight`) and the size its drawing is made at.
    static func sizeGroup(_ size: Double) -> (step: Int, drawn: Double) {
        let step = (log(size / baseHeight) / log(sizeStep)).rounded()
        return (Int(step), baseHeight * pow(sizeStep, step))
    }

    /// The figure's geometry on the page (its drawing left in the symbol's own coordinates).
    var figure: Figure
    var item: FrameItem

    /// Everything a figure's drawing depends on: the same key always draws the same figure.
    private struct Pose: Hashable, Sendable {
        var looks: PersonLooks
        var feeling: Feeling
        var action: Action
        var crying: Bool
        var facing: Facing
        var seed: UInt32
        var step: Int
        var pose: FigurePose
    }

    /// A drawing in its own coordinates, kept with the frame items it becomes and the identity those items give it.
    private struct Drawn: Sendable {
        var figure: Figure
        var items: [FrameItem]
        /// Computed from the items (see `ContentID`): a look added to `PersonLooks` can never make two different
        /// drawings share a name in a PDF.
        var id: String
    }

    /// Figures already drawn: the same person in the same pose recurs on many pages and in every booklet of a batch.
    private static let drawn = MemoTable<Pose, Drawn>(limit: 2_048)

    /// - Parameter pose: the posture, and where a reaching hand goes as an offset from the feet in `height`s.
    init(_ person: ScenePerson, feet: Point, height: Double, facing: Facing, seed: UInt32, pose figurePose: FigurePose = FigurePose()) {
        let (step, drawnHeight) = Self.sizeGroup(max(height, 1))
        let pose = Pose(
            looks: person.looks, feeling: person.feeling, action: person.action, crying: person.crying, facing: facing,
            seed: seed, step: step, pose: figurePose)
        let drawing = Self.drawn.value(for: pose) {
            let figure = FigureArtist.draw(
                person.looks, feeling: person.feeling, action: person.action, crying: person.crying,
                feet: Point(0, 0), height: drawnHeight, facing: facing, seed: seed, pose: figurePose)
            let items = figure.drawing.frameItems
            // The action and size group lead the id for people reading a frame dump (and for tests that measure
            // how tall a person is drawn); the hash after them is what makes it the drawing's own.
            return Drawn(figure: figure, items: items, id: ContentID.of(items, kind: "person \(pose.action.rawValue) size=\(pose.step)"))
        }
        let local = drawing.figure
        let placement = Placement(offset: feet, scale: height / drawnHeight)
        item = .symbol(Symbol(id: drawing.id, items: drawing.items), placement)
        figure = Figure(
            drawing: Drawing(), bounds: placement.apply(local.bounds), face: placement.apply(local.face),
            mouth: placement.apply(local.mouth), leftHand: placement.apply(local.leftHand),
            rightHand: placement.apply(local.rightHand), lap: placement.apply(local.lap))
    }
}
