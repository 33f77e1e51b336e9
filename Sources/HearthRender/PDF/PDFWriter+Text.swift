import CHearthCairo
import HearthFrame
import HearthGeometry

extension PDFWriter {
    /// One glyph where Pango put it, in page points.
    struct PlacedGlyph {
        var font: Int
        var glyph: UInt32
        var x: Double
        var y: Double
        /// The glyph's advance as the PDF's font states it, in thousandths of an em.
        var width: Int
        /// Whether shaping moved the glyph off its pen position (marks, Nastaliq's cascade): it is then placed on
        /// its own rather than by advancing from the glyph before.
        var offset: Bool
    }

    /// One line of text as the glyphs Pango shaped, each placed where Pango put it.
    ///
    /// Where glyphs and letters do not pair off one to one in reading order (Arabic and Urdu joining, Bengali
    /// conjuncts, ligatures), the line also carries its text as `ActualText`, so copying or reading it aloud gives
    /// the words rather than the glyphs' order.
    func paint(_ line: TextLine, into c: inout PDFContent) throws(RenderError) {
        let (glyphs, plain, runs) = try shape(line)
        guard !glyphs.isEmpty else { return }
        c.setFill(line.color)
        // A line in another language than the document's says so, so a screen reader switches voice.
        let ownLanguage = line.style.language.flatMap { Self.primary($0) != language.flatMap(Self.primary) ? $0 : nil }
        let stretches = self.stretches(of: line, runs: runs, ownLanguage: ownLanguage)
        if stretches.count > 1 {
            paint(stretches, of: line, glyphs: glyphs, into: &c)
            return
        }
        let span = !plain || ownLanguage != nil
        if span {
            c.ops.raw("/Span <<")
            if let ownLanguage {
                c.ops.raw(" /Lang ")
                c.ops.text(ownLanguage)
            }
            if !plain {
                c.ops.raw(" /ActualText ")
                c.ops.text(Self.withoutIsolates(line.text))
            }
            c.ops.raw(" >> BDC\n")
        }
        c.ops.raw("BT\n")
        write(glyphs, size: line.style.size, into: &c)
        c.ops.raw("ET\n")
        if span { c.ops.raw("EMC\n") }
    }

    /// One run Pango shaped: its glyphs (indices into the line's), its text (UTF-8 offsets) and its script.
    struct ShapedRun {
        var glyphs: Range<Int>
        var text: Range<Int>
        var script: Int32
    }

    /// A stretch of a line in one language: consecutive runs, their glyphs and the language (nil: the document's).
    struct LanguageStretch {
        var glyphs: Range<Int>
        var text: Range<Int>
        var language: String?
    }

    /// The line cut where its language changes (an Urdu question inside an English footer), in visual order.
    func stretches(of line: TextLine, runs: [ShapedRun], ownLanguage: String?) -> [LanguageStretch] {
        guard let lineLanguage = line.style.language ?? language, runs.count > 1 else { return [] }
        let documentPrimary = language.flatMap(Self.primary)
        var out: [LanguageStretch] = []
        for run in runs where !run.glyphs.isEmpty {
            var tag = runLanguage.language(ofScript: run.script, onLineIn: lineLanguage) ?? ownLanguage
            if let t = tag, Self.primary(t) == documentPrimary { tag = nil }
            if let last = out.last, last.language == tag, last.glyphs.upperBound == run.glyphs.lowerBound {
                out[out.count - 1].glyphs = last.glyphs.lowerBound..<run.glyphs.upperBound
                out[out.count - 1].text = min(last.text.lowerBound, run.text.lowerBound)..<max(last.text.upperBound, run.text.upperBound)
            } else {
                out.append(LanguageStretch(glyphs: run.glyphs, text: run.text, language: tag))
            }
        }
        return out
    }

    /// A line of several languages: each stretch marked with its own language (when not the document's) and its
    /// own words as `ActualText`, so copying it or reading it aloud gives each part in its language. Stretches are
    /// written in reading order (each placed where it is drawn), so a right-to-left line is heard first word first.
    private func paint(_ stretches: [LanguageStretch], of line: TextLine, glyphs: [PlacedGlyph], into c: inout PDFContent) {
        let utf8 = Array(line.text.utf8)
        for stretch in stretches.sorted(by: { $0.text.lowerBound < $1.text.lowerBound }) {
            c.ops.raw("/Span <<")
            if let tag = stretch.language {
                c.ops.raw(" /Lang ")
                c.ops.text(tag)
            }
            c.ops.raw(" /ActualText ")
            let text = stretch.text.clamped(to: 0..<utf8.count)
            c.ops.text(Self.withoutIsolates(String(decoding: utf8[text], as: UTF8.self)))
            c.ops.raw(" >> BDC\nBT\n")
            write(Array(glyphs[stretch.glyphs]), size: line.style.size, into: &c)
            c.ops.raw("ET\nEMC\n")
        }
    }

