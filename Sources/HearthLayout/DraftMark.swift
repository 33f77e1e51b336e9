import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// The stamp on a draft page: a page that prints professional wording because no words were agreed for the child
/// yet must never be mistaken for the finished story, on screen or on paper, in colour or in black and white.
struct DraftMark {
    var measurer: any TextMeasurer
    var page: PageSpec

    static let red = Color(hex: 0xB03A2E)

    /// A large word over a short reason, in a bold hand-drawn box across the top right of the page (the bottom right
    /// on a cover, whose title runs across the top), drawn over everything else on a white backing so it reads on
    /// any picture.
    func item(_ mark: DraftStamp, onCover: Bool = false) -> FrameItem {
        let u = page.unit
        let wordStyle = TextStyle(size: 46 * u, weight: .bold)
        let noteStyle = TextStyle(size: 11 * u, weight: .bold)
        let wm = measurer.lineMetrics(of: mark.word, style: wordStyle)
        let nm = measurer.lineMetrics(of: mark.note, style: noteStyle)
        let ww = measurer.width(of: mark.word, style: wordStyle)
        let nw = measurer.width(of: mark.note, style: noteStyle)
        let pad = 9 * u
        let width = max(ww, nw) + 2 * pad
        let height = wm.height + nm.height + 1.4 * pad
        let top = onCover ? page.size.height - 80 * u - height : 10 * u
        let box = Rect(x: page.size.width - 24 * u - width, y: top, width: width, height: height)
        var pen = RoughPen(style: PenStyle(strokeWidth: 3.2 * u, roughness: 0.8, ink: Self.red), seed: StableHash.seed("draft-mark"))
        let outline = pen.rectangle(box).frameItems
        let backing = FrameItem.shape(Shape(path: .rect(box), fill: Color(hex: 0xFFFFFF, alpha: 0.9)))
        let word = FrameItem.text(TextLine(
            text: mark.word, origin: Point(box.midX - ww / 2, box.minY + pad * 0.5), width: ww, height: wm.height,
            style: wordStyle, color: Self.red, direction: measurer.direction(of: mark.word)))
        let note = FrameItem.text(TextLine(
            text: mark.note, origin: Point(box.midX - nw / 2, box.minY + pad * 0.5 + wm.height), width: nw,
            height: nm.height, style: noteStyle, color: Self.red, direction: measurer.direction(of: mark.note)))
        return .group(.paragraph, [backing] + outline + [word, note])
    }
}
