import HearthFrame
import HearthGeometry

/// One content stream being written (a page, or a drawing shared between pages) and the resources it names.
///
/// It remembers the graphics state it has set, so a page of a thousand strokes in four colours says each colour
/// a few times rather than a thousand.
struct PDFContent {
    var ops = PDFBytes(capacity: 1 << 16)
    /// Resource names this stream uses, each with the object it names.
    private(set) var fonts: [String: PDFObjectID] = [:]
    private(set) var xobjects: [String: PDFObjectID] = [:]
    private(set) var alphas: Set<Int> = []

    private struct State {
        var fill: Color?
        var stroke: Color?
        /// Opacities in thousandths; nil when not known (a form inherits whatever its page has set).
        var fillAlpha: Int? = 1000
        var strokeAlpha: Int? = 1000
        var lineWidth: Double?
        var dash: [Double]?
    }

    private var state = State()
    private var saved: [State] = []

    /// How many content-stream units make a point. Every coordinate is drawn at a quarter point, so written in
    /// quarter points it is a whole number: `493` rather than `123.25`. That is a third fewer bytes to write and
    /// compress for a page of hand-drawn paths.
    static let unitsPerPoint = 4.0

    /// A page's stream (`pageHeight` given: frames measure down from the top, PDF up from the bottom) or a form's,
    /// set up to draw in quarter points. A form (`pageHeight` nil) starts from whatever state the page is in where
    /// it is used, so it assumes nothing about opacity.
    init(pageHeight: Double?) {
        let k = 1 / Self.unitsPerPoint
        if let pageHeight {
            ops.number(k, decimals: 6)
            ops.raw(" 0 0 ")
            ops.number(-k, decimals: 6)
            ops.raw(" 0 ")
            ops.number(pageHeight, decimals: 4)
            ops.raw(" cm\n")
        } else {
            state.fillAlpha = nil
            state.strokeAlpha = nil
            ops.number(k, decimals: 6)
            ops.raw(" 0 0 ")
            ops.number(k, decimals: 6)
            ops.raw(" 0 0 cm\n")
        }
        // Every stroke Hearth draws has round ends and corners, as a pen's do.
        ops.raw("1 J 1 j\n")
    }

    /// A length or coordinate in points, written in the stream's quarter-point units.
    mutating func length(_ v: Double, decimals: Int = 2) {
        ops.number(v * Self.unitsPerPoint, decimals: decimals)
    }

    mutating func save() {
        ops.raw("q\n")
        saved.append(state)
    }

    mutating func restore() {
        ops.raw("Q\n")
        state = saved.popLast() ?? State()
    }

    /// `a 0 0 d e f cm`: a scale and a move (in points), which is every transform Hearth needs. What it maps
    /// (a form, an image's unit square) is measured in points, so the scale is taken into quarter points too.
    mutating func transform(scaleX: Double, scaleY: Double, x: Double, y: Double) {
        ops.number(scaleX * Self.unitsPerPoint, decimals: 6)
        ops.raw(" 0 0 ")
        ops.number(scaleY * Self.unitsPerPoint, decimals: 6)
        ops.space()
        length(x, decimals: 3)
        ops.space()
        length(y, decimals: 3)
        ops.raw(" cm\n")
    }

    /// Adds `path` to the current path, coordinates at a quarter point.
    mutating func trace(_ path: Path) {
        for op in path.ops {
            switch op {
            case .move(let p):
                point(p)
                ops.raw(" m\n")
            case .line(let p):
                point(p)
                ops.raw(" l\n")
            case .curve(let a, let b, let c):
                point(a)
                ops.space()
                point(b)
                ops.space()
                point(c)
                ops.raw(" c\n")
            case .close:
                ops.raw("h\n")
            }
        }
    }

    private mutating func point(_ p: Point) {
        ops.quarterUnits(p.x)
        ops.space()
        ops.quarterUnits(p.y)
    }

    /// Paints a shape: filled (even-odd, as hand-drawn outlines cross themselves), stroked, or both.
    mutating func paint(_ shape: Shape) {
        guard !shape.path.isEmpty, shape.fill != nil || shape.stroke != nil else { return }
        if let fill = shape.fill { setFill(fill) }
        if let stroke = shape.stroke { setStroke(stroke) }
        trace(shape.path)
        switch (shape.fill != nil, shape.stroke != nil) {
        case (true, true): ops.raw("B*\n")
        case (true, false): ops.raw("f*\n")
        default: ops.raw("S\n")
        }
    }

