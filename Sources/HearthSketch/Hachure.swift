import Foundation
import HearthGeometry

/// The straight hatch lines that fill a shape, before the pen roughens them.
///
/// The shape is turned so the hatch direction becomes horizontal, scanned with horizontal lines `gap` apart,
/// and each scan line keeps the stretches between the 1st and 2nd, 3rd and 4th… edge crossings (even-odd, so
/// holes and several rings work); the stretches are then turned back.
enum Hachure {
    /// Scan lines closer than this are treated as this far apart, so a zero gap cannot hang the pen.
    static let smallestGap = 0.25
    /// A cap on scan lines per fill, for the same reason with huge shapes.
    static let mostLines = 20_000
    /// Stretches shorter than this would print as dots, not lines.
    static let shortestLine = 0.5

    private struct Edge {
        var top: Double
        var bottom: Double
        var xAtTop: Double
        var slope: Double
    }

    /// Segments at `angle` degrees (from the x axis, y down) covering the polygons' inside, `gap` apart.
    ///
    /// The lines are centred on the shape, so a shape narrower than the gap still gets one line through its middle.
    static func segments(in polygons: [[Point]], angle: Double, gap: Double) -> [(Point, Point)] {
        let radians = angle * .pi / 180
        let cosA = cos(radians), sinA = sin(radians)
        // Turning by -angle makes the hatch direction horizontal.
        func unturn(_ p: Point) -> Point { Point(p.x * cosA + p.y * sinA, -p.x * sinA + p.y * cosA) }
        func turn(_ p: Point) -> Point { Point(p.x * cosA - p.y * sinA, p.x * sinA + p.y * cosA) }

        var edges: [Edge] = []
        var top = Double.infinity, bottom = -Double.infinity
        for ring in polygons where ring.count >= 3 {
            let turned = ring.map(unturn)
            for i in turned.indices {
                let a = turned[i], b = turned[(i + 1) % turned.count]
                guard a.y != b.y, a.y.isFinite, b.y.isFinite, a.x.isFinite, b.x.isFinite else { continue }
                let (upper, lower) = a.y < b.y ? (a, b) : (b, a)
                edges.append(Edge(top: upper.y, bottom: lower.y, xAtTop: upper.x,
                                  slope: (lower.x - upper.x) / (lower.y - upper.y)))
                top = min(top, upper.y)
                bottom = max(bottom, lower.y)
            }
        }
        guard !edges.isEmpty, !gap.isNaN else { return [] }
        let height = bottom - top
        // A gap wider than the shape still gives one centred line; capping it keeps the arithmetic finite.
        let step = max(smallestGap, min(gap, height + 1))
        let fit = (height / step).rounded(.down)
        let count = fit >= Double(mostLines) ? mostLines : max(1, Int(fit))
        let first = top + (height - Double(count - 1) * step) / 2

        var result: [(Point, Point)] = []
        var crossings: [Double] = []
        for line in 0..<count {
            let y = first + Double(line) * step
            crossings.removeAll(keepingCapacity: true)
            // Half-open spans (top included, bottom not) count a vertex shared by two edges exactly once.
            for edge in edges where edge.top <= y && y < edge.bottom {
                crossings.append(edge.xAtTop + (y - edge.top) * edge.slope)
            }
            crossings.sort()
            var i = 0
            while i + 1 < crossings.count {
                if crossings[i + 1] - crossings[i] >= shortestLine {
                    result.append((turn(Point(crossings[i], y)), turn(Point(crossings[i + 1], y))))
                }
                i += 2
            }
        }
        return result
    }
}