    /// The line's glyphs in visual order, and whether each glyph stands for exactly one character in reading
    /// order (so the fonts' maps back to text give the line's words without help), with the runs they came in.
    func shape(_ line: TextLine) throws(RenderError) -> (glyphs: [PlacedGlyph], plain: Bool, runs: [ShapedRun]) {
        let (layout, scale) = text.set(line.text, style: line.style, direction: line.direction)
        guard let iter = pango_layout_get_iter(layout) else { return ([], true, []) }
        var runs: [ShapedRun] = []
        defer { pango_layout_iter_free(iter) }
        var glyphs: [PlacedGlyph] = []
        var plain = true
        var lastCluster = -1
        let unit = scale / Double(PANGO_SCALE)
        let utf8 = Array(line.text.utf8)
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter), let item = run.pointee.item?.pointee,
                let strings = run.pointee.glyphs?.pointee
            else { continue }
            guard let pangoFont = item.analysis.font,
                let font = fonts.index(of: UnsafeMutableRawPointer(pangoFont), in: &file)
            else { throw .fonts("Pango gave no font for part of “\(line.text)”") }
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iter, nil, &logical)
            // The paragraph's baseline when layout gave one, so every line of it sits alike.
            let baseline = line.baseline.map { $0 / unit } ?? Double(pango_layout_iter_get_baseline(iter))
            let count = Int(strings.num_glyphs)
            let start = Int(item.offset), end = Int(item.offset + item.length)
            // Where each cluster's text ends: at the next cluster's start, in the text's own order.
            var starts = (0..<count).map { start + Int(strings.log_clusters[$0]) }
            starts.sort()
            var unique = 0
            for s in starts where unique == 0 || starts[unique - 1] != s {
                starts[unique] = s
                unique += 1
            }
            starts.removeSubrange(unique...)
            if item.analysis.level % 2 == 1 || starts.count != count { plain = false }
            var x = Double(logical.x)
            var previousCluster = -1
            let firstGlyph = glyphs.count
            defer {
                runs.append(ShapedRun(glyphs: firstGlyph..<glyphs.count, text: start..<end, script: Int32(item.analysis.script)))
            }
            for i in 0..<count {
                let info = strings.glyphs[i]
                defer { x += Double(info.geometry.width) }
                let glyph = info.glyph
                let from = start + Int(strings.log_clusters[i])
                // The first glyph met of a cluster carries its text (glyphs of one cluster sit side by side).
                let first = from != previousCluster
                previousCluster = from
                guard glyph & PANGO_GLYPH_UNKNOWN_FLAG == 0, glyph != PANGO_GLYPH_EMPTY else { continue }
                var text: Substring?
                if first {
                    var next = end
                    var lo = 0, hi = starts.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if starts[mid] <= from { lo = mid + 1 } else { hi = mid }
                    }
                    if lo < starts.count { next = starts[lo] }
                    text = String(decoding: utf8[from..<min(next, utf8.count)], as: UTF8.self)[...]
                    if from <= lastCluster || text?.unicodeScalars.count != 1 { plain = false }
                    lastCluster = from
                }
                let use = fonts.use(glyph: glyph, text: text, in: font)
                if !use.mapsBack { plain = false }
                glyphs.append(PlacedGlyph(
                    font: font, glyph: glyph,
                    x: line.origin.x + (x + Double(info.geometry.x_offset)) * unit,
                    y: line.origin.y + (baseline + Double(info.geometry.y_offset)) * unit,
                    width: use.width, offset: info.geometry.x_offset != 0 || info.geometry.y_offset != 0))
            }
        } while pango_layout_iter_next_run(iter) != 0
        return (glyphs, plain, runs)
    }

    /// Writes glyphs inside `BT … ET`: a text matrix where a stretch of glyphs starts, then one `TJ` that lets
    /// each glyph's stated width carry the pen to the next, corrected by the difference to where Pango put it
    /// (in thousandths of an em, to a tenth). A glyph shaping moved off the pen gets its own text matrix.
    private func write(_ glyphs: [PlacedGlyph], size: Double, into c: inout PDFContent) {
        var font = -1
        var pen: Double?  // where the pen is, along the current stretch's baseline
        var y = 0.0
        var open = false
        func close(_ c: inout PDFContent) {
            if open { c.ops.raw("] TJ\n") }
            open = false
        }
        for (i, g) in glyphs.enumerated() {
            if g.font != font {
                close(&c)
                font = g.font
                let f = fonts.fonts[g.font]
                c.use(font: f.name, f.object)
                c.ops.name(f.name)
                c.ops.raw(" 1 Tf\n")
                pen = nil
            }
            let startsStretch = pen == nil || g.offset || g.y != y || (i > 0 && glyphs[i - 1].offset)
            if startsStretch {
                close(&c)
                c.length(size, decimals: 3)
                c.ops.raw(" 0 0 ")
                c.length(-size, decimals: 3)
                c.ops.space()
                c.length(g.x, decimals: 3)
                c.ops.space()
                c.length(g.y, decimals: 3)
                c.ops.raw(" Tm [")
                open = true
                pen = g.x
                y = g.y
            } else if let at = pen {
                // The PDF moves the pen back by the number, in thousandths of an em.
                let correction = ((at - g.x) * 1000 / size * 10).rounded() / 10
                if correction != 0 {
                    c.ops.number(correction, decimals: 1)
                    pen = at - correction * size / 1000
                }
            }
            c.ops.raw("<")
            c.ops.hex16(UInt16(truncatingIfNeeded: g.glyph))
            c.ops.raw(">")
            pen = (pen ?? g.x) + Double(g.width) * size / 1000
        }
        close(&c)
    }

    /// Text as copied out: the isolates that keep a name or number in order (FSI, PDI and the rest) are for
    /// drawing only, so a search for the name finds it.
    static func withoutIsolates(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x2066...0x2069).contains($0.value) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) }))
    }

    /// A language tag's primary subtag, lowercased: `en-GB` → `en`.
    static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
    }
}
