import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// Lays a scene out in its slot: the place behind, people standing on one ground line with their names under
/// their feet, things beside them, and speech or thought bubbles above their heads. No face, bubble or name
/// overlaps another, whatever the slot's size.
public struct SceneLayout {
    public var measurer: any TextMeasurer
    public var assets: [String: AssetPicture]
    /// Points per design unit, for pen weights and the smallest type.
    public var unit: Double
    /// Only find the height people would be drawn at in a setting, drawing nothing: how a booklet chooses its
    /// scale without drawing every picture twice.
    var measuresOnly = false
    /// Seat heights of the setting's anchors, in adult heights above the floor, by anchor name (`seat` for the
    /// room's usual seat), so people sit on the sofa or chair the words put them on.
    var seatHeights: [String: Double] = [:]
    /// People whose seat the setting puts under them (the room is moved so); everyone else who sits on a seat
    /// gets a chair drawn under them, so nobody sits on air.
    var seated: Set<String> = []
    /// Which way to turn towards people drawn outside the row (someone lying in bed beside it), by id.
    var outside: [String: Facing] = [:]
    /// The part of the slot the people and their words keep to, when something else takes the rest (a decision's
    /// card); the setting still fills the whole slot.
    var rowLimit: Rect? = nil
    /// The part of the slot speech and thought bubbles keep to, when something else takes the rest of the space
    /// above the heads (a decision's card).
    var wordsLimit: Rect? = nil
    /// The gap between neighbours who do not touch, in adult heights, when a crowd's back row stands shoulder to
    /// shoulder; nil for the usual ``gap``.
    var crowdGap: Double? = nil
    /// How much of a vehicle's length stays in a street's picture (its front end); the rest runs off the edge.
    var vehicleShown: Double = 1
    /// What a screen reader says for a bubble, a cloud, a crossed-out corner or a phone window, in the booklet's
    /// language.
    public var words: PictureWords = .english

    public init(measurer: any TextMeasurer, assets: [String: AssetPicture], unit: Double = 1) {
        self.measurer = measurer
        self.assets = assets
        self.unit = unit
    }

    /// Gap between people, in adult heights; pairs who hug or hold hands stand closer.
    static let gap = 0.16
    static let closeGap = -0.01
    /// How far a hugging pair's figure boxes overlap, as a share of the narrower: enough for bodies to touch.
    static let hugOverlap = 0.3
    static let skyThings: Set<String> = ["sun", "cloud", "rain", "star", "heart"]
    /// The least an adult may measure, in design units, before a scene is refused rather than drawn too small.
    static let smallestAdult = 24.0

    /// - Parameter figureHeight: the most an adult may measure, so scenes side by side can share one scale.
    public func place(_ scene: SceneContent, in slot: Rect, figureHeight: Double? = nil) throws(LayoutError) -> PlacedScene {
        // The grammar of pages that are not events: a goal framed as "one day", a worry's "what if" cloud, a
        // rule's crossed-out corner (SceneLayout+OneDay, +WhatIf, +Inset).
        if scene.oneDay, !measuresOnly { return try placeOneDay(scene, in: slot, figureHeight: figureHeight) }
        // A decision: the people on one side, the card of what was decided on the other (SceneLayout+Decision).
        if scene.decision != nil, !measuresOnly { return try placeDecision(scene, in: slot, figureHeight: figureHeight) }
        var plain = scene
        plain.whatIf = nil
        plain.crossedOut = []
        plain.phoned = []
        var placed = try placeScene(plain, in: slot, figureHeight: figureHeight)
        guard !measuresOnly else { return placed }
        if !scene.crossedOut.isEmpty { try addCrossedOut(scene.crossedOut, in: slot, to: &placed) }
        if let whatIf = scene.whatIf {
            // No room above the heads: the people are drawn a little smaller until the cloud fits.
            var height = placed.figureHeight
            while try !addWhatIf(whatIf, in: slot, to: &placed) {
                height *= 0.88
                guard height >= Self.smallestAdult * unit else { break }
                placed = try placeScene(plain, in: slot, figureHeight: height)
                if !scene.crossedOut.isEmpty { try addCrossedOut(scene.crossedOut, in: slot, to: &placed) }
            }
        }
        if !scene.phoned.isEmpty {
            // Whoever is phoned from away: a window beside the caller; the people a little smaller until it fits,
            // and without it (the phone at the caller's ear still says "a call") where it never does.
            let before = placed
            var height = placed.figureHeight
            while try !addPhoned(scene.phoned, scene: Self.partnered(Self.acted(plain)), in: slot, to: &placed) {
                height *= 0.9
                guard height >= before.figureHeight * 0.7, height >= Self.smallestAdult * unit else {
                    placed = before
                    break
                }
                placed = try placeScene(plain, in: slot, figureHeight: height)
                if !scene.crossedOut.isEmpty { try addCrossedOut(scene.crossedOut, in: slot, to: &placed) }
                if let whatIf = scene.whatIf { _ = try addWhatIf(whatIf, in: slot, to: &placed) }
            }
        }
        return placed
    }

