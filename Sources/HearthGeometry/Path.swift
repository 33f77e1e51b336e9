/// One drawing instruction of a path, in the vocabulary Cairo and SVG share.
public enum PathOp: Hashable, Sendable {
    case move(Point)
    case line(Point)
    /// A cubic Bézier: two control points, then the end point.
    case curve(Point, Point, Point)
    case close
}

/// An outline made of moves, lines and cubic curves: what a pen stroke or a filled shape is, before any renderer.
public struct Path: Hashable, Sendable {
    public var ops: [PathOp]

    public init(_ ops: [PathOp] = []) {
        self.ops = ops
    }

    public var isEmpty: Bool { ops.isEmpty }

    public mutating func move(to p: Point) { ops.append(.move(p)) }
    public mutating func line(to p: Point) { ops.append(.line(p)) }
    public mutating func curve(to p: Point, control1 c1: Point, control2 c2: Point) { ops.append(.curve(c1, c2, p)) }
    public mutating func close() { ops.append(.close) }
    public mutating func append(_ other: Path) { ops.append(contentsOf: other.ops) }

    /// A closed polygon through the points.
    public static func polygon(_ points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        var p = Path([.move(first)])
        for q in points.dropFirst() { p.line(to: q) }
        p.close()
        return p
    }

    public static func rect(_ r: Rect) -> Path {
        polygon([Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)])
    }

    /// Every point the path names, control points included: enough to bound it.
    public var points: [Point] {
        ops.flatMap { op -> [Point] in
            switch op {
            case .move(let p), .line(let p): [p]
            case .curve(let a, let b, let c): [a, b, c]
            case .close: []
            }
        }
    }

    /// A box holding the whole path (control points included, so it may be a little generous).
    public var bounds: Rect? {
        // Walked in place: layout asks for the bounds of every stroke of every figure, and building the point list
        // first cost more than the comparisons.
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        func add(_ p: Point) {
            x0 = min(x0, p.x); y0 = min(y0, p.y); x1 = max(x1, p.x); y1 = max(y1, p.y)
        }
        for op in ops {
            switch op {
            case .move(let p), .line(let p): add(p)
            case .curve(let a, let b, let c): add(a); add(b); add(c)
            case .close: break
            }
        }
        guard x0 <= x1 else { return nil }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The same path moved and scaled: every point maps to `origin + p * scale`.
    public func transformed(scale: Double, offset: Point) -> Path {
        func t(_ p: Point) -> Point { Point(p.x * scale + offset.x, p.y * scale + offset.y) }
        return Path(ops.map { op in
            switch op {
            case .move(let p): .move(t(p))
            case .line(let p): .line(t(p))
            case .curve(let a, let b, let c): .curve(t(a), t(b), t(c))
            case .close: .close
            }
        })
    }
}
