import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// People acting together: whoever hugs, carries, reads to or comforts someone stands beside them and turns to
/// them, the other turns back, and a hand that touches lands on the other person.
extension SceneLayout {
    /// Actions that join two bodies: the pair stands touching or overlapping.
    static let touching: Set<Action> = [.hugging, .holdingHands, .handOnShoulder, .comforting, .giving]
    /// Actions where one person is drawn in the other's arms or on their lap, not beside them.
    static let held: Set<Action> = [.carrying, .onLap]

    /// The scene made ready for acting together: whoever is hugged hugs back, whoever holds hands holds back,
    /// whoever is handed something reaches for it; each pair stands side by side (the partner moves next to
    /// whoever acts); someone at a thing stands at the end beside the things; a baby too young to sit who lies
    /// where the scene has no bed gets a cot. Bubbles follow their speakers.
    static func acted(_ scene: SceneContent) -> SceneContent {
        var out = scene
        func index(_ id: String?) -> Int? { id.flatMap { id in out.people.firstIndex { $0.id == id } } }
        // A hug given to a baby is carrying them; hugs, held hands and things handed over go both ways.
        for i in out.people.indices {
            guard let j = index(out.people[i].partner) else { continue }
            let action = out.people[i].action
            if action == .hugging, out.people[j].looks.age == .baby {
                out.people[i].action = .carrying
                continue
            }
            let idle: Set<Action> = [.standing, .crying, .talking, .walking]
            if [.hugging, .holdingHands, .giving].contains(action), idle.contains(out.people[j].action),
                out.people[j].partner == nil, [.standing, .walking].contains(out.people[j].posture)
            {
                out.people[j].action = action
                out.people[j].partner = out.people[i].id
            }
            if action == .onLap {
                // Whoever has a child on their lap sits, arms round them.
                out.people[j].posture = .sitting
                if idle.contains(out.people[j].action), out.people[j].partner == nil {
                    out.people[j].action = .carrying
                    out.people[j].partner = out.people[i].id
                }
            }
        }
        // Pairs stand side by side; a child held by one of them may stand between (they are drawn in the arms).
        func apart(_ a: Int, _ p: Int) -> Bool {
            let between = (min(a, p) + 1)..<max(a, p)
            return between.contains { k in
                let id = out.people[k].id
                let isHeld = held.contains(out.people[k].action) || out.people.contains { $0.action == .carrying && $0.partner == id }
                return !isHeld
            }
        }
        for i in out.people.indices {
            let actor = out.people[i].id
            guard let a = index(actor), let p = index(out.people[a].partner), apart(a, p) else { continue }
            let partner = out.people.remove(at: p)
            let at = index(actor)!
            out.people.insert(partner, at: p > at ? at + 1 : at)
        }
        // Someone at a thing in the picture stands at the end of the row, beside the things.
        if let k = out.people.firstIndex(where: { p in p.anchor.map { scene.things.contains($0) } ?? false }),
            out.people[k].partner == nil, !out.people.contains(where: { $0.partner == out.people[k].id })
        {
            out.people.append(out.people.remove(at: k))
            if let thing = out.people.last?.anchor, let t = out.things.firstIndex(of: thing) {
                out.things.insert(out.things.remove(at: t), at: 0)
            }
        }
        // A baby lying down with nowhere to lie lies in a cot.
        if out.people.contains(where: { $0.action == .lyingInBed && $0.looks.age == .baby && $0.anchor == nil }),
            !out.things.contains(where: { ["cot", "bed", "sofa"].contains($0) })
        {
            out.things.append("cot")
        }
        out.bubbles = scene.bubbles.compactMap { b in
            var b = b
            guard scene.people.indices.contains(b.speaker), let k = index(scene.people[b.speaker].id) else { return nil }
            b.speaker = k
            return b
        }
        return out
    }

    /// The index of the person `i` is held by (carried, or on whose lap they sit), or of the person they hold.
    static func holder(of i: Int, in scene: SceneContent) -> Int? {
        let p = scene.people[i]
        if p.action == .onLap, let j = scene.people.firstIndex(where: { $0.id == p.partner }) { return j }
        return scene.people.firstIndex { $0.action == .carrying && $0.partner == p.id }
    }

