import HearthFrame

/// A predictable measurer for tests: every character is `advance × size` wide, lines are `1.25 × size` high, and
/// lines break at spaces only. Right-to-left is guessed from Hebrew and Arabic code points.
public struct FixedAdvanceMeasurer: TextMeasurer, Sendable {
    public var advance: Double
    /// Characters reported as missing from every font, to test the error path.
    public var missing: Set<Character>

    public init(advance: Double = 0.5, missing: Set<Character> = []) {
        self.advance = advance
        self.missing = missing
    }

    public func lineMetrics(of text: String, style: TextStyle) -> LineMetrics {
        LineMetrics(height: 1.25 * style.size, baseline: 1.0 * style.size)
    }

    public func width(of text: String, style: TextStyle) -> Double {
        Double(text.count) * advance * style.size
    }

    public func firstLine(of text: Substring, style: TextStyle, width: Double) -> LineBreak {
        let perChar = advance * style.size
        let maxChars = max(1, Int((width / perChar).rounded(.down)))
        if text.count <= maxChars { return LineBreak(end: text.endIndex, splitsWord: false) }
        let limit = text.index(text.startIndex, offsetBy: maxChars)
        // The last space at or before the limit ends the line; a space right at the limit counts.
        var i = limit
        while i > text.startIndex {
            if text[i] == " " { return LineBreak(end: i, splitsWord: false) }
            i = text.index(before: i)
        }
        return LineBreak(end: limit, splitsWord: true)
    }

    public func measured(_ text: String, style: TextStyle) -> any MeasuredText {
        FixedAdvanceText(text: text, advance: advance, size: style.size)
    }

    public func direction(of text: String) -> TextDirection {
        var depth = 0  // inside isolates (FSI … PDI), letters do not decide the paragraph's direction
        for s in text.unicodeScalars {
            switch s.value {
            case 0x2066...0x2068: depth += 1
            case 0x2069: depth = max(0, depth - 1)
            case _ where depth > 0: continue
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: return .rightToLeft
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return .leftToRight
            default: continue
            }
        }
        return .leftToRight
    }

    public func missingCharacters(in text: String, style: TextStyle) -> [Character] {
        var seen: [Character] = []
        for c in text where missing.contains(c) && !seen.contains(c) { seen.append(c) }
        return seen
    }
}

/// A paragraph under ``FixedAdvanceMeasurer``: the same breaks as its `firstLine`, found from an index of the
/// characters so each line costs its own length, not the rest of the paragraph's.
struct FixedAdvanceText: MeasuredText {
    let text: String
    let advance: Double
    let size: Double
    /// Where each character starts, and the end.
    let starts: [String.Index]
    let isSpace: [Bool]

    init(text: String, advance: Double, size: Double) {
        self.text = text
        self.advance = advance
        self.size = size
        var starts = Array(text.indices)
        isSpace = text.map { $0 == " " }
        starts.append(text.endIndex)
        self.starts = starts
    }

    func line(from start: String.Index, width: Double) -> LineBreak {
        let first = position(of: start)
        let count = starts.count - 1
        let maxChars = max(1, Int((width / (advance * size)).rounded(.down)))
        var end = count
        var splits = false
        if count - first > maxChars {
            let limit = first + maxChars
            // The last space at or before the limit ends the line; a space right at the limit counts.
            var i = limit
            while i > first && !isSpace[i] { i -= 1 }
            if i > first { end = i } else { end = limit; splits = true }
        }
        var visible = end
        while visible > first && isSpace[visible - 1] { visible -= 1 }
        return LineBreak(end: starts[end], splitsWord: splits, width: Double(visible - first) * advance * size)
    }

    /// The character number of `index` (a character boundary), by binary search.
    func position(of index: String.Index) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < index { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
