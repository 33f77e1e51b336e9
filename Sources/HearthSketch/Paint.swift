import HearthGeometry

/// How a renderer puts a `PenStroke` on paper.
///
/// The pen never touches Cairo; this is the whole contract. Fills use the even-odd rule, so a path's inner
/// rings are holes, as in rough.js.
public enum Paint: Hashable, Sendable {
    /// Stroke the path (round caps and joins suit the pen look).
    case stroke(width: Double, color: Color)
    /// Fill the path with the even-odd rule.
    case fill(Color)
}
