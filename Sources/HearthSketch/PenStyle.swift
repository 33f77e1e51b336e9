import HearthGeometry

/// How the rough pen draws: line weight, how much it wobbles, and how fills are hatched.
///
/// The names and defaults follow rough.js, so its documentation helps when tuning a picture. Lengths are in
/// points and angles in degrees. One style is passed down per page or picture so every drawing on it shares
/// the same hand.
public struct PenStyle: Hashable, Sendable {
    /// The default ink: a warm near-black that reads as pen on paper rather than printer black.
    public static let defaultInk = Color(hex: 0x2B2B33)

    /// Width of outline strokes.
    public var strokeWidth: Double
    /// Overall wobble: 0 draws exact geometry, 1 is the usual hand, 2 and more is a scrawl.
    public var roughness: Double
    /// How far a straight line may sag sideways, relative to its length.
    public var bowing: Double
    /// The largest distance, before `roughness`, that a point may be moved.
    public var maxRandomnessOffset: Double
    /// How closely ellipses keep their radii: 1 is exact, 0.95 lets them vary by 5%.
    public var curveFitting: Double
    /// 0 gives round Catmull-Rom curves through their points; 1 gives straight segments.
    public var curveTightness: Double
    /// The fewest points an ellipse is sampled at; large ellipses get more.
    public var curveStepCount: Int
    /// Direction of hachure lines, measured from the x axis in page coordinates (y down): -41 rises to the right.
    public var hachureAngle: Double
    /// Distance between hachure lines.
    public var hachureGap: Double
    /// Width of hachure lines.
    public var fillWeight: Double
    /// Draw every outline segment twice, the second time a little differently: the core of the sketchy look.
    public var multiStroke: Bool
    /// Draw every hachure line twice.
    public var multiStrokeFill: Bool
    /// Keep the corners of lines and polygons exactly in place, so joined shapes (a figure's limbs) still meet.
    public var preserveVertices: Bool
    /// Lower the roughness of shapes too small to carry the full wobble (eyes, buttons); see `damped(for:)`.
    public var dampsSmallShapes: Bool
    /// Colour of outlines.
    public var ink: Color

    /// `hachureGap` and `fillWeight` default to 4× and ½× the stroke width, fixed at creation: changing
    /// `strokeWidth` later leaves them as they are.
    public init(
        strokeWidth: Double = 2,
        roughness: Double = 1,
        bowing: Double = 1,
        maxRandomnessOffset: Double = 2,
        curveFitting: Double = 0.95,
        curveTightness: Double = 0,
        curveStepCount: Int = 9,
        hachureAngle: Double = -41,
        hachureGap: Double? = nil,
        fillWeight: Double? = nil,
        multiStroke: Bool = true,
        multiStrokeFill: Bool = true,
        preserveVertices: Bool = false,
        dampsSmallShapes: Bool = true,
        ink: Color = PenStyle.defaultInk
    ) {
        self.strokeWidth = strokeWidth
        self.roughness = roughness
        self.bowing = bowing
        self.maxRandomnessOffset = maxRandomnessOffset
        self.curveFitting = curveFitting
        self.curveTightness = curveTightness
        self.curveStepCount = curveStepCount
        self.hachureAngle = hachureAngle
        self.hachureGap = hachureGap ?? strokeWidth * 4
        self.fillWeight = fillWeight ?? strokeWidth / 2
        self.multiStroke = multiStroke
        self.multiStrokeFill = multiStrokeFill
        self.preserveVertices = preserveVertices
        self.dampsSmallShapes = dampsSmallShapes
        self.ink = ink
    }
}