    func placeScene(_ scene: SceneContent, in slot: Rect, figureHeight: Double?) throws(LayoutError) -> PlacedScene {
        try Self.checkActions(scene)
        let scene = Self.partnered(Self.acted(scene))
        if let setting = SettingChoice.setting(for: scene, in: assets) {
            return try placeInSetting(scene, setting: setting, in: slot, figureHeight: figureHeight)
        }
        try Self.checkAnchors(scene, setting: nil)
        let slot = rowLimit ?? slot
        if measuresOnly {
            // Without a setting, a crowd's two rows need the drawn figures, so such a picture is laid out in full.
            var full = self
            full.measuresOnly = false
            return try full.placeScene(scene, in: slot, figureHeight: figureHeight)
        }
        let oneRow = try placeInOneRow(scene, in: slot, figureHeight: figureHeight)
        return inTwoRows(scene, in: slot, figureHeight: figureHeight, unlessSmallerThan: oneRow) ?? oneRow
    }

    /// A crowd in one row is drawn small with empty space above and below; five or more people with nothing to
    /// say stand in two rows instead, like a family photograph (grown-ups behind, children in front), when that
    /// draws them at least a quarter larger.
    func inTwoRows(_ scene: SceneContent, in slot: Rect, figureHeight: Double?, unlessSmallerThan oneRow: PlacedScene)
        -> PlacedScene?
    {
        guard let (back, front) = Self.rows(of: scene) else { return nil }
        let gap = slot.height * 0.03
        let backSlot = Rect(x: slot.minX, y: slot.minY, width: slot.width, height: (slot.height - gap) / 2)
        let frontSlot = Rect(x: slot.minX, y: backSlot.maxY + gap, width: slot.width, height: backSlot.height)
        guard let b = try? placeInOneRow(back, in: backSlot, figureHeight: figureHeight),
            let f = try? placeInOneRow(front, in: frontSlot, figureHeight: figureHeight)
        else { return nil }
        let height = min(b.figureHeight, f.figureHeight)
        // The row that set the shared height is already laid out at it; only the other is laid out again.
        guard height >= oneRow.figureHeight * 5 / 4,
            var placed = b.figureHeight <= height ? b : try? placeInOneRow(back, in: backSlot, figureHeight: height),
            var lower = f.figureHeight <= height ? f : try? placeInOneRow(front, in: frontSlot, figureHeight: height),
            let backBottom = placed.bounds?.maxY, let frontTop = lower.bounds?.minY
        else { return nil }
        // The front row stands just below the names of the row behind, so the two read as one group.
        lower.move(by: backBottom + height * 0.08 - frontTop)
        if let whole = placed.bounds.map({ b in lower.bounds.map { b.union($0) } ?? b }) {
            // The group sits in the middle of the slot's height.
            let dy = (slot.midY - whole.midY).rounded()
            placed.move(by: dy)
            lower.move(by: dy)
        }
        placed.items += lower.items
        placed.figures += lower.figures
        placed.faces += lower.faces
        placed.mouths += lower.mouths
        placed.bubbles += lower.bubbles
        placed.labels += lower.labels
        placed.pictures += lower.pictures
        placed.facings += lower.facings
        placed.hands += lower.hands
        placed.held.merge(lower.held) { a, _ in a }
        placed.figureHeight = height
        return placed
    }

    /// Small things a hand can hold, and the size they are held at, in adult heights.
    static let holdable: Set<String> = ["phone", "book", "glass", "medicine", "teddy", "ball"]
    static let heldSize = 0.17

    /// Who holds each small thing, by person index: a child holds the teddy or the ball, whoever speaks holds the phone,
    /// otherwise the person nearest the end of the row. Only someone standing or talking with a hand free holds
    /// anything (not a baby, nobody hugging, lying down, in a wheelchair or on crutches), each at most one thing,
    /// and people carrying a folder or a book for their job only when nobody else can. A thing nobody can hold
    /// stays on the ground.
    static func holders(of things: [String], in scene: SceneContent) -> [String: Int] {
        let people = scene.people
        func free(_ i: Int) -> Bool {
            let p = people[i]
            let hands: Set<Action> = [.standing, .talking, .sitting, .walking, .kneeling, .phoning, .readingTo, .giving]
            return hands.contains(p.action) && p.looks.age != .baby && p.looks.mobility == nil
        }
        var taken: Set<Int> = []
        var out: [String: Int] = [:]
        // What the words put in someone's hands first: the phone of whoever phones, the book of whoever reads, the
        // thing someone holds or hands over.
        for (i, p) in people.enumerated() {
            let name = p.holding ?? (p.action == .phoning ? "phone" : p.action == .readingTo ? "book" : nil)
            guard let name, things.contains(name), out[name] == nil, !taken.contains(i) else { continue }
            out[name] = i
            taken.insert(i)
        }
        let speakers = scene.bubbles.filter { $0.kind == .speech }.map(\.speaker)
        for name in things where holdable.contains(name) && out[name] == nil {
            var order = Array(people.indices.reversed())
            if name == "phone" { order = speakers + order }
            if name == "teddy" || name == "ball" {
                order = order.filter { people[$0].looks.age == .child || people[$0].looks.age == .toddler } + order
            }
            // People with a prop for their job come last.
            order = order.filter { people[$0].looks.role == nil } + order.filter { people[$0].looks.role != nil }
            // Someone acting on another person keeps their hands for it.
            let busy: Set<Action> = [.phoning, .readingTo, .giving]
            if let i = order.first(where: {
                people.indices.contains($0) && free($0) && !taken.contains($0) && !busy.contains(people[$0].action)
            }) {
                out[name] = i
                taken.insert(i)
            }
        }
        return out
    }

