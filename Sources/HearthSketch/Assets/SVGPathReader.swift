import HearthGeometry

/// Reads SVG path data (the `d` attribute) into a `Path` of moves, lines and cubics.
///
/// Every command of SVG 1.1 is read, absolute and relative: M L H V C S Q T A Z. Quadratics become the cubics
/// they equal, and arcs become cubics through `SVGArc`. Anything else stops with a message naming the position.
struct SVGPathReader {
    private var scanner: SVGNumberScanner
    private var ops: [PathOp] = []
    private var current = Point.zero
    private var subpathStart = Point.zero
    /// The second control point of the previous C or S, reflected by S.
    private var lastCubicControl: Point?
    /// The control point of the previous Q or T, reflected by T.
    private var lastQuadControl: Point?

    private init(_ data: String) {
        scanner = SVGNumberScanner(data)
    }

    /// The path described by `data`.
    static func path(_ data: String) throws(AssetProblem) -> Path {
        var reader = SVGPathReader(data)
        try reader.readAll()
        return Path(reader.ops)
    }

    private mutating func readAll() throws(AssetProblem) {
        scanner.skipSpaces()
        if scanner.isAtEnd { throw AssetProblem("the path data is empty", fix: "give d a path such as \"M 10 10 L 90 90\"") }
        var first = true
        while !scanner.isAtEnd {
            let at = scanner.excerpt
            guard let command = scanner.letter() else {
                throw problem("expected a command letter at \(at)")
            }
            if first && command != "M" && command != "m" {
                throw problem("a path must start with M (move to), not \"\(command)\"")
            }
            first = false
            try run(command)
        }
    }

    /// One command letter and all the argument groups that follow it (a letter may be followed by several).
    private mutating func run(_ command: Character) throws(AssetProblem) {
        scanner.skipSpaces()
        if command == "Z" || command == "z" {
            ops.append(.close)
            current = subpathStart
            forgetControls()
            return
        }
        var repeatCommand = command
        repeat {
            try step(repeatCommand)
            // Extra pairs after a move are lines, as the specification says.
            if repeatCommand == "M" { repeatCommand = "L" }
            if repeatCommand == "m" { repeatCommand = "l" }
            scanner.skipSeparator()
        } while scanner.atNumber
    }

    private mutating func step(_ command: Character) throws(AssetProblem) {
        let relative = command.isLowercase
        let origin = relative ? current : Point.zero
        switch command {
        case "M", "m":
            let p = try point(after: command) + origin
            ops.append(.move(p))
            current = p
            subpathStart = p
            forgetControls()
        case "L", "l":
            lineTo(try point(after: command) + origin)
        case "H", "h":
            let x = try number(after: command)
            lineTo(Point(relative ? current.x + x : x, current.y))
        case "V", "v":
            let y = try number(after: command)
            lineTo(Point(current.x, relative ? current.y + y : y))
        case "C", "c":
            let c1 = try point(after: command) + origin
            let c2 = try point(after: command) + origin
            cubic(c1, c2, try point(after: command) + origin)
        case "S", "s":
            let c1 = lastCubicControl.map { current + (current - $0) } ?? current
            let c2 = try point(after: command) + origin
            cubic(c1, c2, try point(after: command) + origin)
        case "Q", "q":
            let q = try point(after: command) + origin
            quadratic(q, try point(after: command) + origin)
        case "T", "t":
            let q = lastQuadControl.map { current + (current - $0) } ?? current
            quadratic(q, try point(after: command) + origin)
        case "A", "a":
            try arc(command, origin)
        default:
            throw problem("unknown path command \"\(command)\"")
        }
    }

    private mutating func lineTo(_ p: Point) {
        ops.append(.line(p))
        current = p
        forgetControls()
    }

    private mutating func cubic(_ c1: Point, _ c2: Point, _ end: Point) {
        ops.append(.curve(c1, c2, end))
        current = end
        lastCubicControl = c2
        lastQuadControl = nil
    }

    /// A quadratic as the cubic equal to it: each control point two thirds of the way towards `q`.
    private mutating func quadratic(_ q: Point, _ end: Point) {
        let c1 = current + (q - current) * (2.0 / 3.0)
        let c2 = end + (q - end) * (2.0 / 3.0)
        ops.append(.curve(c1, c2, end))
        current = end
        lastQuadControl = q
        lastCubicControl = nil
    }

    private mutating func arc(_ command: Character, _ origin: Point) throws(AssetProblem) {
        let rx = try number(after: command)
        let ry = try number(after: command)
        let rotation = try number(after: command)
        let large = try flag(after: command)
        let sweep = try flag(after: command)
        let end = try point(after: command) + origin
        ops += SVGArc.ops(
            from: current, to: end, radiusX: rx, radiusY: ry, rotation: rotation, largeArc: large, sweep: sweep)
        current = end
        forgetControls()
    }

    private mutating func forgetControls() {
        lastCubicControl = nil
        lastQuadControl = nil
    }

    private mutating func number(after command: Character) throws(AssetProblem) -> Double {
        scanner.skipSeparator()
        let at = scanner.excerpt
        guard let value = scanner.number() else { throw problem("expected a number for \"\(command)\" at \(at)") }
        return value
    }

    private mutating func point(after command: Character) throws(AssetProblem) -> Point {
        let x = try number(after: command)
        return Point(x, try number(after: command))
    }

    private mutating func flag(after command: Character) throws(AssetProblem) -> Bool {
        scanner.skipSeparator()
        let at = scanner.excerpt
        guard let value = scanner.flag() else { throw problem("expected an arc flag (0 or 1) for \"\(command)\" at \(at)") }
        return value
    }

    private func problem(_ message: String) -> AssetProblem {
        AssetProblem(
            "bad path data: " + message + " (character \(scanner.position) of d)",
            fix: "check the d attribute there; Hearth reads M L H V C S Q T A Z and their lower-case relative forms, "
                + "each followed by its numbers")
    }
}
