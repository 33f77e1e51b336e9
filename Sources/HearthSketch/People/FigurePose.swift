import HearthGeometry
import HearthLooks

/// How a figure's body is placed, beyond its action: standing, walking, sitting on a seat of some height,
/// kneeling; and where its reaching hand goes when it touches or hands something to someone.
///
/// It exists because the same action is drawn in many postures (reading to a child standing or on the sofa), and
/// because a hand on someone's shoulder must land on *that* shoulder, which only the scene knows.
public struct FigurePose: Hashable, Sendable {
    public var posture: Posture
    /// For sitting: the seat's top above the feet, in adult heights (0 sits on the floor).
    public var seat: Double
    /// Where the hand on the facing side goes, as an offset from the feet in adult heights (x to the page's
    /// right, y down); nil lets the action choose.
    public var reach: Point?

    public init(_ posture: Posture = .standing, seat: Double = FigurePose.chairSeat, reach: Point? = nil) {
        self.posture = posture
        self.seat = seat
        self.reach = reach.map { Point(($0.x * 100).rounded() / 100, ($0.y * 100).rounded() / 100) }
        if posture != .sitting { self.seat = 0 }
    }

    /// A chair's seat, in adult heights.
    public static let chairSeat = 0.27
}
