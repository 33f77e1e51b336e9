import HearthLooks
import HearthModel

/// The default pictures of pages that are not events, drawn by the grammar of `notes/scene-composition.md`: a rule
/// kept by the person who makes sure, a worry as grown-ups with a "what if" cloud, the people who help gathered
/// round the children, the child talking with someone they trust, the family together at the end. Every one has a
/// place: no page stands its people on white paper.
extension SectionWriter {
    var grammar: PageGrammar { PageGrammar(caseFile: caseFile) }

    /// Whether an id is a child or person of the case (not a role word).
    func inCase(_ id: String) -> Bool {
        caseFile.person(id: id) != nil || caseFile.children.contains { $0.id == id }
    }

    func age(_ id: String) -> Int? { caseFile.children.first { $0.id == id }?.age }

    /// A scene of these participants in a place, drawn with the case's looks and names.
    func scene(_ people: [SceneParticipant], place: String?, things: [String] = []) throws(ComposeError) -> SceneContent? {
        guard !people.isEmpty else { return nil }
        return try SceneComposer(strings: strings).scene(SceneDescription(place: place, people: people, things: things), in: caseFile)
    }

    func participant(
        _ id: String, _ feeling: Feeling, _ action: Action = .standing, partner: String? = nil, anchor: String? = nil,
        posture: Posture? = nil, holding: String? = nil
    ) -> SceneParticipant {
        SceneParticipant(
            ref: id, role: inCase(id) ? nil : Role(rawValue: id), feeling: feeling, action: action, posture: posture,
            partner: partner, anchor: anchor, holding: holding)
    }

    /// The children drawn small in a thought cloud, without names.
    func cloud(of ids: [String]) throws(ComposeError) -> WhatIf? {
        guard let people = try scene(ids.map { participant($0, .happy) }, place: nil)?.people, !people.isEmpty else { return nil }
        return WhatIf(people: people.map { p in
            var p = p
            p.label = nil
            return p
        })
    }

    /// A worry: the worried grown-ups, faces worried, with what they fear in a "what if" cloud above them and the
    /// children safe beside them; a worry with nothing to draw holds the children in the cloud instead.
    func worryPage(_ w: Statement, heading: String?) throws(ComposeError) -> StoryPage {
        let text = sentence(w).text
        let feared = PageGrammar.feared(in: text)
        let worried = (w.worried.isEmpty ? grammar.named(in: text).filter { !childIDs.contains($0) } : w.worried)
        let place = PageGrammar.place(for: text).flatMap { ["school", "clinic", "hospital", "office"].contains($0) ? $0 : nil } ?? "home"
        var scene = try picture(w.picture)
        if scene == nil {
            let grownUps = Array(worried.prefix(4)).map { participant($0, .worried, .talking) }
            let children = feared.isEmpty ? [] : childIDs.prefix(3).map { participant($0, .calm) }
            scene = try self.scene(grownUps + children, place: place)
            if feared.isEmpty { scene?.whatIf = try cloud(of: childIDs) }
        }
        scene = scene.map { grammar.completed($0, section: .worries, text: text, ref: w.picture) }
        return StoryPage(section: .worries, heading: heading, sentences: [sentence(w)], scene: scene)
    }

