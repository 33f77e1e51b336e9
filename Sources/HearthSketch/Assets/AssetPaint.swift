import HearthGeometry

/// How one shape of a picture is painted, read from its `class`: the inside (a palette colour, solid or hatched,
/// or nothing), the outline's colour and whether the pen is the normal or the thin one.
///
/// Paint comes only from these few words so every picture is drawn in the same hand, whatever tool made the file.
public struct AssetPaint: Hashable, Sendable {
    /// The inside: `nil` for a bare line (`class="line"`).
    public var fill: Fill?
    /// The outline's colour: the ink, or a palette colour's pen for `class="line blue"`.
    public var ink: Color
    /// Drawn with the finer pen (`class="… thin"`), for details.
    public var isThin: Bool

    public init(fill: Fill?, ink: Color = PenStyle.defaultInk, isThin: Bool = false) {
        self.fill = fill
        self.ink = ink
        self.isThin = isThin
    }
}
