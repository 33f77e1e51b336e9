import CHearthCairo

/// A paragraph shaped once, on one unbroken line at the reference size: where each character starts along the line
/// and where Pango's line-breaking rules (Unicode's, with Pango's tailoring) allow a break. Breaking the paragraph
/// at any width is then arithmetic.
///
/// Fitting tries many sizes and, to balance lines, many widths; each used to be a new Pango layout, which
/// itemises and shapes the whole paragraph again. Widths come from HarfBuzz's advances in the paragraph's own
/// context, as Pango's breaker uses them.
struct BreakTable {
    /// UTF-8 offset of each character's start; one more entry than characters, ending at the byte count.
    var offsets: [Int]
    /// Distance along the line to each character's start, in points at the reference size, in reading order
    /// (whatever the direction), so a stretch of text is wide `x[end] - x[start]`.
    var x: [Double]
    var attributes: [PangoLogAttr]
    /// The characters themselves, for the one rule Hearth adds to Pango's (see ``joinsWords(at:)``).
    var scalars: [Unicode.Scalar]
    /// Width of the hyphen Pango adds when it breaks inside a word, at the reference size: it counts in the fit.
    var hyphen: Double = 0

    var characterCount: Int { offsets.count - 1 }

    /// The table for the text on `layout`, which must hold it unbroken (width -1).
    init(layout: OpaquePointer, text: String) {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf8.count + 1)
        var byte = 0
        scalars = Array(text.unicodeScalars)
        for scalar in scalars {
            offsets.append(byte)
            byte += UTF8.width(scalar)
        }
        offsets.append(byte)
        self.offsets = offsets
        // A cluster's advance is credited to the character it starts at; later characters of a ligature add nothing.
        var advance = [Double](repeating: 0, count: byte + 1)
        let iter = pango_layout_get_iter(layout)
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter), let glyphs = run.pointee.glyphs,
                let item = run.pointee.item
            else { continue }
            let start = Int(item.pointee.offset)
            for g in 0..<Int(glyphs.pointee.num_glyphs) {
                let at = start + Int(glyphs.pointee.log_clusters[g])
                if at >= 0 && at <= byte {
                    advance[at] += Double(glyphs.pointee.glyphs[g].geometry.width) / Double(PANGO_SCALE)
                }
            }
        } while pango_layout_iter_next_run(iter) != 0
        pango_layout_iter_free(iter)
        var x = [Double](repeating: 0, count: offsets.count)
        for i in 0..<(offsets.count - 1) {
            // Bytes inside a character (never a cluster start) carry nothing; sum them to be safe.
            var w = 0.0
            for b in offsets[i]..<offsets[i + 1] { w += advance[b] }
            x[i + 1] = x[i] + w
        }
        self.x = x
        var n: Int32 = 0
        let attrs = pango_layout_get_log_attrs_readonly(layout, &n)
        attributes = (0..<Int(n)).map { attrs![$0] }
        if attributes.count < offsets.count {
            attributes += Array(repeating: PangoLogAttr(), count: offsets.count - attributes.count)
        }
    }

    /// Width of characters `from..<to`, without the white space that ends it (a line's trailing spaces hang).
    func width(from: Int, to: Int) -> Double {
        var end = to
        while end > from && attributes[end - 1].is_white != 0 { end -= 1 }
        return x[end] - x[from]
    }

    /// Character indices where each line ends when the text is broken at `limit` (reference-size points), as
    /// Pango's word-then-character wrapping does: as many whole words as fit, a forced break wherever the text
    /// has one, and only a word wider than the whole line broken between its characters. One rule is Hearth's
    /// own: a hyphenated word stays whole unless nothing else fits (see ``joinsWords(at:)``).
    ///
    /// `end` stops short of the newline at a forced break, as Pango's line does; `next` is where the following
    /// line starts.
    func lineEnds(width limit: Double) -> [(end: Int, next: Int, splitsWord: Bool)] {
        var out: [(end: Int, next: Int, splitsWord: Bool)] = []
        var start = 0
        while start < characterCount {
            let line = line(from: start, width: limit)
            out.append(line)
            start = line.next
        }
        return out
    }

    /// The one line that starts at character `start` when broken at `limit`, by the rules of
    /// ``lineEnds(width:)``; its cost is the line's length (and one word), not the rest of the paragraph's.
    func line(from start: Int, width limit: Double) -> (end: Int, next: Int, splitsWord: Bool) {
        let n = characterCount
        let slack = 1e-6
        var whole: Int? = nil, atHyphen: Int? = nil
        var i = start + 1
        while i <= n {
            if i == n || attributes[i].is_line_break != 0 {
                if width(from: start, to: i) <= limit + slack {
                    if joinsWords(at: i) { atHyphen = i } else { whole = i }
                } else {
                    break
                }
                if i < n && attributes[i].is_mandatory_break != 0 { break }
            }
            i += 1
        }
        if let best = whole ?? atHyphen {
            var end = best
            if best < n && attributes[best].is_mandatory_break != 0 {
                while end > start && isNewline(end - 1) { end -= 1 }
            }
            return (end, best, false)
        }
        // Not even the first word fits: break it where a cursor may stand, keeping at least one character.
        var cut = start + 1
        while cut < n && attributes[cut].is_cursor_position == 0 { cut += 1 }
        var j = cut + 1
        while j <= n {
            if j == n || attributes[j].is_cursor_position != 0 {
                let added = j < n && attributes[j].break_inserts_hyphen != 0 ? hyphen : 0
                if x[j] - x[start] + added <= limit + slack { cut = j } else { break }
            }
            j += 1
        }
        return (cut, cut, true)
    }

    /// The character whose first byte is `byte` (or the first after it), by binary search.
    func character(atByte byte: Int) -> Int {
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether a break before character `i` would split a hyphenated word ("grown-|ups"). Young readers lose
    /// the word when its halves sit on two lines, so such a break is taken only when nothing else fits.
    func joinsWords(at i: Int) -> Bool {
        guard i >= 2, i < scalars.count else { return false }
        let hyphen = scalars[i - 1]
        guard hyphen == "-" || hyphen == "\u{2010}" else { return false }
        return scalars[i - 2].properties.isAlphabetic && scalars[i].properties.isAlphabetic
    }

    /// Whether character `i` ends a paragraph (line feed, carriage return, or the Unicode separators).
    func isNewline(_ i: Int) -> Bool {
        let w = offsets[i + 1] - offsets[i]
        guard w == 1 || w == 3 else { return false }
        // Only the newline characters are mandatory-break white space one or three bytes long that end a line.
        return attributes[i].is_white != 0 && (i + 1 < attributes.count && attributes[i + 1].is_mandatory_break != 0)
    }
}
