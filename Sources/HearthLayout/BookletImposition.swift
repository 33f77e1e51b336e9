import HearthFrame
import HearthGeometry

/// Saddle-stitched booklet order: A5 pages printed two to a side of an A4 sheet, so that the printed stack,
/// folded in half, reads 1, 2, 3… Pages are padded with blanks to a multiple of four.
public enum BookletImposition {
    /// One side of a sheet: the page numbers (1-based, nil for a blank) on its left and right halves.
    public struct Side: Hashable, Sendable {
        public var left: Int?
        public var right: Int?
    }

    /// One sheet of paper, printed on both sides (duplex, flipped on the short edge).
    public struct Sheet: Hashable, Sendable {
        public var front: Side
        public var back: Side
    }

    /// The sheets for `pageCount` booklet pages, outermost sheet first. A booklet in a right-to-left language is
    /// bound on the right (`boundOnRight`): page 1 on the left half of the front, and every side the other way.
    public static func sheets(pageCount: Int, boundOnRight: Bool = false) -> [Sheet] {
        guard pageCount > 0 else { return [] }
        let padded = (pageCount + 3) / 4 * 4
        func page(_ n: Int) -> Int? { n <= pageCount ? n : nil }
        return (0..<padded / 4).map { i in
            let front = Side(left: page(padded - 2 * i), right: page(2 * i + 1))
            let back = Side(left: page(2 * i + 2), right: page(padded - 2 * i - 1))
            guard boundOnRight else { return Sheet(front: front, back: back) }
            return Sheet(front: Side(left: front.right, right: front.left), back: Side(left: back.right, right: back.left))
        }
    }

    /// Imposes A5 portrait frames onto A4 landscape sides, front then back for each sheet.
    public static func impose(_ pages: [Frame], boundOnRight: Bool = false) -> [Frame] {
        let a4 = Size(width: 841.89, height: 595.28)
        var out: [Frame] = []
        for sheet in sheets(pageCount: pages.count, boundOnRight: boundOnRight) {
            for side in [sheet.front, sheet.back] {
                var frame = Frame(size: a4)
                for (slot, number) in [(0.0, side.left), (a4.width / 2, side.right)] {
                    guard let n = number else { continue }
                    let page = pages[n - 1]
                    frame.items.append(.clipped(
                        Path.rect(Rect(x: slot, y: 0, width: a4.width / 2, height: a4.height)),
                        [.group(.page(number: n), page.items.map { $0.offset(by: Point(slot, 0)) })]))
                    if frame.bookmark == nil { frame.bookmark = page.bookmark }
                }
                out.append(frame)
            }
        }
        return out
    }
}

extension FrameItem {
    /// The same item moved by `d`: frames are values, so placing a page on a sheet is a pure copy.
    public func offset(by d: Point) -> FrameItem {
        placed(by: Placement(offset: d))
    }
}
