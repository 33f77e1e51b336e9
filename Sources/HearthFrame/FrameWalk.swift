/// Flattening helpers: tests and checks often want every item regardless of grouping.
extension Frame {
    /// Every leaf item, groups opened and symbols placed, in drawing order and page coordinates.
    public var leaves: [FrameItem] {
        var out: [FrameItem] = []
        func walk(_ items: [FrameItem]) {
            for i in items {
                switch i {
                case .group(_, let c), .clipped(_, let c): walk(c)
                case .symbol(let s, let p): walk(s.items.map { $0.placed(by: p) })
                default: out.append(i)
                }
            }
        }
        walk(items)
        return out
    }

    public var textLines: [TextLine] {
        leaves.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }
}