    /// Whether `i` is drawn in someone's arms or on their lap rather than standing in the row.
    static func isHeld(_ i: Int, in scene: SceneContent) -> Bool { holder(of: i, in: scene) != nil }

    /// Whether two neighbours in the row touch: one acts on the other with a touching action, or both hug or
    /// hold hands (the older way of writing it, without a partner).
    static func touch(_ a: ScenePerson, _ b: ScenePerson) -> Bool {
        if a.partner == b.id && touching.contains(a.action) { return true }
        if b.partner == a.id && touching.contains(b.action) { return true }
        return a.partner == nil && b.partner == nil && [Action.hugging, .holdingHands].contains(a.action)
            && [Action.hugging, .holdingHands].contains(b.action)
    }

    /// People turn to whoever they act on, and back to whoever acts on them; hugging, hand-holding and talking
    /// neighbours turn to each other; a speaker turns to the others and everyone else to the speaker, so the
    /// eyes of the picture lead to what happens. A scene with nobody acting and nobody speaking faces the reader.
    func facingFor(_ i: Int, in scene: SceneContent) -> Facing {
        let people = scene.people
        func toward(_ j: Int) -> Facing { j > i ? .right : j < i ? .left : .front }
        if let j = people.firstIndex(where: { $0.id == people[i].partner }) { return toward(j) }
        if let partner = people[i].partner, let side = outside[partner] { return side }
        if let j = people.firstIndex(where: { $0.partner == people[i].id }) { return toward(j) }
        let social: Set<Action> = [.hugging, .holdingHands, .talking]
        if social.contains(people[i].action) {
            if i + 1 < people.count, social.contains(people[i + 1].action), people[i + 1].partner == nil { return .right }
            if i > 0, social.contains(people[i - 1].action), people[i - 1].partner == nil { return .left }
        }
        guard people.count > 1, let speaker = scene.bubbles.first(where: { $0.kind == .speech })?.speaker,
            people.indices.contains(speaker)
        else { return .front }
        if speaker != i { return toward(speaker) }
        // The speaker turns to the side where more of the others stand.
        let right = people.indices.filter { $0 > i }.count, left = people.indices.filter { $0 < i }.count
        return right == left ? .front : right > left ? .right : .left
    }

    /// Where a reaching hand goes, as an offset from the reacher's feet in adult heights: onto the near shoulder
    /// of whoever they touch, or, handing something over, to the middle between the two at the other's hand height.
    func reach(_ i: Int, in scene: SceneContent, centres: [Double], height: Double, seat: (Int) -> FigurePose) -> Point? {
        let person = scene.people[i]
        guard [.handOnShoulder, .comforting, .giving].contains(person.action),
            let j = scene.people.firstIndex(where: { $0.id == person.partner }), centres.indices.contains(j)
        else { return nil }
        let side: Double = centres[j] > centres[i] ? -1 : 1
        let other = scene.people[j]
        let shoulder = FigureArtist.shoulder(of: other.looks, height: height, pose: seat(j), side: side)
        let dx = centres[j] - centres[i]
        if person.action == .giving {
            let hand = shoulder.y + (0 - shoulder.y) * 0.45
            return Point(dx / 2 / height, hand / height)
        }
        return Point((dx + shoulder.x) / height, shoulder.y / height)
    }
}

extension SceneLayout {
    /// How big a held thing is drawn, in adult heights: a phone at the ear small enough to leave the face seen.
    static let phoneAtEarSize = 0.085

    /// The posture a person is drawn in, with the height of the seat they sit on: the setting's seat anchor when
    /// the words name one, the floor for `sits: floor`, a chair's height otherwise.
    func pose(of person: ScenePerson) -> FigurePose {
        guard person.posture == .sitting else { return FigurePose(person.posture == .lying ? .standing : person.posture) }
        if person.anchor == "floor" { return FigurePose(.sitting, seat: 0) }
        let seat = person.anchor.flatMap { seatHeights[$0] } ?? seatHeights["seat"] ?? FigurePose.chairSeat
        return FigurePose(.sitting, seat: seat)
    }