    /// How much of the picture's width the place takes. It gives way as the group grows: five or more people
    /// fill the picture themselves.
    static func placeShare(_ scene: SceneContent) -> Double {
        let crowd = Double(scene.people.count + scene.things.count)
        return scene.people.isEmpty && scene.things.isEmpty ? 1.0 : 0.38 - 0.06 * max(0, crowd - 2)
    }

    /// Below this share the place is left out.
    static let smallestPlaceShare = 0.15

    /// The people of a scene split into a back row and a front row, or nil when the scene should stay one row.
    ///
    /// Only children stand in front, as in a family photograph; the grown-ups stand behind, family first and
    /// people who are there for their job (a social worker, a teacher) at the end, so no picture puts the children
    /// with one parent, or with a professional, apart from the others. A group of grown-ups only splits in
    /// story order. One row stays when there are fewer than five people, words to say (bubbles sit above one row
    /// of heads), someone lying down, or a hug or held hand that would cross the rows. The place and things go
    /// with the back row; a heart goes with the row of the person it belongs to.
    static func rows(of scene: SceneContent) -> (back: SceneContent, front: SceneContent)? {
        let people = scene.people
        guard people.count >= 5, scene.bubbles.isEmpty, !people.contains(where: { $0.action == .lyingInBed }) else {
            return nil
        }
        let young: Set<AgeGroup> = [.baby, .toddler, .child]
        let joined: Set<Action> = [.hugging, .holdingHands]
        var inFront = people.map { young.contains($0.looks.age) }
        let children = inFront.filter { $0 }.count
        if children == 0 {
            inFront = people.indices.map { $0 >= (people.count + 1) / 2 }
        } else if children == people.count {
            return nil
        }
        for i in people.indices.dropFirst()
        where joined.contains(people[i - 1].action) && joined.contains(people[i].action) && inFront[i] != inFront[i - 1] {
            return nil
        }
        var back = scene, front = scene
        let grownUps = people.indices.filter { !inFront[$0] }
        back.people = grownUps.filter { people[$0].looks.role == nil }.map { people[$0] }
            + grownUps.filter { people[$0].looks.role != nil }.map { people[$0] }
        front.people = people.indices.filter { inFront[$0] }.map { people[$0] }
        // Reordering the back row must not part a pair who hug or hold hands.
        let pairs = zip(back.people, back.people.dropFirst()).filter { joined.contains($0.action) && joined.contains($1.action) }.count
        let pairsBefore = zip(grownUps, grownUps.dropFirst()).filter {
            joined.contains(people[$0].action) && joined.contains(people[$1].action)
        }.count
        if pairs != pairsBefore { back.people = grownUps.map { people[$0] } }
        front.place = nil
        front.things = []
        // A place the crowd would have left out stays out: the rows are there to draw the people larger.
        if placeShare(scene) < smallestPlaceShare { back.place = nil }
        if let owner = people.firstIndex(where: { $0.action == .hugging || $0.feeling == .loved }), inFront[owner] {
            front.things = scene.things.filter { $0 == "heart" }
            back.things = scene.things.filter { $0 != "heart" }
        }
        return (back, front)
    }

    /// - Parameter ground: where feet stand (a setting's floor line); nil stands people at the slot's foot, above
    ///   their names.
    func placeInOneRow(
        _ scene: SceneContent, in slot: Rect, figureHeight: Double?, ground: Double? = nil, bubbleSlot: Rect? = nil
    ) throws(LayoutError) -> PlacedScene
    {
        // A hug brings two people close; if their faces would touch, they stand a little further apart.
        var last: PlacedScene? = nil
        for overlap in [Self.hugOverlap, Self.hugOverlap / 2, 0, -Self.gap] {
            let placed = try place(scene, in: slot, figureHeight: figureHeight, hugOverlap: overlap, ground: ground, bubbleSlot: bubbleSlot)
            if !placed.facesTouch { return placed }
            last = placed
        }
        return last ?? PlacedScene()
    }

    /// The scene with every hug and held hand given a partner: someone hugging or holding hands with nobody beside
    /// them doing the same would reach into empty air, so they just stand. A baby sits on the ground, out of a
    /// standing grown-up's reach, so a baby is nobody's partner (the hearts of a loved baby still show).
    static func partnered(_ scene: SceneContent) -> SceneContent {
        let joined: Set<Action> = [.hugging, .holdingHands]
        func reaches(_ i: Int) -> Bool {
            scene.people.indices.contains(i) && joined.contains(scene.people[i].action) && scene.people[i].looks.age != .baby
        }
        var out = scene
        for i in scene.people.indices where joined.contains(scene.people[i].action) {
            if !reaches(i) || (!reaches(i - 1) && !reaches(i + 1)) { out.people[i].action = .standing }
        }
        return out
    }

