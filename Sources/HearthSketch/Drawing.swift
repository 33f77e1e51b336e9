import HearthGeometry

/// What the pen produces: strokes and fills in painting order, later ones on top.
///
/// A picture is built by concatenating drawings, then placed on the page by aspect-fitting its `bounds` into
/// a slot with `transformed(scale:offset:)`. It is a plain value, so layout can keep and compare it.
public struct Drawing: Hashable, Sendable {
    public var strokes: [PenStroke]

    public init(_ strokes: [PenStroke] = []) {
        self.strokes = strokes
    }

    public var isEmpty: Bool { strokes.isEmpty }

    public mutating func append(_ other: Drawing) {
        strokes.append(contentsOf: other.strokes)
    }

    /// `lhs` painted first, then `rhs` on top.
    public static func + (lhs: Drawing, rhs: Drawing) -> Drawing {
        Drawing(lhs.strokes + rhs.strokes)
    }

    public static func += (lhs: inout Drawing, rhs: Drawing) {
        lhs.append(rhs)
    }

    /// The box the ink covers: every path's bounds (control points included), grown by half the line width for
    /// strokes. `nil` when nothing is drawn.
    public var bounds: Rect? {
        var result: Rect?
        for stroke in strokes {
            guard var box = stroke.path.bounds else { continue }
            if case .stroke(let width, _) = stroke.paint { box = box.inset(by: -abs(width) / 2) }
            result = result.map { $0.union(box) } ?? box
        }
        return result
    }

    /// The drawing scaled about the origin, then moved: every point maps to `p * scale + offset`.
    ///
    /// Line widths scale too by default, as if the page were zoomed; pass `scalingWidths: false` to keep the
    /// pen's weight when shrinking a picture into a small slot.
    public func transformed(scale: Double, offset: Point, scalingWidths: Bool = true) -> Drawing {
        Drawing(strokes.map { stroke in
            var paint = stroke.paint
            if scalingWidths, case .stroke(let width, let color) = paint {
                paint = .stroke(width: width * abs(scale), color: color)
            }
            return PenStroke(path: stroke.path.transformed(scale: scale, offset: offset), paint: paint)
        })
    }
}
