import CHearthCairo

/// The fonts a PDF's text uses, each embedded once as a subset that holds only the glyphs the document shows.
///
/// Glyph ids are kept as the font numbers them (HarfBuzz's subsetter leaves the others empty), so the content
/// streams can be written while the pages are painted, before anyone knows which glyphs the whole document needs.
/// Faces belong to Pango's font map, which outlives the writer; the set owns one HarfBuzz font per face, for
/// glyph widths.
final class PDFFontSet {
    struct Font {
        let name: String
        let object: PDFObjectID
        /// The HarfBuzz face Pango shaped with (owned by Pango's font map).
        let face: OpaquePointer
        /// A font on the face at its em size (owned by the set), which gives widths in font units.
        let metrics: OpaquePointer
        let unitsPerEm: Double
        /// Each glyph used: its width as the PDF states it, and the text it stands for.
        var glyphs: [UInt32: Glyph] = [:]
    }

    struct Glyph {
        /// Advance in thousandths of an em, rounded as the font's `/W` array says it.
        var width: Int
        /// The text the glyph shows, for copying and searching; empty when it is part of a cluster.
        var text: String
    }

    private(set) var fonts: [Font] = []
    private var byFace: [OpaquePointer: Int] = [:]

    deinit {
        for font in fonts { hb_font_destroy(font.metrics) }
    }

    /// The index of the font a Pango run was shaped with, registering it on first use. Fonts are known by their
    /// HarfBuzz face, which Pango's font map keeps for its whole life; a `PangoFont` may be freed and its address
    /// reused within one document.
    func index(of pangoFont: UnsafeMutableRawPointer, in file: inout PDFFile) -> Int? {
        guard let hb = pango_font_get_hb_font(pangoFont.assumingMemoryBound(to: PangoFont.self)),
            let face = hb_font_get_face(hb)
        else { return nil }
        if let known = byFace[face] { return known }
        guard let metrics = hb_font_create(face) else { return nil }
        let index = fonts.count
        fonts.append(Font(
            name: "F\(index + 1)", object: file.reserve(), face: face, metrics: metrics,
            unitsPerEm: Double(max(1, hb_face_get_upem(face)))))
        byFace[face] = index
        return index
    }

    /// Records that `glyph` shows `text` (nil: the glyph is one of several in a cluster, and the line carries its
    /// text another way), and returns the glyph's width and whether the font's map back to text will give `text`
    /// for it: a glyph can stand for one text only, and the first text it is seen with keeps it.
    func use(glyph: UInt32, text: Substring?, in font: Int) -> (width: Int, mapsBack: Bool) {
        if var known = fonts[font].glyphs[glyph] {
            guard let text else { return (known.width, false) }
            if known.text.isEmpty {
                known.text = String(text)
                fonts[font].glyphs[glyph] = known
                return (known.width, true)
            }
            return (known.width, known.text == text)
        }
        let f = fonts[font]
        let width = Int((Double(hb_font_get_glyph_h_advance(f.metrics, glyph)) * 1000 / f.unitsPerEm).rounded())
        fonts[font].glyphs[glyph] = Glyph(width: width, text: text.map(String.init) ?? "")
        return (width, text != nil)
    }

    /// Embeds every font: the subset font file, its descriptor, the CID font with glyph widths, the map back to
    /// Unicode, and the composite font the pages name.
    func write(to file: inout PDFFile) throws(RenderError) {
        for font in fonts {
            try write(font, to: &file)
        }
    }