    func place(
        _ scene: SceneContent, in slot: Rect, figureHeight: Double?, hugOverlap: Double, ground floorLine: Double? = nil,
        bubbleSlot: Rect? = nil
    )
        throws(LayoutError) -> PlacedScene
    {
        for name in [scene.place].compactMap({ $0 }) + scene.things where assets[name] == nil {
            throw .unknownPicture(name: name, known: assets.keys.sorted())
        }
        let labelled = scene.people.contains { $0.label != nil }
        // Names that cannot sit side by side at a readable size are staggered on two rows.
        let nameStyle = TextStyle(size: 8 * unit, weight: .bold)
        let nameWidths = scene.people.compactMap(\.label).map { measurer.width(of: $0, style: nameStyle) + 4 * unit }
        let hugs = zip(scene.people, scene.people.dropFirst()).contains { $0.action == .hugging && $1.action == .hugging }
        // People who touch stand closer than their names would let them.
        let reaching = zip(scene.people, scene.people.dropFirst()).contains { a, b in
            Self.touch(a, b) && [Action.handOnShoulder, .comforting, .giving].contains(where: { $0 == a.action || $0 == b.action })
        }
        let staggered = hugs || reaching || nameWidths.reduce(0, +) > slot.width * 0.85
        let lineHeight = measurer.lineMetrics(of: "Mg", style: nameStyle).height
        // A helper named by their job the first time ("Marcus, social worker") has two lines under their feet.
        let nameLines = Double(scene.people.compactMap(\.label).map { Self.labelLines($0).count }.max() ?? 1)
        let labelZone = labelled
            ? max(slot.height * 0.1, ((staggered ? 2 : 1) * nameLines + 0.2) * lineHeight + 4 * unit) : slot.height * 0.02
        let bubbleZone = scene.bubbles.isEmpty ? slot.height * 0.04 : slot.height * 0.32
        let ground = floorLine ?? slot.maxY - labelZone
        // In a setting the document's scale sets the people's height, and bubbles go over the wall above them.
        let top = floorLine == nil ? slot.minY + bubbleZone : slot.minY + slot.height * 0.02
        var placed = PlacedScene()

        // The place stands behind on the left, on the same ground as the people.
        var area = Rect(x: slot.minX, y: top, width: slot.width, height: ground - top)
        let placeShare = Self.placeShare(scene)
        if let name = scene.place, let picture = assets[name], placeShare >= Self.smallestPlaceShare {
            let share = placeShare
            let box = Rect(x: slot.minX, y: top, width: slot.width * share, height: ground - top)
            let fitted = box.aspectFit(picture.viewBox.size)
            let standing = Rect(x: fitted.minX, y: ground - fitted.height, width: fitted.width, height: fitted.height)
            placed.items.append(PictureSymbol.item(picture, name: name, in: standing, seed: StableHash.seed("place", name), strokeWidth: 2 * unit))
            placed.pictures.append(standing)
            area = Rect(x: box.maxX + slot.width * 0.02, y: top, width: slot.maxX - box.maxX - slot.width * 0.02, height: ground - top)
        }

        let lying = scene.people.firstIndex { $0.action == .lyingInBed }
        // Whoever lies down lies in the cot, on the bed, or else on the sofa, when the scene has one.
        let restingPlace = lying == nil ? nil : ["cot", "bed", "sofa"].first { scene.things.contains($0) }
        let held = Self.holders(of: scene.things, in: scene)
        let things = scene.things.filter { $0 != restingPlace && !Self.skyThings.contains($0) && held[$0] == nil }
        let sky = scene.things.filter { Self.skyThings.contains($0) }
        let bedShown = restingPlace != nil
        // Widths of everything on the ground, in adult heights.
        var widths: [Double] = []
        var heights: [Double] = []
        // Widths with arms down, for people who touch and stand closer than their gestures would let them.
        let calmWidths = scene.people.map {
            FigureArtist.size(of: $0.looks, action: .standing, feeling: .calm, crying: false, height: 1).width
        }
        // How far someone held is drawn from their holder's middle (on the hip, or along the thighs), and their
        // own width.
        var heldWidths: [Int: Double] = [:]
        for (i, p) in scene.people.enumerated() {
            // A hand that reaches to someone reaches into their room, not the row's: the reacher takes a standing width.
            let reaches = [Action.handOnShoulder, .comforting, .giving].contains(p.action) && p.partner != nil
            let size = FigureArtist.size(of: p.looks, action: reaches ? .standing : p.action, feeling: p.feeling, crying: p.crying, height: 1)
            if Self.isHeld(i, in: scene) {
                // Held in someone's arms or on their lap: their place in the row only keeps room for their name
                // (and the holder's body beside it: see `half`).
                widths.append(0.1)
                heights.append(size.height)
                heldWidths[i] = size.width
            } else if i == lying && bedShown {
                widths.append(max(size.width, 1.3 * FigureArtist.bedHeight))
                heights.append(max(size.height, FigureArtist.bedHeight))
            } else {
                widths.append(size.width)
                heights.append(size.height)
            }
        }
        for name in things {
            let box = assets[name]?.viewBox.size ?? Size(width: 1, height: 1)
            let thingHeight = assets[name]?.size.heightInAdults ?? AssetSize.medium.heightInAdults
            widths.append(thingHeight * box.width / max(box.height, 0.001))
            heights.append(thingHeight)
        }
        // Centre-to-centre distances: figures keep a gap (pairs who hug overlap their arms), and names must not
        // touch, so small people with long names stand further apart.
        let labelWidths: [Double] = widths.indices.map { i in
            i < scene.people.count ? (scene.people[i].label.map { measurer.width(of: $0, style: nameStyle) } ?? 0) : 0
        }
        let labelShare = staggered ? 0.5 : 1.0
        let heldPair: (Int) -> Bool = { i in
            scene.people.indices.contains(i + 1)
                && (Self.holder(of: i, in: scene) == i + 1 || Self.holder(of: i + 1, in: scene) == i)
        }
        /// Half the room a person takes, in adult heights: someone held takes the part of their holder's body
        /// that reaches past their name's place.
        func half(_ i: Int, _ h: Double) -> Double {
            guard scene.people.indices.contains(i), let k = Self.holder(of: i, in: scene), abs(k - i) == 1 else {
                return widths[i] / 2
            }
            let gap = pairGap(min(i, k), h) / h
            let offset = scene.people[i].action == .onLap ? 0.24 : 0.14
            return max(widths[i] / 2, widths[k] / 2 - gap, (heldWidths[i] ?? 0) / 2 + offset - gap)
        }
        func pairGap(_ i: Int, _ h: Double) -> Double {
            // One body: the names stand side by side under it, at the size names are drawn for this height.
            let drawnSize = min(max(h * 0.11, 9 * unit), 16 * unit) / (8 * unit)
            return (labelWidths[i] + labelWidths[i + 1]) / 2 * labelShare * drawnSize + 6 * unit
        }
        func spacing(_ i: Int, _ h: Double) -> Double {
            let a = scene.people.indices.contains(i) ? scene.people[i].action : .standing
            let b = scene.people.indices.contains(i + 1) ? scene.people[i + 1].action : .standing
            var figureGap: Double
            let touch = scene.people.indices.contains(i + 1) && Self.touch(scene.people[i], scene.people[i + 1])
            if heldPair(i) {
                return pairGap(i, h)
            } else if a == .hugging && b == .hugging {
                figureGap = -min(widths[i], widths[i + 1]) * hugOverlap
            } else if touch, [Action.handOnShoulder, .comforting].contains(a) || [Action.handOnShoulder, .comforting].contains(b) {
                // A hand on a shoulder: the two stand as close as their bodies let them, whatever their other arms
                // do, so the arm reaches.
                let bodies = (calmWidths[i] + calmWidths[i + 1]) / 2 * h - 0.02 * h
                return max(bodies, (labelWidths[i] + labelWidths[i + 1]) / 2 * labelShare + 4 * unit)
            } else if touch || [Action.hugging, .holdingHands].contains(a) && [Action.hugging, .holdingHands].contains(b) {
                figureGap = Self.closeGap
            } else {
                figureGap = crowdGap ?? Self.gap
            }
            let bodies = (half(i, h) + half(i + 1, h)) * h + figureGap * h
            let names = (labelWidths[i] + labelWidths[i + 1]) / 2 * labelShare + 4 * unit
            return max(bodies, names)
        }
        // The outermost figures or names, whichever reaches further, set the ends.
        func leftReach(_ h: Double) -> Double { max(half(0, h) * h, labelWidths[0] / 2 + 2 * unit) }
        func rightReach(_ h: Double) -> Double {
            max(half(widths.count - 1, h) * h, labelWidths[widths.count - 1] / 2 + 2 * unit)
        }
        func span(_ h: Double) -> Double {
            guard !widths.isEmpty else { return 0 }
            let inner = (0..<(widths.count - 1)).reduce(0.0) { $0 + spacing($1, h) }
            return inner + leftReach(h) + rightReach(h)
        }
        let tallest = heights.max() ?? 1
        var height = min(area.height / tallest, figureHeight ?? .infinity)
        if span(height) > area.width {
            var lo = 0.0, hi = height
            for _ in 0..<30 {
                let mid = (lo + hi) / 2
                if span(mid) <= area.width { lo = mid } else { hi = mid }
            }
            height = lo
        }
        // Names so long that the people shrink to nothing: a picture no child would recognise.
        if height < Self.smallestAdult * unit, !scene.people.isEmpty {
            let names = scene.people.compactMap(\.label).joined(separator: ", ")
            throw .doesNotFit(text: names, place: "a picture with its people drawn large enough to see", origin: nil)
        }
        placed.figureHeight = height
        if measuresOnly { return placed }
        var x = area.minX + (area.width - span(height)) / 2
        var centres: [Double] = []
        for i in widths.indices {
            if i == 0 { x += leftReach(height) } else { x += spacing(i - 1, height) }
            centres.append(x)
        }

        var hands: [Int: (left: Point, right: Point)] = [:]
        var drawn: [Int: FigureSymbol] = [:]
        let pose = { (i: Int) in self.pose(of: scene.people[i]) }
        // Holders are drawn before whoever they hold, who is drawn over them in their arms or on their lap.
        let order = scene.people.indices.filter { !Self.isHeld($0, in: scene) } + scene.people.indices.filter { Self.isHeld($0, in: scene) }
        var items: [Int: [FrameItem]] = [:]
        for i in order {
            let person = scene.people[i]
            let w = widths[i] * height
            let x = centres[i] - w / 2
            let seed = StableHash.seed("person", person.id)
            let facing: Facing = facingFor(i, in: scene)
            var figurePose = pose(i)
            figurePose.reach = reach(i, in: scene, centres: centres, height: height, seat: pose)
            if person.posture == .sitting, figurePose.seat > 0, !seated.contains(person.id), !Self.isHeld(i, in: scene),
                let chair = assets["chair"]
            {
                items[i] = [chairItem(chair, under: Point(x + w / 2, ground), seat: figurePose.seat * height)]
            }
            if i == lying, let restingPlace, let bed = assets[restingPlace] {
                let bedBox = Rect(x: x, y: ground - FigureArtist.bedHeight * height, width: w, height: FigureArtist.bedHeight * height)
                items[i] = [PictureSymbol.item(bed, name: restingPlace, in: bedBox, seed: StableHash.seed("thing", restingPlace), strokeWidth: 2 * unit)]
                placed.pictures.append(bedBox)
                drawn[i] = FigureSymbol(
                    person, feet: Point(x + w / 2, bedBox.minY + bedBox.height * 0.55), height: height, facing: facing,
                    seed: seed)
            } else if let k = Self.holder(of: i, in: scene), let holder = drawn[k] {
                drawn[i] = heldFigure(person, on: holder.figure, holder: scene.people[k], ground: ground, height: height, facing: facing, seed: seed)
            } else {
                let figure = FigureSymbol(person, feet: Point(x + w / 2, ground), height: height, facing: facing, seed: seed, pose: figurePose)
                drawn[i] = figure
                hands[i] = (figure.figure.leftHand, figure.figure.rightHand)
            }
        }
        for i in scene.people.indices {
            guard let figure = drawn[i] else { continue }
            placed.facings.append(facingFor(i, in: scene))
            placed.hands.append(hands[i].map { [$0.left, $0.right] } ?? [])
            placed.figures.append(figure.figure.bounds)
            placed.faces.append(figure.figure.face)
            placed.mouths.append(figure.figure.mouth)
        }
        for i in order {
            guard let figure = drawn[i] else { continue }
            placed.items += items[i] ?? []
            placed.items.append(.group(.figure(alt: scene.people[i].label ?? scene.people[i].id), [figure.item]))
        }
        // Things held in a hand, drawn over it: a phone at the ear of whoever phones, a book in a reader's hand.
        for name in scene.things where held[name] != nil {
            guard let i = held[name], let hand = hands[i], let picture = assets[name] else { continue }
            let box = heldBox(name, picture: picture, person: scene.people[i], index: i, hand: hand, count: scene.people.count, height: height,
                facing: facingFor(i, in: scene))
            placed.items.append(PictureSymbol.item(picture, name: name, in: box, seed: StableHash.seed("thing", name), strokeWidth: 2 * unit))
            placed.pictures.append(box)
            placed.held[name] = box
        }
        for (k, name) in things.enumerated() {
            let i = scene.people.count + k
            let w = widths[i] * height, h = heights[i] * height
            let box = Rect(x: centres[i] - w / 2, y: ground - h, width: w, height: h)
            if let picture = assets[name] {
                placed.items.append(PictureSymbol.item(picture, name: name, in: box, seed: StableHash.seed("thing", name), strokeWidth: 2 * unit))
                placed.pictures.append(box)
            }
        }
        let skyFrom = (items: placed.items.count, pictures: placed.pictures.count)
        let placedSky = placeSky(sky, people: scene.people, height: height, area: area, into: &placed)
        let skyTo = (items: placed.items.count, pictures: placed.pictures.count)
        // Names over a setting's floor keep a larger least size: the floor behind them is busier than white paper.
        // A small picture (a storyboard's panel, whose words are a step smaller too) may set them as small as on
        // white: each name has its pale backing.
        let small = slot.height < 180 * unit
        try labels(
            scene, centres: centres, height: height, ground: ground, slot: slot, staggered: staggered,
            smallest: (floorLine == nil || small ? 7 : 8.5) * unit, into: &placed)
        // Bubbles sit just above the heads, however small the people are drawn.
        let headsTop = placed.faces.map(\.minY).min() ?? top
        // In a setting the row may use part of the floor, but words may go anywhere over the wall.
        let wordsSlot = wordsLimit ?? bubbleSlot ?? slot
        try BubbleLayout(measurer: measurer, unit: unit, figureHeight: height, words: words)
            .place(scene.bubbles, zone: Rect(x: wordsSlot.minX, y: wordsSlot.minY, width: wordsSlot.width, height: max(0, headsTop - wordsSlot.minY)),
                   slot: wordsSlot, into: &placed)
        // The sky goes in first so that tails steer round it; a sun, star or cloud a bubble then lands on gives way
        // to the words. Hearts stay: they belong to the people under them, and the bubble keeps its tail off them.
        // (Each sky thing added one item and one picture box, in step.)
        let hearts = Set(sky.indices.filter { sky[$0] == "heart" })
        for k in (0..<(skyTo.pictures - skyFrom.pictures)).reversed() {
            let box = placed.pictures[skyFrom.pictures + k]
            let isHeart = placedSky.indices.contains(k) && hearts.contains(placedSky[k])
            if !isHeart, placed.bubbles.contains(where: { $0.intersects(box) }) {
                placed.pictures.remove(at: skyFrom.pictures + k)
                placed.items.remove(at: skyFrom.items + k)
            }
        }
        return placed
    }