    /// A rule being kept, by the person who makes sure, in the place it applies: breakfast made in the kitchen, a
    /// grown-up at the door in the morning, someone asleep in the spare bed at night, a hand held at the school gate.
    func ruleKept(_ text: String, makers: [String]) throws(ComposeError) -> SceneContent? {
        let named = grammar.named(in: text)
        let keeper = (makers + named).first { !childIDs.contains($0) }
        let place = PageGrammar.place(for: text) ?? "home"
        let said = Set(PageGrammar.words(text))
        let child = childIDs.first
        // A rule that says someone does not do something ("Daddy does not come to the house") shows the safe
        // version: the people who make sure, not the person the rule keeps away.
        let shown = PageGrammar.isProhibition(text) ? makers : named + makers
        let others = shown.uniqued.filter { $0 != keeper && !childIDs.contains($0) }.prefix(2)
        guard let keeper else { return try scene(childIDs.map { participant($0, .happy) }, place: place) }
        var people: [SceneParticipant] = []
        var things: [String] = []
        switch place {
        case "bedroom" where !said.isDisjoint(with: ["sleep", "sleeps", "asleep", "over"]):
            // Someone sleeping over: asleep in the spare bed, a star at the window.
            people = [participant(keeper, .asleep, .lyingInBed, anchor: "bed")]
            people += childIDs.prefix(2).map { participant($0, .calm) }
        case "bedroom":
            people = child.map { [participant($0, .loved, .lyingInBed, anchor: "bed"), participant(keeper, .happy, .readingTo, partner: $0)] } ?? []
        case "kitchen":
            people = child.map { [participant(keeper, .happy, .giving, partner: $0, holding: "meal"), participant($0, .happy, .sitting, anchor: "chair")] } ?? []
        case "school", "street", "park":
            people = child.map { [participant(keeper, .happy, .holdingHands, partner: $0), participant($0, .happy, .holdingHands)] } ?? []
            if place == "park" { things = ["ball"] }
        default:
            if !said.isDisjoint(with: ["phone", "phones", "call", "calls", "ring", "rings"]) {
                people = [participant(keeper, .happy, .phoning, partner: others.first ?? child)]
                people += childIDs.prefix(2).map { participant($0, .happy) }
            } else if !said.isDisjoint(with: ["door", "morning", "comes", "arrives"]) {
                people = childIDs.prefix(2).map { participant($0, .happy) } + [participant(keeper, .happy, .talking, anchor: "door")]
            } else {
                people = [participant(keeper, .happy, .handOnShoulder, partner: child)] + childIDs.prefix(2).map { participant($0, .happy) }
            }
        }
        if people.isEmpty { people = [participant(keeper, .happy)] + childIDs.map { participant($0, .happy) } }
        let present = Set(people.map(\.ref))
        people += others.filter { !present.contains($0) && inCase($0) }.map { participant($0, .happy) }
        return try scene(Array(people.prefix(5)), place: place, things: things)
    }

    /// The people who help, gathered round the children: the children in the middle, a hand on a shoulder, the
    /// youngest carried.
    func gathered(around children: [String], _ members: [String], place: String) throws(ComposeError) -> SceneContent? {
        let helpers = members.filter { !children.contains($0) && inCase($0) }
        let half = (helpers.count + 1) / 2
        let left = Array(helpers.prefix(half)), right = Array(helpers.dropFirst(half))
        var people: [SceneParticipant] = left.map { participant($0, .happy) }
        let youngest = children.first { (age($0) ?? 9) < 3 }
        for id in children {
            if id == youngest, let carrier = people.last, carrier.action == .standing, inCase(carrier.ref) {
                people[people.count - 1] = participant(carrier.ref, .happy, .carrying, partner: id)
            }
            people.append(participant(id, .loved))
        }
        // The helper beside the eldest child puts a hand on their shoulder.
        var rest = right.map { participant($0, .happy) }
        if let first = rest.first, let child = children.last(where: { $0 != youngest }) {
            rest[0] = participant(first.ref, .happy, .handOnShoulder, partner: child)
        }
        people += rest
        return try scene(people, place: place)
    }

    /// The child talking with someone they trust, side by side on the sofa (at school, a teacher beside them).
    func talking(to person: String?, phone: Bool) throws(ComposeError) -> SceneContent? {
        guard let child = childIDs.first else { return nil }
        guard let person, inCase(person) else { return try scene(childIDs.map { participant($0, .calm) }, place: "home") }
        let teacher = caseFile.person(id: person)?.role == .teacher
        if teacher {
            return try scene(
                [participant(child, .calm, .talking, partner: person), participant(person, .calm, .kneeling, partner: child)], place: "school")
        }
        return try scene(
            [participant(child, .calm, .talking, partner: person, anchor: "sofa", posture: .sitting),
             participant(person, .calm, .sitting, partner: child, anchor: "sofa")], place: "home")
    }

    /// The family together at the end: a hug, everyone close.
    func together(_ children: [String], _ family: [String], place: String) throws(ComposeError) -> SceneContent? {
        let grownUps = family.filter { !children.contains($0) && inCase($0) }
        guard let hugger = grownUps.first, let child = children.first else {
            return try scene((children + grownUps).map { participant($0, .happy) }, place: place)
        }
        let teen = caseFile.ageBand == .teen
        var people = [participant(hugger, .loved, teen ? .handOnShoulder : .hugging, partner: child), participant(child, .loved, teen ? .standing : .hugging)]
        people += children.dropFirst().map { participant($0, .happy) }
        people += grownUps.dropFirst().map { participant($0, .happy) }
        return try scene(people, place: place)
    }
}
