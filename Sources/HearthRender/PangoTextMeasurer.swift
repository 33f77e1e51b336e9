import CHearthCairo
import HearthFrame
import HearthLayout

/// The production `TextMeasurer`: Pango with HarfBuzz shaping on the bundled fonts, so fitted lines are exactly
/// what the renderer will draw.
public final class PangoTextMeasurer: TextMeasurer {
    let setter: TextSetter

    public init(fonts: FontLibrary) {
        setter = TextSetter(fonts: fonts)
    }

    public func lineMetrics(of text: String, style: TextStyle) -> LineMetrics {
        let layout = setter.set(text.isEmpty ? " " : text, style: style, width: nil)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        return LineMetrics(height: Double(logical.height) / Double(PANGO_SCALE), baseline: baseline)
    }

    public func width(of text: String, style: TextStyle) -> Double {
        let layout = setter.set(text, style: style, width: nil)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    public func firstLine(of text: Substring, style: TextStyle, width: Double) -> LineBreak {
        let string = String(text)
        let layout = setter.set(string, style: style, width: max(1, width))
        guard pango_layout_get_line_count(layout) > 1, let line = pango_layout_get_line_readonly(layout, 0) else {
            return LineBreak(end: text.endIndex, splitsWord: false)
        }
        let byteEnd = Int(line.pointee.start_index + line.pointee.length)
        var end = text.utf8.index(text.startIndex, offsetBy: min(byteEnd, text.utf8.count))
        // Pango breaks between grapheme clusters; guard anyway so a Character is never cut.
        while end > text.startIndex, String.Index(end, within: text) == nil {
            end = text.utf8.index(before: end)
        }
        if end == text.startIndex { end = text.index(after: text.startIndex) }
        let before = text[text.index(before: end)]
        let after = end < text.endIndex ? text[end] : " "
        let splits = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
        return LineBreak(end: end, splitsWord: splits)
    }

    public func direction(of text: String) -> TextDirection {
        pango_find_base_dir(text, -1) == PANGO_DIRECTION_RTL ? .rightToLeft : .leftToRight
    }

    public func missingCharacters(in text: String, style: TextStyle) -> [Character] {
        let layout = setter.set(text, style: style, width: nil)
        guard pango_layout_get_unknown_glyphs_count(layout) > 0 else { return [] }
        var out: [Character] = []
        for c in text where !c.isWhitespace && !out.contains(c) {
            let layout = setter.set(String(c), style: style, width: nil)
            if pango_layout_get_unknown_glyphs_count(layout) > 0 { out.append(c) }
        }
        return out
    }
}
