import HearthGeometry

extension Array where Element == FrameItem {
    /// What the items cover: paths with half their stroke width around them (control points included, so never
    /// less), text boxes, images, and placed symbols. A shared drawing's bounding box is this with room to spare.
    public var inkBounds: Rect? {
        var out: Rect?
        func add(_ r: Rect?) { if let r { out = out.map { $0.union(r) } ?? r } }
        for item in self {
            switch item {
            case .shape(let s): add(s.path.bounds?.inset(by: -(s.stroke?.width ?? 0) / 2))
            case .text(let t): add(t.bounds)
            case .image(let i): add(i.rect)
            case .group(_, let c), .clipped(_, let c): add(c.inkBounds)
            case .symbol(let s, let p): add(s.items.inkBounds.map { p.apply($0) })
            }
        }
        return out
    }
}
