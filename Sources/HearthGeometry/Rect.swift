/// An axis-aligned box on a page: the slot a layout stage hands to its content.
public struct Rect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
    public var center: Point { Point(midX, midY) }
    public var size: Size { Size(width: width, height: height) }

    /// The same box shrunk by `d` on every side (grown when `d` is negative).
    public func inset(by d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d))
    }

    public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: max(0, width - left - right), height: max(0, height - top - bottom))
    }

    public func contains(_ p: Point, tolerance: Double = 1e-6) -> Bool {
        p.x >= minX - tolerance && p.x <= maxX + tolerance && p.y >= minY - tolerance && p.y <= maxY + tolerance
    }

    public func contains(_ r: Rect, tolerance: Double = 1e-6) -> Bool {
        r.minX >= minX - tolerance && r.maxX <= maxX + tolerance && r.minY >= minY - tolerance
            && r.maxY <= maxY + tolerance
    }

    public func intersects(_ r: Rect) -> Bool {
        r.minX < maxX && r.maxX > minX && r.minY < maxY && r.maxY > minY
    }

    /// The smallest box holding both.
    public func union(_ r: Rect) -> Rect {
        let x0 = min(minX, r.minX), y0 = min(minY, r.minY)
        return Rect(x: x0, y: y0, width: max(maxX, r.maxX) - x0, height: max(maxY, r.maxY) - y0)
    }

    /// The largest box of the given aspect ratio centred in this one (an image fitted without distortion).
    public func aspectFit(_ content: Size) -> Rect {
        guard content.width > 0, content.height > 0 else { return self }
        let k = min(width / content.width, height / content.height)
        let w = content.width * k, h = content.height * k
        return Rect(x: midX - w / 2, y: midY - h / 2, width: w, height: h)
    }
}

/// A width and a height in points.
public struct Size: Hashable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}