    /// Hearts float just above the heads of the people who feel loved or hug; the sun and stars sit in the top
    /// right, clouds and rain in the top left, each only where it touches no face.
    /// Returns the positions in `names` of the things it placed, in order.
    @discardableResult
    func placeSky(_ names: [String], people: [ScenePerson], height: Double, area: Rect, into placed: inout PlacedScene) -> [Int] {
        let size = height * 0.2
        let peopleSpan = placed.figures.reduce(nil as Rect?) { acc, r in acc.map { $0.union(r) } ?? r }
        var done: [Int] = []
        for (index, name) in names.enumerated() {
            guard let picture = assets[name] else { continue }
            var box: Rect
            if name == "heart", let i = people.firstIndex(where: { $0.action == .hugging || $0.feeling == .loved }),
                i < placed.faces.count
            {
                let faces = placed.faces.enumerated().filter { k, _ in
                    k == i || (k == i + 1 && people.indices.contains(k) && people[k].action == .hugging)
                }.map(\.1)
                let over = faces.dropFirst().reduce(faces[0]) { $0.union($1) }
                let s = size * 0.6
                box = Rect(x: over.midX - s / 2, y: over.minY - s - height * 0.04, width: s, height: s)
            } else if name == "heart", let span = peopleSpan {
                // A heart that is nobody's in particular is the whole group's: it floats above the middle of it,
                // and above the names of a back row written over their heads.
                let headsTop = placed.faces.map(\.minY).min() ?? area.minY
                let crown = placed.labels.filter { $0.maxY <= headsTop + 1 }.map(\.minY).min().map { min($0, headsTop) } ?? headsTop
                let s = size * 0.8
                box = Rect(x: span.midX - s / 2, y: max(area.minY, crown - s - height * 0.06), width: s, height: s)
            } else {
                // Sun and stars above one shoulder of the group, clouds and rain above the other.
                let span = peopleSpan ?? area
                let headsTop = placed.faces.map(\.minY).min() ?? area.minY
                let right = name == "sun" || name == "star"
                box = Rect(
                    x: right ? span.maxX + height * 0.02 : span.minX - size - height * 0.02,
                    y: max(area.minY, headsTop - size * 0.9), width: size, height: size)
                box.x = min(max(box.x, area.minX), area.maxX - size)
            }
            let clashes = (placed.faces + placed.bubbles + placed.pictures + placed.labels).contains { $0.intersects(box) }
            guard !clashes, box.minY >= area.minY - height * 0.3 else { continue }
            placed.items.append(PictureSymbol.item(picture, name: name, in: box, seed: StableHash.seed("thing", name), strokeWidth: 2 * unit))
            placed.pictures.append(box)
            done.append(index)
        }
        return done
    }

