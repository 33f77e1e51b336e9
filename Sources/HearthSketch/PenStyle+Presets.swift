import HearthGeometry

extension PenStyle {
    /// The usual hand: rough.js defaults with Hearth's ink.
    public static let standard = PenStyle()

    /// A thin, calmer pen for small icons and details, where the standard wobble would swamp the shape.
    public static let fine = PenStyle(strokeWidth: 1, roughness: 0.8, bowing: 0.5, maxRandomnessOffset: 1)

    /// A heavier pen for outlines that must carry across a page, such as the Three Houses.
    public static let bold = PenStyle(strokeWidth: 3.5, roughness: 1.2)

    /// No wobble and a single pass: rulings, writing lines and scale ticks that must look exact.
    public static let precise = PenStyle(roughness: 0, multiStroke: false, multiStrokeFill: false)

    /// This style with its roughness lowered for a shape of the given size.
    ///
    /// The wobble is measured in points, not relative to the shape, so a full-roughness 6 pt eye would come out
    /// as a scribble. Shapes at least 15 pt on their short side keep their roughness; thinner ones get half of it,
    /// and those under 10 pt on their long side a third (Excalidraw damps its shapes the same way).
    public func damped(for size: Size) -> PenStyle {
        let short = min(abs(size.width), abs(size.height))
        let long = max(abs(size.width), abs(size.height))
        if short >= 15 { return self }
        var damped = self
        damped.roughness = min(roughness / (long < 10 ? 3 : 2), 2.5)
        return damped
    }
}
