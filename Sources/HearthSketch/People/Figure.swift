import HearthGeometry

/// A person drawn from their looks, feeling and action, standing on `feet` (the point between the feet on the
/// ground), with the places a scene needs to arrange people: their ink, their face, their mouth and their hands.
///
/// Scenes place speech bubbles by `mouth`, keep bubbles off `face`, and join two people's hands at `leftHand` /
/// `rightHand` ("left" and "right" as seen on the page, not the person's own left and right).
public struct Figure: Hashable, Sendable {
    /// Fills and outlines in painting order, already in page coordinates.
    public var drawing: Drawing
    /// Ink bounds of the whole figure, aids, props and feeling marks included.
    public var bounds: Rect
    /// The head's box, hair and headwear included: scenes keep faces and speech bubbles apart.
    public var face: Rect
    /// Where a speech bubble's tail points.
    public var mouth: Point
    /// The middle of the hand on the page's left and on its right.
    public var leftHand: Point
    public var rightHand: Point
    /// Where someone sitting on this person's lap, or carried in their arms, has their seat.
    public var lap: Point

    public init(
        drawing: Drawing, bounds: Rect, face: Rect, mouth: Point, leftHand: Point, rightHand: Point, lap: Point? = nil
    ) {
        self.lap = lap ?? Point((leftHand.x + rightHand.x) / 2, (leftHand.y + rightHand.y) / 2)
        self.drawing = drawing
        self.bounds = bounds
        self.face = face
        self.mouth = mouth
        self.leftHand = leftHand
        self.rightHand = rightHand
    }
}

/// Which way a figure turns: a slight turn of the face and the reaching arm, enough for two people to talk, hug
/// or hold hands. `.left` and `.right` are the page's directions.
public enum Facing: String, CaseIterable, Hashable, Sendable {
    case front, left, right

    /// -1 towards the page's left, +1 towards its right, 0 for the reader.
    var sign: Double {
        switch self {
        case .front: 0
        case .left: -1
        case .right: 1
        }
    }
}
