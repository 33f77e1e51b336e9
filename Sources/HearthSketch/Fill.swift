import HearthGeometry

/// How the inside of a closed shape is coloured, in the pen's hand.
///
/// Hatching rather than flat colour is what makes a worksheet look drawn, and it leaves room for a child to
/// colour in. Fills are painted before the outline, so the outline always sits on top.
public enum Fill: Hashable, Sendable {
    /// A flat area just inside a slightly wobbled copy of the outline.
    case solid(Color)
    /// Parallel pen lines in the colour; `angle` (degrees) and `gap` (points) default to the pen style's.
    case hachure(Color, angle: Double? = nil, gap: Double? = nil)
    /// Hachure in the style's angle, crossed by a second hachure at right angles.
    case crossHatch(Color)
}
