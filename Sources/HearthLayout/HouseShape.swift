import HearthGeometry

/// The geometry of one hand-drawn house inside its slot: where the roof, walls, door and chimney go, and the
/// regions left for its name, the child's drawing and the child's words.
///
/// Text goes in the walls around the door (an L-shaped region, not the bounding box), so the door and the
/// outline never sit on a word. A house holding mostly right-to-left words is mirrored: its door moves to the
/// left so that lines can keep their right-hand start all the way down.
public struct HouseShape: Hashable, Sendable {
    public var slot: Rect
    public var apex: Point
    public var eaveLeft: Point
    public var eaveRight: Point
    public var body: Rect
    public var door: Rect
    public var chimney: Rect
    /// Where the cloud, sun or star floats, in the sky beside the roof.
    public var motif: Rect
    /// The lower part of the roof, where the house's name is written.
    public var labelRegion: Polygon
    /// The walls less a margin and less the door: where the words go.
    public var textRegion: Polygon
    /// The inner wall box, before the door is cut out.
    public var inner: Rect
    /// The door is on the left (the house reads right to left).
    public var mirrored: Bool
    /// The top of the cut-out around the door.
    public var notchTop: Double
    /// The side of the cut-out facing the words (its left edge, or its right edge when mirrored).
    public var notchEdge: Double

    /// - Parameters:
    ///   - slot: the box the house must stay inside.
    ///   - unit: points per design unit (1 on A4, larger on A3) for margins and the door.
    ///   - mirrored: put the door on the left, for right-to-left words.
    public init(slot: Rect, unit: Double, mirrored: Bool = false) {
        self.slot = slot
        self.mirrored = mirrored
        // Wide, low slots (portrait rows) get a steeper share of roof so they still read as houses.
        let roofShare = slot.width > slot.height * 1.6 ? 0.33 : 0.24
        let roofHeight = min(slot.height * roofShare, slot.width * 0.5)
        let apex = Point(slot.midX, slot.minY + slot.height * 0.03)
        let eaveY = apex.y + roofHeight
        let eaveRight = Point(slot.maxX, eaveY)
        self.apex = apex
        self.eaveRight = eaveRight
        eaveLeft = Point(slot.minX, eaveY)
        let wallInset = slot.width * 0.06
        let body = Rect(x: slot.minX + wallInset, y: eaveY, width: slot.width - 2 * wallInset, height: slot.maxY - eaveY)
        self.body = body
        // A door is always clearly taller than wide, however low the walls.
        let doorWidth = min(body.width * 0.21, 52 * unit, body.height * 0.42 / 1.5)
        let doorHeight = doorWidth * 1.5
        let doorOffset = body.width * 0.1
        door = Rect(
            x: mirrored ? body.minX + doorOffset : body.maxX - doorOffset - doorWidth, y: body.maxY - doorHeight,
            width: doorWidth, height: doorHeight)
        // The chimney stands on the right slope, its foot hidden under the roof line.
        let chimneyX = slot.minX + slot.width * 0.72
        let slopeAtChimney = apex.y + (chimneyX - apex.x) / (eaveRight.x - apex.x) * roofHeight
        chimney = Rect(
            x: chimneyX, y: apex.y + roofHeight * 0.18, width: slot.width * 0.08,
            height: slopeAtChimney - (apex.y + roofHeight * 0.18) + roofHeight * 0.12)
        motif = Rect(x: slot.minX, y: slot.minY, width: slot.width * 0.26, height: roofHeight * 0.52)
        // The name sits in the roof's lower part, inside the slopes with a margin.
        let labelTop = apex.y + roofHeight * 0.42
        let labelBottom = eaveY - 5 * unit
        func slopeX(_ y: Double, left: Bool) -> Double {
            let half = (eaveRight.x - apex.x) * (y - apex.y) / roofHeight
            return left ? apex.x - half + 10 * unit : apex.x + half - 10 * unit
        }
        labelRegion = Polygon([
            Point(slopeX(labelTop, left: true), labelTop), Point(slopeX(labelTop, left: false), labelTop),
            Point(slopeX(labelBottom, left: false), labelBottom), Point(slopeX(labelBottom, left: true), labelBottom),
        ])
        let pad = 11 * unit
        let inner = body.inset(top: pad, left: pad, bottom: pad, right: pad)
        self.inner = inner
        let gap = 7 * unit
        notchTop = door.minY - gap
        if mirrored {
            notchEdge = door.maxX + gap
            textRegion = Polygon([
                Point(inner.minX, inner.minY), Point(inner.maxX, inner.minY), Point(inner.maxX, inner.maxY),
                Point(notchEdge, inner.maxY), Point(notchEdge, notchTop), Point(inner.minX, notchTop),
            ])
        } else {
            notchEdge = door.minX - gap
            textRegion = Polygon([
                Point(inner.minX, inner.minY), Point(inner.maxX, inner.minY), Point(inner.maxX, notchTop),
                Point(notchEdge, notchTop), Point(notchEdge, inner.maxY), Point(inner.minX, inner.maxY),
            ])
        }
    }

    /// The outline of the roof, for fills.
    public var roofTriangle: [Point] { [apex, eaveRight, eaveLeft] }

    /// The text region with its top moved down to `y` (below a drawing, or below a prompt).
    public func textRegion(below y: Double) -> Polygon {
        Polygon(textRegion.vertices.map { $0.y < y ? Point($0.x, y) : $0 })
    }

    /// The text region with its bottom raised to `y` (above a "more on the next page" note).
    public func textRegion(above y: Double, from region: Polygon? = nil) -> Polygon {
        Polygon((region ?? textRegion).vertices.map { $0.y > y ? Point($0.x, y) : $0 })
    }

    /// A wide, low house (a portrait page's row) keeps the child's drawing beside the words rather than above.
    public var drawingBeside: Bool { inner.width > inner.height * 1.4 }

    /// The space given to the child's drawing: the top of the walls, or the door's side above the door on a wide house.
    public var drawingBox: Rect {
        let clearance = 6 * (inner.minX - body.minX) / 11
        let height = notchTop - inner.minY - clearance
        if drawingBeside {
            let width = min(inner.width * 0.34, height * 1.5)
            return Rect(x: mirrored ? inner.minX : inner.maxX - width, y: inner.minY, width: width, height: height)
        }
        return Rect(x: inner.minX, y: inner.minY, width: inner.width, height: min(inner.height * 0.36, height))
    }

    /// Where the words go once the drawing (already fitted into `drawing`) has its place.
    public func textRegion(around drawing: Rect, gap: Double) -> Polygon {
        if drawingBeside {
            if mirrored {
                let left = max(drawing.maxX + gap, notchEdge)
                return Polygon(rectangle: Rect(x: left, y: inner.minY, width: inner.maxX - left, height: inner.height))
            }
            let right = min(drawing.minX - gap, notchEdge)
            return Polygon(rectangle: Rect(x: inner.minX, y: inner.minY, width: right - inner.minX, height: inner.height))
        }
        return textRegion(below: drawing.maxY + gap)
    }
}
