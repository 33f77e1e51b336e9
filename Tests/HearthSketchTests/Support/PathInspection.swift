import HearthGeometry
import HearthSketch

/// The pieces of pen output that the geometric tests look at.
extension Path {
    /// The ops split at every move, each subpath starting with its move.
    var subpaths: [[PathOp]] {
        var result: [[PathOp]] = []
        for op in ops {
            if case .move = op { result.append([op]) } else if !result.isEmpty { result[result.count - 1].append(op) }
        }
        return result
    }
}

/// The points a subpath passes through: its move, and the end of every line and curve.
func onCurvePoints(_ subpath: [PathOp]) -> [Point] {
    subpath.compactMap { op in
        switch op {
        case .move(let p), .line(let p), .curve(_, _, let p): p
        case .close: nil
        }
    }
}

/// The first and last point a subpath passes through.
func ends(_ subpath: [PathOp]) -> (start: Point, end: Point)? {
    let points = onCurvePoints(subpath)
    guard let first = points.first, let last = points.last else { return nil }
    return (first, last)
}
