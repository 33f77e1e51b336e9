import HearthGeometry

extension AssetPicture {
    /// The pen's largest wobble, in hundredths of the picture's longer side.
    static let wobble = 1.5

    /// How far, in hundredths of the picture's longer side, ink may stray past the shapes: half the line and the
    /// wobble. The picture is shrunk by this much on each side so its ink stays inside the slot.
    static func inkMargin(strokeWidth: Double) -> Double {
        strokeWidth / 2 + wobble
    }

    /// Drawn through the rough pen, aspect-fitted and centred in `rect`; pen weight scaled so a picture looks the same at any size, damped for small shapes.
    ///
    /// `strokeWidth` is the pen's width for a picture 100 pt on its longer side; it grows and shrinks with the
    /// picture, as do the wobble and the hatching, so a small copy is a true miniature of a large one. Each
    /// shape has its own pen seeded from `seed` and its place in the file, so editing one shape leaves the
    /// others' wobble alone.
    public func draw(in rect: Rect, seed: UInt32, strokeWidth: Double = 2) -> Drawing {
        guard let placement = AssetPlacement(viewBox: viewBox, rect: rect, strokeWidth: strokeWidth) else {
            return Drawing()
        }
        return draw(placement, seed: seed)
    }

    /// Drawn at a fixed scale, as a setting is: viewBox point `p` lands on `p × scale + offset`, and the pen is
    /// `pen` points wide whatever the scale (a room many times a thing's size keeps a thing's line).
    public func draw(scale: Double, offset: Point, pen: Double, seed: UInt32) -> Drawing {
        let numbers = [scale, offset.x, offset.y, pen]
        guard numbers.allSatisfy(\.isFinite), scale > 0, pen > 0 else { return Drawing() }
        return draw(AssetPlacement(scale: scale, offset: offset, unit: pen / 2, strokeWidth: 2), seed: seed)
    }

    private func draw(_ placement: AssetPlacement, seed: UInt32) -> Drawing {
        var drawing = Drawing()
        for (index, shape) in shapes.enumerated() {
            let shapeSeed = StableHash.seed("asset", String(seed), String(index))
            drawing += placement.draw(shape, seed: shapeSeed)
        }
        return drawing
    }
}

/// Where a picture lands on the page and the pen it is drawn with there.
struct AssetPlacement {
    /// Page point = viewBox point × scale + offset.
    var scale: Double
    var offset: Point
    /// Page points per "picture point" (a hundredth of the picture's longer side).
    var unit: Double
    var strokeWidth: Double

    init(scale: Double, offset: Point, unit: Double, strokeWidth: Double) {
        self.scale = scale
        self.offset = offset
        self.unit = unit
        self.strokeWidth = strokeWidth
    }

    init?(viewBox: Rect, rect: Rect, strokeWidth: Double) {
        let numbers = [rect.x, rect.y, rect.width, rect.height, strokeWidth]
        guard numbers.allSatisfy(\.isFinite), rect.width > 0, rect.height > 0, strokeWidth >= 0 else { return nil }
        let longest = max(viewBox.width, viewBox.height)
        let margin = longest * AssetPicture.inkMargin(strokeWidth: strokeWidth) / 100
        let padded = Size(width: viewBox.width + 2 * margin, height: viewBox.height + 2 * margin)
        let fitted = rect.aspectFit(padded)
        scale = fitted.width / padded.width
        guard scale > 0, scale.isFinite else { return nil }
        offset = Point(fitted.minX + (margin - viewBox.minX) * scale, fitted.minY + (margin - viewBox.minY) * scale)
        unit = longest * scale / 100
        self.strokeWidth = strokeWidth
    }

    /// The pen for one shape: thin or normal, its ink, and roughness damped by the shape's size in picture points.
    func style(for shape: AssetShape, size: Size) -> PenStyle {
        let normal = strokeWidth * unit
        var style = PenStyle(
            strokeWidth: shape.paint.isThin ? normal * 0.55 : normal,
            roughness: 1,
            bowing: unit > 0 ? 1 / unit : 1,
            maxRandomnessOffset: AssetPicture.wobble * unit,
            // Rounder than the pen's usual circles: pictures nest them (a wheel's hub, a clock's rim and face).
            curveFitting: 0.985,
            hachureGap: 4 * normal,
            fillWeight: normal * 0.5,
            dampsSmallShapes: false,
            ink: shape.paint.ink)
        let relative = Size(width: size.width * scale / unit, height: size.height * scale / unit)
        style.roughness = PenStyle(dampsSmallShapes: true).damped(for: relative).roughness
        return style
    }

    func draw(_ shape: AssetShape, seed: UInt32) -> Drawing {
        let box = shape.path.bounds ?? Rect(x: 0, y: 0, width: 0, height: 0)
        var pen = RoughPen(style: style(for: shape, size: box.size), seed: seed)
        switch shape.outline {
        case .ellipse(let center, let rx, let ry):
            return pen.ellipse(
                center: Point(center.x * scale + offset.x, center.y * scale + offset.y),
                radiusX: rx * scale, radiusY: ry * scale, fill: shape.paint.fill)
        case .path(let path):
            return pen.path(path.transformed(scale: scale, offset: offset), fill: shape.paint.fill)
        }
    }
}
