import CHearthCairo
import HearthFrame

/// The production `TextMeasurer`: Pango with HarfBuzz shaping on the bundled fonts, so fitted lines are exactly
/// what the renderer will draw.
public final class PangoTextMeasurer: TextMeasurer {
    let setter: TextSetter
    /// Fitting asks for the same widths and heights many times (every candidate size, every balancing pass), and
    /// asks about one paragraph's direction, glyphs, height and breaks in turn. Each text is shaped once, at the
    /// reference size, and that one layout answers all of them for every size.
    private var shapes: [TextKey: Shaped] = [:]
    private var directions: [String: TextDirection] = [:]

    struct TextKey: Hashable {
        var text: String
        var weight: TextStyle.Weight
        var language: String?
    }

    struct Extent {
        var width: Double
        var metrics: LineMetrics
    }

    /// What one shaping of a text tells: its extent on one line, where it may break, its direction, and whether
    /// any character lacks a glyph.
    struct Shaped {
        var extent: Extent
        var table: BreakTable
        var direction: TextDirection
        var hasUnknownGlyphs: Bool
    }

    public init(fonts: FontLibrary) {
        setter = TextSetter(fonts: fonts)
    }

    public func lines(of text: Substring, style: TextStyle, width: Double) -> [LineBreak] {
        let string = String(text)
        let table = breakTable(of: string, style: style)
        let scale = style.size / TextSetter.referenceSize
        var out: [LineBreak] = []
        var start = 0
        for line in table.lineEnds(width: max(1, width) / scale) {
            var br = lineBreak(in: text, byteEnd: table.offsets[line.end], forced: line.splitsWord)
            br.width = table.width(from: start, to: line.end) * scale
            out.append(br)
            start = line.next
        }
        if out.isEmpty || out.last?.end != text.endIndex {
            out.append(LineBreak(end: text.endIndex, splitsWord: false))
        }
        return out
    }

    public func measured(_ text: String, style: TextStyle) -> any MeasuredText {
        PangoMeasuredText(text: text, table: breakTable(of: text, style: style), scale: style.size / TextSetter.referenceSize)
    }

    /// The text shaped once at the reference size, remembered: fitting breaks the same paragraph at many widths.
    func breakTable(of text: String, style: TextStyle) -> BreakTable {
        shaped(text, style: style).table
    }

