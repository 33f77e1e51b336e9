import HearthGeometry

/// One finished page as a display list: everything a renderer needs and nothing it has to decide.
///
/// Layout produces frames; renderers (the PDF writer, Cairo's PNG and SVG previews, the text dump) only walk them.
/// Keeping pages as plain values makes them comparable in tests and safe to hand between threads.
public struct Frame: Hashable, Sendable {
    public var size: Size
    public var items: [FrameItem]
    /// The page's entry in the PDF outline, when it starts something worth jumping to.
    public var bookmark: String?

    public init(size: Size, items: [FrameItem] = [], bookmark: String? = nil) {
        self.size = size
        self.items = items
        self.bookmark = bookmark
    }
}

/// One thing drawn on a page.
public indirect enum FrameItem: Hashable, Sendable {
    case shape(Shape)
    case text(TextLine)
    case image(ImageItem)
    /// Items that together mean something (a heading, a list, a figure), so tagged PDF can say so.
    case group(SemanticTag, [FrameItem])
    /// Items drawn only inside an outline, such as a roof's hatching, whose hand-drawn lines would otherwise
    /// overshoot the roof's edge.
    case clipped(Path, [FrameItem])
    /// A drawing used more than once in the document, placed here.
    case symbol(Symbol, Placement)
}

/// A filled and/or stroked outline.
public struct Shape: Hashable, Sendable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?

    public init(path: Path, fill: Color? = nil, stroke: Stroke? = nil) {
        self.path = path
        self.fill = fill
        self.stroke = stroke
    }
}

/// How an outline is inked.
public struct Stroke: Hashable, Sendable {
    public var width: Double
    public var color: Color
    /// Dash lengths in points; empty for a solid line.
    public var dash: [Double]

    public init(width: Double, color: Color, dash: [Double] = []) {
        self.width = width
        self.color = color
        self.dash = dash
    }
}

/// What a group of items is, in the vocabulary of tagged PDF.
public enum SemanticTag: Hashable, Sendable {
    case heading(level: Int)
    case paragraph
    case section
    case list
    case listItem
    case figure(alt: String)
    /// One page of a story placed on a sheet with others (an imposed booklet prints page 24 beside page 1): its
    /// number puts it back in reading order for screen readers.
    case page(number: Int)
}
