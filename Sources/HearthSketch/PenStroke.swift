import HearthGeometry

/// One thing the renderer paints: a path and how to paint it.
///
/// A whole rough outline, with both passes of every segment as separate subpaths, is one stroke, so a shape
/// costs the renderer one stroke call rather than one per segment.
public struct PenStroke: Hashable, Sendable {
    public var path: Path
    public var paint: Paint

    public init(path: Path, paint: Paint) {
        self.path = path
        self.paint = paint
    }
}