    func shaped(_ text: String, style: TextStyle) -> Shaped {
        let key = TextKey(text: text, weight: style.weight, language: style.language)
        if let known = shapes[key] { return known }
        var (layout, _) = setter.set(text, style: style, width: nil)
        var table = BreakTable(layout: layout, text: text)
        let unknown = pango_layout_get_unknown_glyphs_count(layout) > 0
        // An empty line still has the height of the font.
        if text.isEmpty { layout = setter.set(" ", style: style, width: nil).layout }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let extent = Extent(
            width: text.isEmpty ? 0 : Double(logical.width) / Double(PANGO_SCALE),
            metrics: LineMetrics(
                height: Double(logical.height) / Double(PANGO_SCALE),
                baseline: Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)))
        table.hyphen = text == "-" ? extent.width : self.extent(of: "-", style: style).width
        let shape = Shaped(
            extent: extent, table: table, direction: Self.paragraphDirection(of: text),
            hasUnknownGlyphs: unknown)
        if shapes.count > 20_000 { shapes.removeAll() }
        shapes[key] = shape
        if directions[text] == nil { directions[text] = shape.direction }
        return shape
    }

    /// Where a line ending `byteEnd` bytes into `text` ends, never inside a Character, and whether it cuts a word
    /// (`forced`: the break table found no place to break and cut between characters).
    func lineBreak(in text: Substring, byteEnd: Int, forced: Bool) -> LineBreak {
        var end = text.utf8.index(text.startIndex, offsetBy: min(byteEnd, text.utf8.count))
        while end > text.startIndex, String.Index(end, within: text) == nil {
            end = text.utf8.index(before: end)
        }
        if end == text.startIndex { end = text.index(after: text.startIndex) }
        guard end < text.endIndex else { return LineBreak(end: end, splitsWord: false) }
        return LineBreak(end: end, splitsWord: Self.cutsWord(text, at: end, forced: forced))
    }

    /// Whether a line ending at `end` cuts a word: between two letters or digits, or, where the break table had to
    /// cut between characters, anywhere but at a space — "Goodnight" with its comma starting the next line is a
    /// word cut too, and the fitter tries a smaller size first.
    static func cutsWord<S: StringProtocol>(_ text: S, at end: S.Index, forced: Bool) -> Bool {
        let before = text[text.index(before: end)], after = text[end]
        if forced { return !before.isWhitespace && !after.isWhitespace }
        return (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
    }

    public func lineMetrics(of text: String, style: TextStyle) -> LineMetrics {
        let m = extent(of: text, style: style).metrics
        let scale = style.size / TextSetter.referenceSize
        return LineMetrics(height: m.height * scale, baseline: m.baseline * scale)
    }

    public func width(of text: String, style: TextStyle) -> Double {
        extent(of: text, style: style).width * style.size / TextSetter.referenceSize
    }

    /// Width, height and baseline of `text` on one line at the reference size.
    func extent(of text: String, style: TextStyle) -> Extent {
        shaped(text, style: style).extent
    }

    public func firstLine(of text: Substring, style: TextStyle, width: Double) -> LineBreak {
        lines(of: text, style: style, width: width)[0]
    }

    /// The paragraph's direction from its first strong character outside isolates (remembered per text).
    public func direction(of text: String) -> TextDirection {
        if let known = directions[text] { return known }
        return shaped(text, style: TextStyle(size: TextSetter.referenceSize)).direction
    }

    /// Unicode's rule for a paragraph's direction (UAX #9, P2–P3): its first strong letter decides, skipping what
    /// is inside isolates (FSI … PDI), so "⁨Ayesha⁩ کے تین گھر" reads from the right; with no strong letter, left to
    /// right. (Pango's own guess does not skip isolates.)
    static func paragraphDirection(of text: String) -> TextDirection {
        var depth = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2066...0x2068:
                depth += 1
                continue
            case 0x2069:
                depth = max(0, depth - 1)
                continue
            default:
                guard depth == 0 else { continue }
            }
            switch pango_bidi_type_for_unichar(scalar.value) {
            case PANGO_BIDI_TYPE_L: return .leftToRight
            case PANGO_BIDI_TYPE_R, PANGO_BIDI_TYPE_AL: return .rightToLeft
            default: continue
            }
        }
        return .leftToRight
    }

    public func missingCharacters(in text: String, style: TextStyle) -> [Character] {
        guard shaped(text, style: style).hasUnknownGlyphs else { return [] }
        var out: [Character] = []
        for c in text where !c.isWhitespace && !out.contains(c) {
            let (layout, _) = setter.set(String(c), style: style, width: nil)
            if pango_layout_get_unknown_glyphs_count(layout) > 0 { out.append(c) }
        }
        return out
    }
}

/// A paragraph's ``BreakTable`` at one size: each line found from where the last ended, on the one shaping of the
/// whole paragraph, so a long paragraph is never shaped again line by line.
struct PangoMeasuredText: MeasuredText {
    let text: String
    let table: BreakTable
    /// Points at the wanted size per point at the reference size.
    let scale: Double

    func line(from start: String.Index, width: Double) -> LineBreak {
        let first = table.character(atByte: text.utf8.distance(from: text.utf8.startIndex, to: start))
        let line = table.line(from: first, width: max(1, width) / scale)
        // A break never falls inside a Character (a letter with its accents, an emoji), and a line is never empty.
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: table.offsets[line.end])
        while end > start, String.Index(end, within: text) == nil { end = text.utf8.index(before: end) }
        if end <= start { end = text.index(after: start) }
        let width = table.width(from: first, to: line.end) * scale
        guard end < text.endIndex else { return LineBreak(end: end, splitsWord: false, width: width) }
        return LineBreak(
            end: end, splitsWord: PangoTextMeasurer.cutsWord(text, at: end, forced: line.splitsWord), width: width)
    }
}
