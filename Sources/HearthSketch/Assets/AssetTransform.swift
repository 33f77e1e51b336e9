import Foundation
import HearthGeometry

/// A `transform` attribute: translate, scale and rotate, combined, applied to a picture's shapes while reading.
///
/// Every shape becomes a path of lines and cubics, and such a path maps exactly under any of these, so
/// transforms are applied once, at reading time, and a picture holds its shapes in viewBox units.
struct AssetTransform: Hashable {
    // x' = a x + c y + e, y' = b x + d y + f, as in SVG's matrix(a b c d e f).
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = AssetTransform()

    /// Whether axes stay axes (no rotation), so an ellipse stays an upright ellipse.
    var keepsAxes: Bool { b == 0 && c == 0 }

    func apply(_ p: Point) -> Point {
        Point(a * p.x + c * p.y + e, b * p.x + d * p.y + f)
    }

    func apply(_ path: Path) -> Path {
        if self == .identity { return path }
        return Path(path.ops.map { op in
            switch op {
            case .move(let p): .move(apply(p))
            case .line(let p): .line(apply(p))
            case .curve(let p, let q, let r): .curve(apply(p), apply(q), apply(r))
            case .close: .close
            }
        })
    }

    /// `self` after `other`: the transform that applies `other` first.
    func then(_ other: AssetTransform) -> AssetTransform {
        AssetTransform(
            a: a * other.a + c * other.b, b: b * other.a + d * other.b,
            c: a * other.c + c * other.d, d: b * other.c + d * other.d,
            e: a * other.e + c * other.f + e, f: b * other.e + d * other.f + f)
    }

    var isFinite: Bool { [a, b, c, d, e, f].allSatisfy(\.isFinite) }

    /// Reads `translate(x y) scale(s) rotate(a cx cy)`…; the leftmost applies last, as in SVG.
    static func read(_ text: String) throws(AssetProblem) -> AssetTransform {
        var result = AssetTransform.identity
        var rest = Substring(text)
        func trimmed(_ s: Substring) -> Substring {
            s.drop { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" }
        }
        rest = trimmed(rest)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") else {
                throw badTransform(text)
            }
            let name = rest[..<open].trimmingCharacters(in: .whitespaces)
            guard let args = SVGNumberScanner.numbers(in: String(rest[rest.index(after: open)..<close])) else {
                throw badTransform(text)
            }
            result = result.then(try single(name, args, text))
            rest = trimmed(rest[rest.index(after: close)...])
        }
        guard result.isFinite else { throw badTransform(text) }
        return result
    }

    private static func single(_ name: String, _ v: [Double], _ text: String) throws(AssetProblem) -> AssetTransform {
        switch (name, v.count) {
        case ("translate", 1): return AssetTransform(e: v[0])
        case ("translate", 2): return AssetTransform(e: v[0], f: v[1])
        case ("scale", 1): return AssetTransform(a: v[0], d: v[0])
        case ("scale", 2): return AssetTransform(a: v[0], d: v[1])
        case ("rotate", 1), ("rotate", 3):
            let r = v[0] * .pi / 180
            let turn = AssetTransform(a: cos(r), b: sin(r), c: -sin(r), d: cos(r))
            guard v.count == 3 else { return turn }
            return AssetTransform(e: v[1], f: v[2]).then(turn).then(AssetTransform(e: -v[1], f: -v[2]))
        case ("translate", _), ("scale", _), ("rotate", _):
            throw AssetProblem(
                "\(name)() has \(v.count) numbers in transform \"\(text)\"",
                fix: "write translate(x y), scale(s) or scale(sx sy), rotate(degrees) or rotate(degrees cx cy)")
        default:
            throw AssetProblem(
                "unsupported transform \"\(name)\"",
                fix: "use only translate(x y), scale(s) and rotate(degrees), or draw the shape where it belongs")
        }
    }

    private static func badTransform(_ text: String) -> AssetProblem {
        AssetProblem(
            "cannot read transform \"\(text)\"",
            fix: "write it like translate(10 20) scale(0.5) rotate(45), with numbers only")
    }
}
