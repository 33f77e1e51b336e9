import HearthGeometry

/// One shape of a picture, in viewBox units: its outline and how it is painted.
///
/// Ellipses and circles are kept as ellipses (when no rotation turned them) so the pen can draw them with its
/// looping hand-drawn circle; everything else is a path.
public struct AssetShape: Hashable, Sendable {
    public var outline: AssetOutline
    public var paint: AssetPaint

    public init(outline: AssetOutline, paint: AssetPaint) {
        self.outline = outline
        self.paint = paint
    }

    /// The outline as a path, whatever its kind.
    public var path: Path { outline.path }
}

/// The geometry of an `AssetShape`: a path, or an upright ellipse kept as one so the pen can draw it as a
/// hand-drawn loop (a circle made of four roughened curves looks stiff beside the pen's own circles).
public enum AssetOutline: Hashable, Sendable {
    case path(Path)
    case ellipse(center: Point, radiusX: Double, radiusY: Double)

    /// The outline as lines and cubics; an ellipse as four quarter curves.
    public var path: Path {
        switch self {
        case .path(let path): path
        case .ellipse(let c, let rx, let ry): Self.ellipsePath(center: c, radiusX: rx, radiusY: ry)
        }
    }

    /// Four cubics, each a quarter of the ellipse, starting at the right and turning clockwise on the page.
    static func ellipsePath(center c: Point, radiusX rx: Double, radiusY ry: Double) -> Path {
        let k = 0.5522847498
        var p = Path([.move(Point(c.x + rx, c.y))])
        p.curve(to: Point(c.x, c.y + ry), control1: Point(c.x + rx, c.y + k * ry), control2: Point(c.x + k * rx, c.y + ry))
        p.curve(to: Point(c.x - rx, c.y), control1: Point(c.x - k * rx, c.y + ry), control2: Point(c.x - rx, c.y + k * ry))
        p.curve(to: Point(c.x, c.y - ry), control1: Point(c.x - rx, c.y - k * ry), control2: Point(c.x - k * rx, c.y - ry))
        p.curve(to: Point(c.x + rx, c.y), control1: Point(c.x + k * rx, c.y - ry), control2: Point(c.x + rx, c.y - k * ry))
        p.close()
        return p
    }

    /// A rectangle, with corners rounded by `rx` and `ry` (already limited to half the sides).
    static func roundedRect(_ r: Rect, rx: Double, ry: Double) -> Path {
        guard rx > 0, ry > 0 else { return Path.rect(r) }
        let k = 0.5522847498
        let x0 = r.minX, x1 = r.maxX, y0 = r.minY, y1 = r.maxY
        var p = Path([.move(Point(x0 + rx, y0))])
        p.line(to: Point(x1 - rx, y0))
        p.curve(to: Point(x1, y0 + ry), control1: Point(x1 - rx + k * rx, y0), control2: Point(x1, y0 + ry - k * ry))
        p.line(to: Point(x1, y1 - ry))
        p.curve(to: Point(x1 - rx, y1), control1: Point(x1, y1 - ry + k * ry), control2: Point(x1 - rx + k * rx, y1))
        p.line(to: Point(x0 + rx, y1))
        p.curve(to: Point(x0, y1 - ry), control1: Point(x0 + rx - k * rx, y1), control2: Point(x0, y1 - ry + k * ry))
        p.line(to: Point(x0, y0 + ry))
        p.curve(to: Point(x0 + rx, y0), control1: Point(x0, y0 + ry - k * ry), control2: Point(x0 + rx - k * rx, y0))
        p.close()
        return p
    }

    /// The outline moved by a transform; an ellipse stays one unless the transform turns it.
    func transformed(_ t: AssetTransform) -> AssetOutline {
        if t == .identity { return self }
        switch self {
        case .ellipse(let c, let rx, let ry) where t.keepsAxes:
            return .ellipse(center: t.apply(c), radiusX: rx * abs(t.a), radiusY: ry * abs(t.d))
        default:
            return .path(t.apply(path))
        }
    }
}
