import HearthGeometry

/// A drawing a document shows more than once, such as a person in one pose on several pages, stored once and
/// placed wherever it appears.
///
/// A renderer that can share content (PDF form XObjects) writes the items once per document however many pages
/// use them; the others draw them at each placement. Two symbols with the same `id` must hold the same items:
/// equality and hashing look only at the id, so comparing frames does not re-walk every figure.
public struct Symbol: Hashable, Sendable {
    public var id: String
    /// The drawing in its own coordinates; a placement maps them onto the page.
    public var items: [FrameItem]

    public init(id: String, items: [FrameItem]) {
        self.id = id
        self.items = items
    }

    public static func == (a: Symbol, b: Symbol) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// Where a symbol goes on the page: its coordinates scaled by `scale`, then moved by `offset`.
public struct Placement: Hashable, Sendable {
    public var offset: Point
    public var scale: Double

    public init(offset: Point, scale: Double = 1) {
        self.offset = offset
        self.scale = scale
    }

    public func apply(_ p: Point) -> Point { Point(p.x * scale + offset.x, p.y * scale + offset.y) }

    public func apply(_ r: Rect) -> Rect {
        Rect(x: r.x * scale + offset.x, y: r.y * scale + offset.y, width: r.width * scale, height: r.height * scale)
    }
}

extension FrameItem {
    /// The item as it lands on the page under `placement`: what text dumps and overlap checks look at.
    public func placed(by placement: Placement) -> FrameItem {
        let k = placement.scale, d = placement.offset
        switch self {
        case .shape(var s):
            s.path = s.path.transformed(scale: k, offset: d)
            if var stroke = s.stroke {
                stroke.width *= k
                stroke.dash = stroke.dash.map { $0 * k }
                s.stroke = stroke
            }
            return .shape(s)
        case .text(var t):
            t.origin = placement.apply(t.origin)
            t.width *= k
            t.height *= k
            t.style.size *= k
            return .text(t)
        case .image(var i):
            i.rect = placement.apply(i.rect)
            return .image(i)
        case .group(let tag, let items):
            return .group(tag, items.map { $0.placed(by: placement) })
        case .clipped(let path, let items):
            return .clipped(path.transformed(scale: k, offset: d), items.map { $0.placed(by: placement) })
        case .symbol(let symbol, let inner):
            return .symbol(
                symbol, Placement(offset: placement.apply(inner.offset), scale: inner.scale * k))
        }
    }
}
