import HearthGeometry

extension Drawing {
    /// A stable text form for snapshot tests and debugging: one line per stroke header, one per path op.
    ///
    /// Numbers are rounded to `decimals` places and negative zero prints as zero, so the text only changes
    /// when the drawing visibly does.
    ///
    ///     stroke 2.00 #2b2b33
    ///       M 10.00 20.00
    ///       C 12.10 20.40 15.00 21.00 30.00 20.00
    ///     fill #ffcc00 alpha 0.50
    ///       Z
    public func dump(decimals: Int = 2) -> String {
        var lines: [String] = []
        func number(_ value: Double) -> String { DumpNumber.format(value, decimals: decimals) }
        func point(_ p: Point) -> String { number(p.x) + " " + number(p.y) }
        func color(_ c: Color) -> String { c.alpha == 1 ? c.hexString : c.hexString + " alpha " + number(c.alpha) }
        for stroke in strokes {
            switch stroke.paint {
            case .stroke(let width, let c): lines.append("stroke " + number(width) + " " + color(c))
            case .fill(let c): lines.append("fill " + color(c))
            }
            for op in stroke.path.ops {
                switch op {
                case .move(let p): lines.append("  M " + point(p))
                case .line(let p): lines.append("  L " + point(p))
                case .curve(let a, let b, let c): lines.append("  C " + point(a) + " " + point(b) + " " + point(c))
                case .close: lines.append("  Z")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Fixed-point formatting without Foundation, so dumps read the same on every platform.
enum DumpNumber {
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let places = max(0, min(decimals, 9))
        var unit: Int64 = 1
        for _ in 0..<places { unit *= 10 }
        let scaled = (value * Double(unit)).rounded()
        // Beyond this, Int64 cannot hold the digits; such coordinates are a bug elsewhere, shown as Swift prints them.
        guard abs(scaled) < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let magnitude = units.magnitude
        let whole = String(magnitude / UInt64(unit))
        let sign = units < 0 ? "-" : ""
        guard places > 0 else { return sign + whole }
        let fraction = String(magnitude % UInt64(unit))
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
