import HearthGeometry
import HearthModel

/// A paper size and the scale of the design on it: the worksheet is drawn in A4-landscape units and scaled, so
/// an A3 print has the same proportions with larger type.
public struct PageSpec: Hashable, Sendable {
    public var size: Size
    /// Points per design unit.
    public var unit: Double

    public init(paper: Paper) {
        switch paper {
        case .a4Landscape: size = Size(width: 841.89, height: 595.28)
        case .a4Portrait: size = Size(width: 595.28, height: 841.89)
        case .a3: size = Size(width: 1190.55, height: 841.89)
        // Booklet pages are A5 portrait; imposition puts two on each side of an A4 sheet.
        case .a5Booklet: size = Size(width: 420.94, height: 595.28)
        case .letterLandscape: size = Size(width: 792, height: 612)
        case .letterPortrait: size = Size(width: 612, height: 792)
        }
        unit = max(size.width, size.height) / 841.89
    }

    public var isLandscape: Bool { size.width > size.height }
}
