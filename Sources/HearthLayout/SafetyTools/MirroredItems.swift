import HearthFrame
import HearthGeometry

/// Frame items moved to the other side of the page, for a sheet in a language read from right to left: each
/// outline reflected across the page's middle, each line of text and each person moved to where the reflection
/// puts them but drawn as they are (a word is never written backwards, a person never drawn back to front).
///
/// Only drawings and single lines are mirrored this way; paragraphs whose lines align to a side are fitted in
/// the mirrored place instead, so right-to-left text keeps its right edge straight.
extension FrameItem {
    func mirrored(across width: Double) -> FrameItem {
        func flip(_ p: Point) -> Point { Point(width - p.x, p.y) }
        func flip(_ path: Path) -> Path {
            Path(path.ops.map { op in
                switch op {
                case .move(let p): .move(flip(p))
                case .line(let p): .line(flip(p))
                case .curve(let a, let b, let c): .curve(flip(a), flip(b), flip(c))
                case .close: .close
                }
            })
        }
        switch self {
        case .shape(var shape):
            shape.path = flip(shape.path)
            return .shape(shape)
        case .text(var line):
            line.origin.x = width - line.origin.x - line.width
            return .text(line)
        case .image(var image):
            image.rect = image.rect.mirrored(across: width)
            return .image(image)
        case .group(let tag, let items):
            return .group(tag, items.map { $0.mirrored(across: width) })
        case .clipped(let path, let items):
            return .clipped(flip(path), items.map { $0.mirrored(across: width) })
        case .symbol(let symbol, var placement):
            placement.offset.x = width - placement.offset.x
            return .symbol(symbol, placement)
        }
    }
}

extension Rect {
    /// The rectangle reflected across the middle of a page `width` wide.
    func mirrored(across width: Double) -> Rect {
        Rect(x: width - maxX, y: y, width: self.width, height: height)
    }
}