    /// Makes everything painted after it visible only inside `path`.
    mutating func clip(to path: Path) {
        trace(path)
        ops.raw("W* n\n")
    }

    mutating func setFill(_ c: Color) {
        setAlpha(fill: c.alpha)
        guard state.fill.map({ !$0.sameRGB(as: c) }) ?? true else { return }
        state.fill = c
        rgb(c)
        ops.raw(" rg\n")
    }

    mutating func setStroke(_ s: Stroke) {
        setAlpha(stroke: s.color.alpha)
        if state.stroke.map({ !$0.sameRGB(as: s.color) }) ?? true {
            state.stroke = s.color
            rgb(s.color)
            ops.raw(" RG\n")
        }
        if state.lineWidth != s.width {
            state.lineWidth = s.width
            length(s.width, decimals: 2)
            ops.raw(" w\n")
        }
        if state.dash != s.dash {
            state.dash = s.dash
            ops.raw("[")
            for (i, d) in s.dash.enumerated() {
                if i > 0 { ops.space() }
                length(d, decimals: 2)
            }
            ops.raw("] 0 d\n")
        }
    }

    private mutating func rgb(_ c: Color) {
        ops.number(c.red, decimals: 3)
        ops.space()
        ops.number(c.green, decimals: 3)
        ops.space()
        ops.number(c.blue, decimals: 3)
    }

    mutating func setFillOpacity(_ alpha: Double) {
        setAlpha(fill: alpha)
    }

    /// Opacity in thousandths; a graphics state named `/Ga500` sets fill opacity 0.5, `/GA500` stroke opacity.
    private mutating func setAlpha(fill: Double? = nil, stroke: Double? = nil) {
        if let fill { setOpacity(fill, \.fillAlpha, name: "/Ga") }
        if let stroke { setOpacity(stroke, \.strokeAlpha, name: "/GA") }
    }

    private mutating func setOpacity(_ alpha: Double, _ current: WritableKeyPath<State, Int?>, name: StaticString) {
        let a = Self.perMille(alpha)
        guard a != state[keyPath: current] else { return }
        state[keyPath: current] = a
        alphas.insert(a)
        ops.raw(name)
        ops.int(a)
        ops.raw(" gs\n")
    }

    static func perMille(_ alpha: Double) -> Int { Int((max(0, min(1, alpha)) * 1000).rounded()) }

    /// Paints a form or image XObject with the current transform.
    mutating func draw(_ name: String, _ object: PDFObjectID) {
        xobjects[name] = object
        ops.name(name)
        ops.raw(" Do\n")
    }

    /// Notes that the stream's text uses `object` under `name`.
    mutating func use(font name: String, _ object: PDFObjectID) {
        fonts[name] = object
    }

    /// Whether the stream's resources are all inline (opacities), so it means the same in any file.
    var namesNoObjects: Bool { fonts.isEmpty && xobjects.isEmpty }

    /// The `/Resources` dictionary for what this stream named.
    func writeResources(to out: inout PDFBytes) {
        out.raw("/Resources <<")
        func named(_ kind: StaticString, _ objects: [String: PDFObjectID]) {
            guard !objects.isEmpty else { return }
            out.raw(kind)
            for (name, id) in objects.sorted(by: { $0.key < $1.key }) {
                out.space()
                out.name(name)
                out.space()
                out.ref(id)
            }
            out.raw(" >>")
        }
        named(" /Font <<", fonts)
        named(" /XObject <<", xobjects)
        if !alphas.isEmpty {
            out.raw(" /ExtGState <<")
            for a in alphas.sorted() {
                out.raw(" /Ga")
                out.int(a)
                out.raw(" << /ca ")
                out.number(Double(a) / 1000)
                out.raw(" >> /GA")
                out.int(a)
                out.raw(" << /CA ")
                out.number(Double(a) / 1000)
                out.raw(" >>")
            }
            out.raw(" >>")
        }
        out.raw(" >>")
    }
}

extension Color {
    fileprivate func sameRGB(as other: Color) -> Bool {
        red == other.red && green == other.green && blue == other.blue
    }
}