    /// Someone in another's arms or on their lap: a baby or small child carried against the chest sits in the
    /// carrier's arms; a child on a lap sits on the thighs with their feet towards the floor.
    func heldFigure(
        _ person: ScenePerson, on holder: Figure, holder holderPerson: ScenePerson, ground: Double, height: Double,
        facing: Facing, seed: UInt32
    ) -> FigureSymbol {
        let lap = holder.lap
        if person.action == .onLap {
            let seat = max(0, (ground - lap.y) / height - 0.02)
            return FigureSymbol(person, feet: Point(lap.x, ground), height: height, facing: facing, seed: seed, pose: FigurePose(.sitting, seat: seat))
        }
        // Carried: seated in the arms, the seat of the child at the carrier's hands.
        let pose = person.looks.age == .baby ? FigurePose() : FigurePose(.sitting, seat: 0)
        let drop = person.looks.age == .baby ? 0.02 * height : 0.01 * height
        return FigureSymbol(person, feet: Point(lap.x, lap.y + drop), height: height, facing: facing, seed: seed, pose: pose)
    }

    /// Where a held thing is drawn: a phone at the ear (the raised hand), a book between a reader's hands, a
    /// thing handed over in the hand held out, anything else in the hand on the outside of the group.
    func heldBox(
        _ name: String, picture: AssetPicture, person: ScenePerson, index i: Int, hand: (left: Point, right: Point),
        count: Int, height: Double, facing: Facing
    ) -> Rect {
        let raised = hand.left.y < hand.right.y ? hand.left : hand.right
        let outer = i == 0 && count > 1 ? hand.left : hand.right
        var point: Point
        var size = height * Self.heldSize
        switch person.action {
        case .phoning where name == "phone":
            point = raised
            size = height * Self.phoneAtEarSize
        case .readingTo:
            point = Point((hand.left.x + hand.right.x) / 2, min(hand.left.y, hand.right.y) - height * 0.02)
        case .giving:
            point = facing == .left ? hand.left : hand.right
        case .talking:
            point = raised
        default:
            point = outer
        }
        return Rect(x: point.x - size / 2, y: point.y - size / 2, width: size, height: size).aspectFit(picture.viewBox.size)
    }

    /// A chair under someone sitting where the place has no seat: its seat's top (55% down the chair picture) at
    /// the sitter's seat height, its legs on the ground.
    func chairItem(_ chair: AssetPicture, under feet: Point, seat: Double) -> FrameItem {
        let height = seat / 0.45
        let width = height * chair.viewBox.width / max(chair.viewBox.height, 1)
        let box = Rect(x: feet.x - width / 2, y: feet.y - height, width: width, height: height)
        return PictureSymbol.item(chair, name: "chair", in: box, seed: StableHash.seed("thing", "chair"), strokeWidth: 2 * unit)
    }

    /// Refuses what the words ask for but a picture cannot show, rather than drawing something else: a grown-up
    /// or a teenager carried or on a lap, a baby carrying or holding someone on their lap.
    static func checkActions(_ scene: SceneContent) throws(LayoutError) {
        let small: Set<AgeGroup> = [.baby, .toddler, .child]
        for person in scene.people where [Action.carrying, .onLap].contains(person.action) {
            guard let partner = scene.people.first(where: { $0.id == person.partner }) else { continue }
            let (holder, child) = person.action == .carrying ? (person, partner) : (partner, person)
            let name = { (p: ScenePerson) in p.label ?? p.id }
            if !small.contains(child.looks.age) {
                throw .cannotDraw(
                    what: "\(name(holder)) cannot be drawn holding \(name(child)) in their arms or on their lap: only a baby or a child is held",
                    fix: "write 'hugs:' or 'hand_on_shoulder:' instead", origin: person.location?.description)
            }
            if [AgeGroup.baby, .toddler].contains(holder.looks.age) {
                throw .cannotDraw(
                    what: "\(name(holder)) is too young to be drawn holding \(name(child))",
                    fix: "let a grown-up carry them, or write 'holds_hands:'", origin: person.location?.description)
            }
        }
    }
}
