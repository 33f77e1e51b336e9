import HearthFrame
import HearthGeometry

/// How a fitter may size and place text inside a region.
public struct FitOptions: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable {
        /// Flush to the reading start: left for left-to-right, right for right-to-left.
        case start
        case center
    }

    /// Font sizes allowed, in points; the fitter takes the largest that holds everything.
    public var sizes: ClosedRange<Double>
    /// Size granularity in points.
    public var step: Double
    public var style: TextStyle
    public var color: Color
    /// Line advance as a multiple of the font's own line height.
    public var lineSpacing: Double
    /// Extra space after each paragraph, in ems.
    public var paragraphSpacing: Double
    /// Indent of bulleted paragraphs (the bullet hangs in it), in ems.
    public var bulletIndent: Double
    public var alignment: Alignment
    public var centerVertically: Bool
    /// Narrow each paragraph as far as it keeps its line count, so lines come out even.
    public var balance: Bool

    public init(
        sizes: ClosedRange<Double>, step: Double = 0.5, style: TextStyle = TextStyle(size: 12),
        color: Color = .black, lineSpacing: Double = 1.0, paragraphSpacing: Double = 0.45, bulletIndent: Double = 1.1,
        alignment: Alignment = .start, centerVertically: Bool = false, balance: Bool = true
    ) {
        self.sizes = sizes
        self.step = step
        self.style = style
        self.color = color
        self.lineSpacing = lineSpacing
        self.paragraphSpacing = paragraphSpacing
        self.bulletIndent = bulletIndent
        self.alignment = alignment
        self.centerVertically = centerVertically
        self.balance = balance
    }
}

/// The result of fitting: paragraphs placed inside the region at one size, and whatever did not fit.
public struct FittedText: Hashable, Sendable {
    public var size: Double
    public var paragraphs: [FittedParagraph]
    public var bulletRadius: Double
    /// Paragraphs (or the rest of one) that did not fit even at the smallest size: they go to a follow-up page.
    public var overflow: [TextBlock]

    public var fitsAll: Bool { overflow.isEmpty }
    public var lines: [TextLine] { paragraphs.flatMap(\.lines) }
    /// The lowest line's bottom edge, or nil when nothing was placed.
    public var bottom: Double? { lines.map { $0.origin.y + $0.height }.max() }
}

/// One placed paragraph: its lines and, for a list item, the centre of its bullet.
public struct FittedParagraph: Hashable, Sendable {
    public var block: TextBlock
    public var lines: [TextLine]
    public var bullet: Point?
}
