import CHearthCairo
import HearthFrame
import HearthGeometry

extension PDFWriter {
    /// One line of text as the glyphs Pango shaped, each placed where Pango put it.
    ///
    /// Where glyphs and letters do not pair off one to one in reading order (Arabic and Urdu joining, Bengali
    /// conjuncts, ligatures), the line also carries its text as `ActualText`, so copying or reading it aloud gives
    /// the words rather than the glyphs' order.
    func paint(_ line: TextLine, into c: inout PDFContent) throws(RenderError) {
        let (layout, scale) = text.set(line.text, style: line.style)
        guard let iter = pango_layout_get_iter(layout) else { return }
        defer { pango_layout_iter_free(iter) }
        let utf8 = Array(line.text.utf8)
        var glyphs: [(font: Int, glyph: UInt32, x: Double, y: Double)] = []
        var plain = true
        var lastCluster = -1
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter), let item = run.pointee.item?.pointee,
                let strings = run.pointee.glyphs?.pointee
            else { continue }
            guard let pangoFont = item.analysis.font,
                let font = fonts.index(of: UnsafeMutableRawPointer(pangoFont), in: &file)
            else { throw .fonts("Pango gave no font for part of “\(line.text)”") }
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iter, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter))
            let count = Int(strings.num_glyphs)
            let start = Int(item.offset), end = Int(item.offset + item.length)
            // Where each cluster's text ends: at the next cluster's start, in the text's own order.
            let starts = Set((0..<count).map { start + Int(strings.log_clusters[$0]) }).sorted()
            if item.analysis.level % 2 == 1 || starts.count != count { plain = false }
            var named: Set<Int> = []
            var x = Double(logical.x)
            for i in 0..<count {
                let info = strings.glyphs[i]
                defer { x += Double(info.geometry.width) }
                let glyph = info.glyph
                guard glyph & PANGO_GLYPH_UNKNOWN_FLAG == 0, glyph != PANGO_GLYPH_EMPTY else { continue }
                let from = start + Int(strings.log_clusters[i])
                var text: Substring?
                if named.insert(from).inserted {
                    let next = starts.first { $0 > from } ?? end
                    text = String(decoding: utf8[from..<min(next, utf8.count)], as: UTF8.self)[...]
                    if from <= lastCluster || text?.unicodeScalars.count != 1 { plain = false }
                    lastCluster = from
                }
                if !fonts.use(glyph: glyph, text: text, in: font) { plain = false }
                glyphs.append((
                    font, glyph, line.origin.x + scale * (x + Double(info.geometry.x_offset)) / Double(PANGO_SCALE),
                    line.origin.y + scale * (baseline + Double(info.geometry.y_offset)) / Double(PANGO_SCALE)
                ))
            }
        } while pango_layout_iter_next_run(iter) != 0
        guard !glyphs.isEmpty else { return }

        c.setFill(line.color)
        // A line in another language than the document's says so, so a screen reader switches voice.
        let ownLanguage = line.style.language.flatMap { Self.primary($0) != language.flatMap(Self.primary) ? $0 : nil }
        let span = !plain || ownLanguage != nil
        if span {
            c.ops.raw("/Span <<")
            if let ownLanguage {
                c.ops.raw(" /Lang ")
                c.ops.text(ownLanguage)
            }
            if !plain {
                c.ops.raw(" /ActualText ")
                c.ops.text(line.text)
            }
            c.ops.raw(" >> BDC\n")
        }
        c.ops.raw("BT\n")
        var current = -1
        let size = line.style.size
        for g in glyphs {
            if g.font != current {
                current = g.font
                let font = fonts.fonts[g.font]
                c.use(font: font.name, font.object)
                c.ops.name(font.name)
                c.ops.raw(" 1 Tf\n")
            }
            c.ops.number(size)
            c.ops.raw(" 0 0 ")
            c.ops.number(-size)
            c.ops.space()
            c.ops.number(g.x)
            c.ops.space()
            c.ops.number(g.y)
            c.ops.raw(" Tm <")
            c.ops.hex16(UInt16(truncatingIfNeeded: g.glyph))
            c.ops.raw("> Tj\n")
        }
        c.ops.raw("ET\n")
        if span { c.ops.raw("EMC\n") }
    }

    /// A language tag's primary subtag, lowercased: `en-GB` → `en`.
    static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
    }
}