    private func write(_ font: Font, to file: inout PDFFile) throws(RenderError) {
        let glyphs = font.glyphs.keys.sorted()
        let program = try Self.subset(font.face, glyphs: glyphs)
        let metrics = FontMetrics(font: font.metrics, face: font.face)
        let baseName = Self.subsetTag(glyphs) + "+" + metrics.postScriptName

        let fontFile = file.reserve(), descriptor = file.reserve(), cidFont = file.reserve(), toUnicode = file.reserve()
        file.stream(fontFile, program) { out in
            out.raw("/Length1 ")
            out.int(program.count)
        }
        file.object(descriptor) { out in
            out.raw("<< /Type /FontDescriptor /FontName ")
            out.name(baseName)
            // Symbolic: the glyphs are named by id, not by a standard Latin encoding (most of these fonts are not Latin).
            out.raw(" /Flags 4 /FontBBox [")
            for (i, v) in metrics.boundingBox.enumerated() {
                if i > 0 { out.space() }
                out.int(v)
            }
            out.raw("] /ItalicAngle 0 /Ascent ")
            out.int(metrics.ascent)
            out.raw(" /Descent ")
            out.int(metrics.descent)
            out.raw(" /CapHeight ")
            out.int(metrics.capHeight)
            out.raw(" /StemV 80 /FontFile2 ")
            out.ref(fontFile)
            out.raw(" >>")
        }
        file.object(cidFont) { out in
            out.raw("<< /Type /Font /Subtype /CIDFontType2 /BaseFont ")
            out.name(baseName)
            out.raw(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ")
            out.ref(descriptor)
            out.raw(" /CIDToGIDMap /Identity /W [")
            for g in glyphs {
                out.int(Int(g))
                out.raw(" [")
                out.int(font.glyphs[g]?.width ?? 0)
                out.raw("] ")
            }
            out.raw("] >>")
        }
        file.stream(toUnicode, Self.toUnicode(font.glyphs.mapValues(\.text)))
        file.object(font.object) { out in
            out.raw("<< /Type /Font /Subtype /Type0 /BaseFont ")
            out.name(baseName)
            out.raw(" /Encoding /Identity-H /DescendantFonts [")
            out.ref(cidFont)
            out.raw("] /ToUnicode ")
            out.ref(toUnicode)
            out.raw(" >>")
        }
    }

    /// The font program cut down to `glyphs`, without hinting or shaping tables (the PDF's glyphs are already
    /// shaped and placed).
    static func subset(_ face: OpaquePointer, glyphs: [UInt32]) throws(RenderError) -> [UInt8] {
        guard let input = hb_subset_input_create_or_fail() else { throw .fonts("HarfBuzz could not start a subset") }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        hb_set_add(set, 0)
        for g in glyphs { hb_set_add(set, g) }
        hb_subset_input_set_flags(
            input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for table in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG", "name", "morx", "feat"] {
            hb_set_add(drop, tag(table))
        }
        guard let subset = hb_subset_or_fail(face, input) else { throw .fonts("HarfBuzz could not subset a font") }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else {
            throw .fonts("HarfBuzz made an empty font subset")
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    static func tag(_ s: String) -> hb_tag_t {
        s.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    /// Six capital letters naming this subset, as PDF asks; taken from the glyphs so the same text gives the
    /// same name.
    static func subsetTag(_ glyphs: [UInt32]) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for g in glyphs {
            h = (h ^ UInt64(g)) &* 0x100_0000_01B3
        }
        var tag = ""
        for _ in 0..<6 {
            tag.append(Character(Unicode.Scalar(UInt8(65 + h % 26))))
            h /= 26
        }
        return tag
    }

    /// The CMap that turns glyphs back into the text they show, so the PDF's words can be copied and read aloud.
    static func toUnicode(_ glyphs: [UInt32: String]) -> [UInt8] {
        var out = PDFBytes()
        out.raw("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """)
        let mapped = glyphs.filter { !$0.value.isEmpty && $0.key <= 0xFFFF }.sorted { $0.key < $1.key }
        for start in stride(from: 0, to: mapped.count, by: 100) {
            let block = mapped[start..<min(start + 100, mapped.count)]
            out.int(block.count)
            out.raw(" beginbfchar\n")
            for (glyph, text) in block {
                out.raw("<")
                out.hex16(UInt16(glyph))
                out.raw("> <")
                for unit in text.utf16 { out.hex16(unit) }
                out.raw(">\n")
            }
            out.raw("endbfchar\n")
        }
        out.raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        return out.bytes
    }
}