    /// A label's lines: a name and, the first time a helper appears, their job under it ("Marcus" / "social
    /// worker", from "Marcus, social worker").
    static func labelLines(_ label: String) -> [String] {
        guard let r = label.firstRange(of: ", ") else { return [label] }
        return [String(label[..<r.lowerBound]), String(label[r.upperBound...])]
    }

    /// Names under the feet, one size for the scene, shrunk until no two touch.
    func labels(
        _ scene: SceneContent, centres: [Double], height: Double, ground: Double, slot: Rect, staggered: Bool,
        smallest: Double, into placed: inout PlacedScene
    ) throws(LayoutError) {
        var size = min(max(height * 0.11, 9 * unit), 16 * unit)
        let names = scene.people.enumerated().compactMap { i, p in p.label.map { (i, $0) } }
        guard !names.isEmpty else { return }
        while true {
            let style = TextStyle(size: size, weight: .bold)
            let jobStyle = TextStyle(size: size * 0.85, weight: .regular)
            let lineHeight = measurer.lineMetrics(of: "Mg", style: style).height
            let most = names.map { Self.labelLines($0.1).count }.max() ?? 1
            // Each name's lines, centred under its person; every other name one row lower when staggered. In one
            // row, names of people standing close move apart just enough not to touch.
            let nameWidths = names.map { _, name in
                Self.labelLines(name).enumerated().map { j, part in measurer.width(of: part, style: j == 0 ? style : jobStyle) }.max() ?? 0
            }
            let spread = LabelSpread.centres(
                names.map { centres[$0.0] }, widths: nameWidths, gap: 8 * unit, minX: slot.minX, maxX: slot.maxX)
            // Staggered names read best as whose is whose; where a small picture has no room below for a second row,
            // names that can share one row, moved apart, do.
            let twoRows = ground + 3 * unit + lineHeight * 1.05 * Double(most) * 2 <= slot.maxY + 0.5
            let staggered = staggered && (twoRows || spread == nil)
            var entries: [[TextLine]] = []
            for (k, (i, name)) in names.enumerated() {
                let parts = Self.labelLines(name)
                let widths = parts.enumerated().map { j, part in measurer.width(of: part, style: j == 0 ? style : jobStyle) }
                let w = widths.max() ?? 0
                let cx = (staggered ? nil : spread?[k]) ?? min(max(centres[i], slot.minX + w / 2), slot.maxX - w / 2)
                let row = staggered && k % 2 == 1 ? lineHeight * 1.05 * Double(most) : 0
                var y = ground + 3 * unit + row
                var entry: [TextLine] = []
                for (j, part) in parts.enumerated() {
                    let st = j == 0 ? style : jobStyle
                    let m = measurer.lineMetrics(of: part, style: st)
                    entry.append(TextLine(
                        text: part, origin: Point(cx - widths[j] / 2, y), width: widths[j], height: m.height, style: st,
                        color: Palette.ink, direction: measurer.direction(of: part)))
                    y += m.height
                }
                entries.append(entry)
            }
            func box(_ e: [TextLine]) -> Rect { e.dropFirst().reduce(e[0].bounds) { $0.union($1.bounds) } }
            let rows = staggered
                ? [stride(from: 0, to: entries.count, by: 2).map { entries[$0] }, stride(from: 1, to: entries.count, by: 2).map { entries[$0] }]
                : [entries]
            let clash = rows.contains { row in zip(row, row.dropFirst()).contains { box($0).maxX + 4 * unit > box($1).minX } }
            let lines = entries.flatMap { $0 }
            let fits = lines.allSatisfy { $0.bounds.maxY <= slot.maxY + 0.5 && $0.width <= slot.width }
            if !clash && fits {
                placed.items.append(.group(.paragraph, lines.map { .text($0) }))
                placed.labels = lines.map(\.bounds)
                return
            }
            guard size > smallest else {
                // A crowd whose jobs do not fit under them keeps their names; the words of the page say the jobs.
                if names.contains(where: { Self.labelLines($0.1).count > 1 }) {
                    var short = scene
                    short.people = scene.people.map { p in
                        var p = p
                        p.label = p.label.map { Self.labelLines($0)[0] }
                        return p
                    }
                    return try labels(
                        short, centres: centres, height: height, ground: ground, slot: slot, staggered: staggered,
                        smallest: smallest, into: &placed)
                }
                // Names of people standing close (holding hands, a hand on a shoulder) may clash side by side
                // when a small picture draws them close: every other name goes one row lower.
                if clash, !staggered {
                    return try labels(
                        scene, centres: centres, height: height, ground: ground, slot: slot, staggered: true,
                        smallest: smallest, into: &placed)
                }
                throw .doesNotFit(text: names.map(\.1).joined(separator: ", "), place: "the names under a picture", origin: nil)
            }
            size -= 0.5 * unit
        }
    }
}

