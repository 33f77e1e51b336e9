import HearthFrame

/// Refuses text that would print as empty boxes: every character must have a glyph in the bundled fonts.
public struct GlyphCheck {
    public var measurer: any TextMeasurer

    public init(measurer: any TextMeasurer) {
        self.measurer = measurer
    }

    public func check(_ text: String, language: String? = nil, origin: String?) throws(LayoutError) {
        let missing = measurer.missingCharacters(in: text, style: TextStyle(size: 12, language: language))
        if !missing.isEmpty { throw .missingGlyphs(text: text, characters: missing, origin: origin) }
    }
}
