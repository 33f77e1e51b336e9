import HearthGeometry

extension Array where Element == FrameItem {
    /// What the items cover: paths with half their stroke width around them (control points included, so never
    /// less), text boxes, images, and placed symbols; clipped items only within their clip. A shared drawing's bounding box is this with room to spare.
    public var inkBounds: Rect? {
        var out: Rect?
        func add(_ r: Rect?) { if let r { out = out.map { $0.union(r) } ?? r } }
        for item in self {
            switch item {
            case .shape(let s): add(s.path.bounds?.inset(by: -(s.stroke?.width ?? 0) / 2))
            case .text(let t): add(t.bounds)
            case .image(let i): add(i.rect)
            case .group(_, let c): add(c.inkBounds)
            case .clipped(let clip, let c):
                // Nothing shows outside the clip (a setting's room runs past its picture's edges).
                guard let ink = c.inkBounds, let box = clip.bounds else { break }
                let x0 = Swift.max(ink.minX, box.minX), y0 = Swift.max(ink.minY, box.minY)
                let x1 = Swift.min(ink.maxX, box.maxX), y1 = Swift.min(ink.maxY, box.maxY)
                if x1 > x0, y1 > y0 { add(Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)) }
            case .symbol(let s, let p): add(s.items.inkBounds.map { p.apply($0) })
            }
        }
        return out
    }
}