/// Where everything in a laid-out scene ended up, so callers and tests can check nothing overlaps.
public struct PlacedScene: Hashable, Sendable {
    public var items: [FrameItem] = []
    public var figures: [Rect] = []
    public var faces: [Rect] = []
    public var mouths: [Point] = []
    public var bubbles: [Rect] = []
    public var labels: [Rect] = []
    public var pictures: [Rect] = []
    /// Which way each person turns, in the scene's order (someone lying down faces the reader).
    public var facings: [Facing] = []
    /// Each person's hands on the page, in the scene's order (none for someone lying down or held).
    public var hands: [[Point]] = []
    /// Things in someone's hands, by name, and the box each is drawn in.
    public var held: [String: Rect] = [:]
    /// The height an adult has in this scene.
    public var figureHeight: Double = 0
    /// The setting drawn behind everyone (its asset name), and the box it fills; nil for people on white.
    public var setting: String?
    public var backdrop: Rect?
    /// The setting's anchors where they landed on the page, by name.
    public var anchors: [String: Rect] = [:]
    /// Corner boxes drawn over the scene (the crossed-out thing of a rule).
    public var insets: [Rect] = []
    /// The things crossed out in the corner, by name.
    public var crossedOut: [String] = []
    /// The "what if" cloud of a worry, and what it holds.
    public var whatIf: WhatIfPlacement?
    /// The soft frame round a hoped-for day.
    public var oneDayFrame: Rect?
    /// A decision's card of the new arrangement, and what it holds.
    public var decision: DecisionPlacement?
    /// The people standing in a crowd's back row (indices in the scene's order), a step smaller and higher up the
    /// floor; empty for one row.
    public var backRow: [Int] = []
    /// Whoever is phoned from far away, each in a round window beside their caller.
    public var phoned: [PhonedPlacement] = []

