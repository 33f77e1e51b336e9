/// Measures and breaks text for layout. Pango answers in production; a fixed-advance fake answers in unit tests,
/// so layout logic is testable without fonts.
public protocol TextMeasurer {
    /// Height of one line of `text` and the distance from its top to its baseline.
    func lineMetrics(of text: String, style: TextStyle) -> LineMetrics
    /// Width of `text` set on one line.
    func width(of text: String, style: TextStyle) -> Double
    /// The longest start of `text` that fits in `width`, ending at a place where a line may break.
    /// Never empty: when not even one word fits, it breaks inside the word and says so.
    func firstLine(of text: Substring, style: TextStyle, width: Double) -> LineBreak
    /// Every line `text` breaks into at one `width`, in order: one layout instead of one per line where a shape
    /// keeps the same width for several lines.
    func lines(of text: Substring, style: TextStyle, width: Double) -> [LineBreak]
    /// The direction the paragraph reads in, from its first strong character.
    func direction(of text: String) -> TextDirection
    /// Characters of `text` that no bundled font can draw, each once, in order of appearance.
    func missingCharacters(in text: String, style: TextStyle) -> [Character]
    /// The paragraph measured once at `style`, to be broken into lines from any point at any width without
    /// measuring again: what keeps fitting linear in the text's length.
    func measured(_ text: String, style: TextStyle) -> any MeasuredText
}

/// A paragraph measured once: the line that starts anywhere in it and fits any width, found by arithmetic on the
/// one measurement, in time proportional to that line.
///
/// Fitting tries many sizes and widths and lays lines one by one down a shape whose width changes with height; if
/// each line measured the rest of the paragraph again, a long paragraph would cost the square of its length.
public protocol MeasuredText {
    /// The text measured.
    var text: String { get }
    /// The line that starts at `start` (a character boundary of ``text``, not at a space) and is at most `width`
    /// wide, ending where a line may break; never empty when `start` is before the end (a word wider than the line
    /// is broken inside, and says so). Its `width` is always known.
    func line(from start: String.Index, width: Double) -> LineBreak
}

/// Line by line with ``TextMeasurer/firstLine(of:style:width:)``, for measurers with nothing better.
struct LineByLine: MeasuredText {
    var measurer: any TextMeasurer
    var text: String
    var style: TextStyle

    func line(from start: String.Index, width: Double) -> LineBreak {
        var br = measurer.firstLine(of: text[start...], style: style, width: width)
        if br.width == nil {
            var end = br.end
            while end > start, text[text.index(before: end)] == " " { end = text.index(before: end) }
            br.width = measurer.width(of: String(text[start..<end]), style: style)
        }
        return br
    }
}

extension TextMeasurer {
    public func measured(_ text: String, style: TextStyle) -> any MeasuredText {
        LineByLine(measurer: self, text: text, style: style)
    }

    /// Breaks line after line with `firstLine`; measurers that can do better in one pass override it.
    public func lines(of text: Substring, style: TextStyle, width: Double) -> [LineBreak] {
        var out: [LineBreak] = []
        var rest = text
        while !rest.isEmpty {
            let br = firstLine(of: rest, style: style, width: width)
            out.append(br)
            rest = rest[br.end...]
            while let f = rest.first, f == " " { rest = rest.dropFirst() }
        }
        return out
    }
}

/// Height and baseline of a line.
public struct LineMetrics: Hashable, Sendable {
    public var height: Double
    public var baseline: Double

    public init(height: Double, baseline: Double) {
        self.height = height
        self.baseline = baseline
    }
}

/// Where a line ends.
public struct LineBreak: Hashable, Sendable {
    /// The end of the line within the measured text (exclusive); the next line starts here after spaces.
    public var end: String.Index
    /// True when the break falls inside a word because the word alone is wider than the line.
    public var splitsWord: Bool
    /// The line's width without its trailing spaces, when the measurer knows it already; otherwise layout asks
    /// `width(of:style:)`.
    public var width: Double?

    public init(end: String.Index, splitsWord: Bool, width: Double? = nil) {
        self.end = end
        self.splitsWord = splitsWord
        self.width = width
    }
}
