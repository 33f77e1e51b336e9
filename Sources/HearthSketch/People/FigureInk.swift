import Foundation
import HearthGeometry

/// The pens a figure is drawn with, sized to it: one hand for outlines, a finer one for faces, and the two-pen
/// trick that draws a limb as a thick coloured stroke with an ink edge.
///
/// Every part of a figure gets its own pen seeded from the figure's seed and the part's number, so a new feeling
/// redraws the face and arms but leaves the hair and clothes exactly as they were.
struct FigureInk: Hashable, Sendable {
    var scale: Double
    var seed: UInt32
    /// Outline width of body, clothes and hair.
    var outline: Double
    /// Line width of eyes, brows and mouth, from the head's size so small faces stay crisp.
    var feature: Double

    init(plan: BodyPlan, seed: UInt32) {
        scale = plan.scale
        self.seed = seed
        outline = 1.15 * pow(max(scale, 0.05), 0.6)
        feature = min(max(0.08 * plan.head, 0.5), outline * 1.1)
    }

    /// The usual outline pen, with its own seed for a numbered part.
    func pen(_ part: Part, ink: Color = PenStyle.defaultInk) -> RoughPen {
        RoughPen(style: style(width: outline, ink: ink), seed: seed(part))
    }

    /// A calm pen for faces and small details: one pass, as a second would only thicken lines this small.
    func finePen(_ part: Part, width: Double? = nil, ink: Color = PenStyle.defaultInk) -> RoughPen {
        var style = style(width: width ?? feature, ink: ink)
        style.roughness = 0.45
        style.maxRandomnessOffset = 0.5 * scale
        style.multiStroke = false
        style.curveStepCount = 6
        return RoughPen(style: style, seed: seed(part))
    }

    func style(width: Double, ink: Color) -> PenStyle {
        PenStyle(
            strokeWidth: width, roughness: 0.85, bowing: 0.7, maxRandomnessOffset: 0.9 * scale, curveStepCount: 7,
            ink: ink)
    }

    /// A seed for one part: the figure's seed mixed with the part number, never 0.
    func seed(_ part: Part) -> UInt32 {
        let mixed = (UInt64(seed) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(part.rawValue) &* 0xBF58_476D_1CE4_E5B9)
        return UInt32(truncatingIfNeeded: mixed >> 29) | 1
    }

    /// A thick stroke through the points in `color` with an ink edge: arms, legs, braids, a crutch.
    ///
    /// The same seed draws the ink first at the full width, then the colour narrower on the very same wobble, so
    /// the edge is an even line either side.
    func limb(_ points: [Point], width: Double, color: Color, part: Part, edge: Double? = nil) -> Drawing {
        let rim = edge ?? outline
        var style = style(width: width + 2 * rim, ink: PenStyle.defaultInk)
        style.maxRandomnessOffset = 0.5 * scale
        style.roughness = 0.7
        style.multiStroke = false
        var under = RoughPen(style: style, seed: seed(part))
        style.strokeWidth = width
        style.ink = color
        var over = RoughPen(style: style, seed: seed(part))
        return stroke(&under, points) + stroke(&over, points)
    }

    private func stroke(_ pen: inout RoughPen, _ points: [Point]) -> Drawing {
        points.count == 2 ? pen.line(from: points[0], to: points[1]) : pen.curve(through: points)
    }

    /// The parts of a figure, each with its own stream of random numbers.
    enum Part: UInt32 {
        case body = 1, legs, torso, clothes, head, face, hair, hairFront, covering, glasses, hearingAid, beard
        case leftArm, rightArm, leftHand, rightHand, props, wheelchair, crutches, marks, bed, neck
    }
}
