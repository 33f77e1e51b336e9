import HearthGeometry

/// One line of text, already broken and placed by layout: renderers draw it as is and never re-wrap it.
///
/// Storing lines rather than paragraphs means the words a fitter measured are exactly the words printed, and a text
/// dump of a frame shows where every line broke.
public struct TextLine: Hashable, Sendable {
    public var text: String
    /// Top-left corner of the line's box.
    public var origin: Point
    public var width: Double
    public var height: Double
    public var style: TextStyle
    public var color: Color
    public var direction: TextDirection
    /// From the top of the line's box to its baseline, the same for every line of a paragraph (from the whole
    /// paragraph's fonts), so a line whose full stop comes from another font than its letters (Tamil, Bengali)
    /// does not sit lower than its neighbours; nil lets the renderer take the line's own.
    public var baseline: Double?

    public init(
        text: String, origin: Point, width: Double, height: Double, style: TextStyle, color: Color,
        direction: TextDirection, baseline: Double? = nil
    ) {
        self.text = text
        self.origin = origin
        self.width = width
        self.height = height
        self.style = style
        self.color = color
        self.direction = direction
        self.baseline = baseline
    }

    public var bounds: Rect { Rect(x: origin.x, y: origin.y, width: width, height: height) }
}

/// The direction a paragraph reads in, decided from its first strong character.
public enum TextDirection: String, Hashable, Sendable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// The font a piece of text asks for. Which font files serve it is the renderer's business (bundled fonts only).
public struct TextStyle: Hashable, Sendable {
    public enum Weight: String, Hashable, Sendable {
        case regular
        case bold
    }

    /// Size in points.
    public var size: Double
    public var weight: Weight
    /// A BCP 47 language tag when known ("ur" picks Nastaliq over Naskh); nil to let the script decide.
    public var language: String?

    public init(size: Double, weight: Weight = .regular, language: String? = nil) {
        self.size = size
        self.weight = weight
        self.language = language
    }

    public func withSize(_ size: Double) -> TextStyle {
        var s = self
        s.size = size
        return s
    }
}
