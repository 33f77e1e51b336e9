import HearthGeometry

/// The geometry of the Safety House on its page: a wide house with a tall roof (the rules are written in it), two
/// rooms (who lives here; who comes to visit), the door at the right of the front, and the path of stepping stones
/// running along the garden to the door.
public struct SafetyHouseShape: Hashable, Sendable {
    public var slot: Rect
    public var apex: Point
    public var eaveY: Double
    public var body: Rect
    public var door: Rect
    /// Where the rules go: the lower part of the roof, inside its slopes.
    public var roofText: Polygon
    public var livesRoom: Rect
    public var visitsRoom: Rect
    /// The box the path's scale strip is drawn in; its 10 lies at the door.
    public var pathBox: Rect

    /// - Parameters:
    ///   - slot: the box for house and path together.
    ///   - unit: points per design unit.
    public init(slot: Rect, unit u: Double) {
        self.slot = slot
        let pathHeight = min(slot.height * 0.36, 175 * u)
        let houseBottom = slot.maxY - pathHeight
        let roofHeight = (houseBottom - slot.minY) * 0.44
        apex = Point(slot.midX, slot.minY)
        eaveY = slot.minY + roofHeight
        // A wide roof with a flat ridge, so the rules have room to be read.
        ridgeHalf = slot.width * 0.2
        let inset = slot.width * 0.05
        body = Rect(x: slot.minX + inset, y: eaveY, width: slot.width - 2 * inset, height: houseBottom - eaveY)
        let doorWidth = min(body.width * 0.11, body.height * 0.42)
        let doorHeight = min(doorWidth * 1.7, body.height * 0.75)
        door = Rect(x: body.maxX - doorWidth - body.width * 0.04, y: houseBottom - doorHeight, width: doorWidth, height: doorHeight)
        let pad = 10 * u
        let roomsRight = door.minX - pad
        let split = body.minX + (roomsRight - body.minX) * 0.55
        livesRoom = Rect(x: body.minX + pad, y: body.minY + pad, width: split - body.minX - 2 * pad, height: body.height - 2 * pad)
        visitsRoom = Rect(x: split + pad, y: body.minY + pad, width: roomsRight - split - 2 * pad, height: body.height - 2 * pad)
        let top = slot.minY + 36 * u
        let bottom = eaveY - 6 * u
        let ridge = ridgeHalf
        let halfWidth = slot.width / 2
        func slope(_ y: Double, _ left: Bool) -> Double {
            let half = ridge + (halfWidth - ridge) * (y - slot.minY) / roofHeight - 18 * u
            return left ? slot.midX - half : slot.midX + half
        }
        // A box as wide as the roof is at its top, so the lines of the rules start one under another.
        roofText = Polygon(rectangle: Rect(x: slope(top, true), y: top, width: slope(top, false) - slope(top, true), height: bottom - top))
        // The strip's 10 sits under the door; its 0 at the garden's far side.
        pathBox = Rect(x: slot.minX - 20 * u, y: houseBottom + 18 * u, width: door.midX - slot.minX + 20 * u + 84 * u, height: pathHeight - 18 * u)
    }

    /// Half the flat ridge's width.
    public var ridgeHalf: Double

    public var roof: [Point] {
        [Point(slot.midX - ridgeHalf, slot.minY), Point(slot.midX + ridgeHalf, slot.minY), Point(slot.maxX, eaveY), Point(slot.minX, eaveY)]
    }
}
