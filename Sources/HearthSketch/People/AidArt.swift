import Foundation
import HearthGeometry
import HearthLooks

/// Wheelchairs and forearm crutches drawn as part of the person: the chair around them with their hands on the
/// handrims, the crutches held at the grips with the cuffs round the forearms.
struct AidArt {
    var plan: BodyPlan
    var skeleton: Skeleton
    var ink: FigureInk
    var feet: Point
    var frame: Color

    var chair: WheelchairGeometry { WheelchairGeometry(plan: plan, feet: feet) }
    var d: Double { plan.head }

    /// Push handles and backrest, behind the person.
    func chairBack() -> Drawing {
        let g = chair
        var pen = ink.pen(.wheelchair)
        let top = feet.y - g.handleHeight, seat = feet.y - g.seatHeight
        var out = pen.rectangle(
            Rect(x: feet.x - g.handleOffset, y: top + 0.1 * d, width: 2 * g.handleOffset, height: seat - top - 0.1 * d),
            fill: .solid(Color(hex: 0x4A4A58)))
        for s in [-1.0, 1.0] {
            let x = feet.x + s * g.handleOffset
            out += ink.limb([Point(x, seat), Point(x, top), Point(x + s * 0.2 * d, top - 0.08 * d)], width: 0.16 * d, color: frame, part: .wheelchair)
        }
        return out
    }

    /// Seat, side frames, footplate and casters: under the legs.
    func chairUnder() -> Drawing {
        let g = chair
        var pen = ink.pen(.wheelchair)
        let seat = feet.y - g.seatHeight
        var out = Drawing()
        for s in [-1.0, 1.0] {
            let caster = Point(feet.x + s * g.casterOffset, feet.y - g.casterRadius)
            out += ink.limb(
                [Point(feet.x + s * (g.wheelOffset - g.wheelRadiusX * 0.6), seat + 0.1 * d), Point(caster.x, caster.y - g.casterRadius * 1.3)],
                width: 0.14 * d, color: frame, part: .wheelchair)
            out += pen.circle(center: caster, radius: g.casterRadius, fill: .solid(PeoplePalette.tyre))
        }
        let plate = feet.y - g.footplateHeight
        out += pen.rectangle(
            Rect(x: feet.x - g.casterOffset, y: plate - 0.04 * d, width: 2 * g.casterOffset, height: 0.12 * d),
            fill: .solid(frame))
        out += pen.rectangle(
            Rect(x: feet.x - g.wheelOffset + g.wheelRadiusX * 0.4, y: seat - 0.02 * d, width: 2 * (g.wheelOffset - g.wheelRadiusX * 0.4), height: 0.2 * d),
            fill: .solid(frame))
        return out
    }

    /// The big wheels with tyres, handrims, spokes and hubs, either side of the person.
    func wheels() -> Drawing {
        let g = chair
        var out = Drawing()
        var tyre = ink.pen(.wheelchair)
        tyre.style.strokeWidth = ink.outline * 2.2
        tyre.style.ink = PeoplePalette.tyre
        var fine = ink.finePen(.wheelchair, width: ink.outline * 0.8)
        for s in [-1.0, 1.0] {
            let c = g.hub(s)
            out += tyre.ellipse(center: c, radiusX: g.wheelRadiusX, radiusY: g.wheelRadius)
            var rim = ink.finePen(.wheelchair, width: ink.outline * 1.1, ink: Color(hex: 0x8A92A0))
            out += rim.ellipse(center: c, radiusX: g.wheelRadiusX * 0.8, radiusY: g.wheelRadius * 0.8)
            for k in 0..<3 {
                let a = Double(k) * Double.pi / 3 + 0.3
                let dx = g.wheelRadiusX * 0.78 * cos(a), dy = g.wheelRadius * 0.78 * sin(a)
                out += fine.line(from: Point(c.x - dx, c.y - dy), to: Point(c.x + dx, c.y + dy))
            }
            out += fine.circle(center: c, radius: 0.12 * d, fill: .solid(frame))
        }
        return out
    }

    /// Crutch tubes from the ground to the grips and on up to the cuffs: drawn before the arms.
    func crutches() -> Drawing {
        let geometry = CrutchGeometry(plan: plan, feet: feet)
        var out = Drawing()
        var pen = ink.pen(.crutches)
        for (s, arm) in [(-1.0, skeleton.leftArm), (1.0, skeleton.rightArm)] where arm.count == 3 {
            let grip = arm[2], cuff = grip.lerp(to: arm[1], 0.62)
            let tip = geometry.tip(s)
            out += ink.limb([tip, grip, cuff], width: 0.14 * d, color: PeoplePalette.metal, part: .crutches)
            out += pen.ellipse(center: Point(tip.x, tip.y - 0.08 * d), radiusX: 0.12 * d, radiusY: 0.1 * d, fill: .solid(PeoplePalette.tyre))
        }
        return out
    }

    /// The cuffs, over the forearms.
    func cuffs() -> Drawing {
        var out = Drawing()
        for arm in [skeleton.leftArm, skeleton.rightArm] where arm.count == 3 {
            let grip = arm[2], cuff = grip.lerp(to: arm[1], 0.62)
            let along = arm[1] - grip
            let length = max(along.x * along.x + along.y * along.y, 1e-12).squareRoot()
            let across = Point(-along.y / length, along.x / length) * (plan.armWidth * 0.75)
            out += ink.limb([cuff - across, cuff + across], width: 0.16 * d, color: Color(hex: 0x6F7784), part: .crutches, edge: ink.outline * 0.6)
        }
        return out
    }
}