    public init() {}

    /// Adds a person, tagged as a figure whose alternative text is `name` (what a screen reader says).
    mutating func add(_ placed: FigureSymbol, name: String) {
        items.append(.group(.figure(alt: name), [placed.item]))
        figures.append(placed.figure.bounds)
        faces.append(placed.figure.face)
        mouths.append(placed.figure.mouth)
    }

    /// Whether any two faces overlap.
    var facesTouch: Bool {
        for i in faces.indices {
            for j in faces.indices where j > i && faces[i].inset(by: 0.5).intersects(faces[j].inset(by: 0.5)) {
                return true
            }
        }
        return false
    }

    /// Moves everything down by `dy` points (up when negative).
    mutating func move(by dy: Double) {
        let shift = Placement(offset: Point(0, dy))
        items = items.map { $0.placed(by: shift) }
        func moved(_ r: Rect) -> Rect { Rect(x: r.x, y: r.y + dy, width: r.width, height: r.height) }
        figures = figures.map(moved)
        faces = faces.map(moved)
        mouths = mouths.map { Point($0.x, $0.y + dy) }
        bubbles = bubbles.map(moved)
        labels = labels.map(moved)
        pictures = pictures.map(moved)
        hands = hands.map { $0.map { Point($0.x, $0.y + dy) } }
        held = held.mapValues(moved)
        backdrop = backdrop.map(moved)
        anchors = anchors.mapValues(moved)
        insets = insets.map(moved)
        whatIf = whatIf.map { w in
            var w = w
            w.cloud = moved(w.cloud)
            w.contents = w.contents.map(moved)
            return w
        }
        oneDayFrame = oneDayFrame.map(moved)
        phoned = phoned.map { p in
            var p = p
            p.circle = moved(p.circle)
            p.face = p.face.map(moved)
            p.held = p.held.map(moved)
            return p
        }
        decision = decision.map { d in
            var d = d
            d.card = moved(d.card)
            d.faces = d.faces.map(moved)
            d.figures = d.figures.map(moved)
            d.badge = d.badge.map(moved)
            return d
        }
    }

    /// The ink of the whole scene.
    public var bounds: Rect? {
        (figures + bubbles + labels + pictures + insets + [backdrop, whatIf?.cloud].compactMap { $0 }).reduce(nil) { acc, r in acc.map { $0.union(r) } ?? r }
    }
}
