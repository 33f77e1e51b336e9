import HearthGeometry
import HearthLooks

/// Draws people from parameters: looks, a feeling, an action. Pure seeded geometry, so the same person with the
/// same seed is drawn the same on every page, and a child sees their social worker look the same throughout.
///
/// Faces and poses together carry the feeling; mobility aids, hearing aids and head coverings are part of the
/// person, drawn as capable and ordinary as everything else.
public enum FigureArtist {
    /// A figure standing on `feet` (for a lying figure, the middle of the bed under it: see `bedHeight`).
    ///
    /// `height` is the height the figure would have as an adult; children and babies are shorter by their age's
    /// proportion, so people drawn at one `height` stand together at their true relative sizes.
    public static func draw(
        _ looks: PersonLooks, feeling: Feeling, action: Action = .standing, crying: Bool = false, feet: Point,
        height: Double, facing: Facing = .front, seed: UInt32, pose: FigurePose = FigurePose()
    ) -> Figure {
        let plan = BodyPlan(looks, adultHeight: usable(height))
        let ink = FigureInk(plan: plan, seed: seed)
        let tears = crying || action == .crying
        if action == .lyingInBed || pose.posture == .lying {
            return LyingArt(
                looks: looks, plan: plan, feeling: feeling, crying: tears, feet: feet,
                headSide: facing == .right ? 1 : -1, ink: ink
            ).figure()
        }
        let skeleton = Skeleton.make(
            looks, plan: plan, feeling: feeling, action: action, crying: crying, feet: feet, facing: facing, pose: pose)
        let g = skeleton.gestureSide
        let head = HeadArt(
            looks: looks, head: skeleton.head, ink: ink, feeling: feeling, talking: action == .talking,
            side: g, lying: false)
        let outfit = Outfit(looks)
        let body = BodyArt(plan: plan, skeleton: skeleton, ink: ink, outfit: outfit, skin: head.skin)
        let role = RoleArt(
            looks: looks, plan: plan, skeleton: skeleton, ink: ink, prop: HeldProp.carried(by: looks, action: action))
        let aids = AidArt(
            plan: plan, skeleton: skeleton, ink: ink, feet: feet, frame: PeoplePalette.wheelchair(with: looks.clothes))
        let seated = skeleton.stance == .seatedInWheelchair
        let crutches = looks.mobility == .crutches && skeleton.stance == .standing

        let marks = BodyMarks(skeleton: skeleton, plan: plan, ink: ink, feeling: feeling, looks: looks, action: action)
        var out = marks.behind()
        if seated { out += aids.chairBack() }
        out += head.behind()
        if seated { out += aids.chairUnder() }
        out += body.legs()
        if !head.hijab { out += body.neck() }
        out += skeleton.leaning(body.torso() + role.onClothes())
        out += head.drape()
        out += head.front()
        if seated { out += aids.wheels() }
        if crutches { out += aids.crutches() }
        out += role.heldProp()
        out += body.arms()
        if crutches { out += aids.cuffs() }
        out += marks.over()
        out += FeelingMarks.upright(head: skeleton.head, ink: ink, feeling: feeling, crying: tears, gesture: g, action: action)
            .draw()

        let bounds = out.bounds ?? Rect(x: feet.x, y: feet.y, width: 0, height: 0)
        return Figure(
            drawing: out, bounds: bounds, face: head.box, mouth: head.face.mouthPoint, leftHand: skeleton.leftHand,
            rightHand: skeleton.rightHand, lap: skeleton.lap)
    }

    /// The size a figure of these looks takes for a given adult height, whatever it feels and whichever way it
    /// faces, so scenes can lay people out before drawing them.
    ///
    /// The box is centred on `feet` with its bottom on the ground (for a lying figure, on the mattress); a pose
    /// that reaches to one side keeps room on both. The ink stays inside it, but for the pen's wobble and line
    /// width (about 2 pt at an 85 pt adult height). The size is proportional to `height`.
    public static func size(of looks: PersonLooks, action: Action, height: Double) -> Size {
        // Every pose and feeling is tried, so the answer is worth remembering: scenes ask for each person on
        // each page.
        sizes.value(for: SizeKey(looks: looks, action: action, height: height)) {
            measure(looks, action: action, height: height)
        }
    }

    /// The size a figure takes with one feeling: narrower than the size for any feeling (whose widest gesture
    /// sets the width), so a scene that knows how everyone feels stands them closer and draws them larger. The
    /// width keeps a margin for the pen's wobble and line (`penMargin` of the height on each side).
    public static func size(of looks: PersonLooks, action: Action, feeling: Feeling, crying: Bool, height: Double) -> Size {
        let any = size(of: looks, action: action, height: height)
        guard action != .lyingInBed else { return any }
        let own = sizes.value(for: SizeKey(looks: looks, action: action, height: height, feeling: feeling, crying: crying)) {
            measure(
                looks, action: action, height: height, feelings: [feeling], tears: [crying, crying || action == .crying],
                facings: Facing.allCases)
        }
        return Size(width: min(any.width, own.width + 2 * penMargin * height), height: any.height)
    }

    /// The pen's wobble and half its line beyond a figure's measured reach, as a share of the adult height.
    static let penMargin = 0.04

    private struct SizeKey: Hashable, Sendable {
        var looks: PersonLooks
        var action: Action
        var height: Double
        var feeling: Feeling? = nil
        var crying = false
    }

    private static let sizes = MemoTable<SizeKey, Size>(limit: 4_096)

    private static func measure(
        _ looks: PersonLooks, action: Action, height: Double, feelings: [Feeling] = Feeling.allCases,
        tears: [Bool] = [false, true], facings: [Facing] = [.right]
    ) -> Size {
        let plan = BodyPlan(looks, adultHeight: usable(height))
        if action == .lyingInBed { return LyingArt.size(looks, plan: plan) }
        var half = 0.0, top = 0.0
        for feeling in feelings {
            for crying in tears {
                for facing in facings {
                    let reach = FigureBox.reach(
                        looks, plan: plan, feeling: feeling, action: action, crying: crying, facing: facing)
                    half = max(half, reach.half)
                    top = max(top, reach.top)
                }
            }
        }
        return Size(width: 2 * half, height: top)
    }

    /// The height of the box scenes draw the `bed` picture in, as a share of `height`. A figure `.lyingInBed` is
    /// drawn to lie on that bed: head on its pillow, under a blanket along its mattress, when `feet` is the middle
    /// of the box, 55% of the way down, and the box is wider than the bed (about `1.24 × bedHeight × height`).
    public static let bedHeight = 0.8

    /// Heights that cannot be drawn (zero, negative, not a number) are drawn as the smallest sensible figure.
    static func usable(_ height: Double) -> Double {
        height.isFinite && height > 1e-6 ? height : 1e-6
    }
}

extension FigureArtist {
    /// Where a figure's shoulder on one side is, as an offset from its feet (y up the page is negative), for
    /// another person's hand to rest on it.
    public static func shoulder(
        of looks: PersonLooks, action: Action = .standing, height: Double, pose: FigurePose = FigurePose(), side: Double
    ) -> Point {
        let plan = BodyPlan(looks, adultHeight: usable(height))
        let skeleton = Skeleton.make(
            looks, plan: plan, feeling: .calm, action: action, crying: false, feet: Point(0, 0), facing: .front,
            pose: pose)
        return Point(side * skeleton.shoulderHalf * 0.7, skeleton.shoulderY + 0.05 * plan.head)
    }
}
