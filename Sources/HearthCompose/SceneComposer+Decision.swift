import Foundation
import HearthLooks
import HearthModel

/// A decision's picture: who decided, and beside them the new arrangement (see `notes/scene-composition.md`, "A
/// decision shows who decided and the outcome").
extension SceneComposer {
    /// The card of what was decided, joined to whoever decided in the scene's `people`; nil when nobody in the
    /// scene can have decided it (an empty picture).
    func decision(_ decided: DecisionDescription, in caseFile: CaseFile, people: [ScenePerson]) throws(ComposeError) -> Decision? {
        guard !people.isEmpty else { return nil }
        let decider = decided.by.flatMap { by in people.firstIndex { $0.id == by } }
            ?? people.firstIndex { $0.looks.role == .judge }
            ?? people.firstIndex { $0.looks.age == .adult || $0.looks.age == .older }
            ?? 0
        let ids = decided.people.filter { caseFile.looks(of: $0) != nil }
        guard !ids.isEmpty else { return nil }
        let isChild = { (id: String) in caseFile.children.contains { $0.id == id } }
        let children = ids.filter(isChild), grownUps = ids.filter { !isChild($0) }
        let description = SceneDescription(place: decided.place, people: Self.together(children, grownUps, in: caseFile))
        let inner = try scene(description, in: caseFile)
        let cast = Cast(caseFile: caseFile, strings: strings)
        let name: String
        if caseFile.person(id: people[decider].id) == nil, let role = people[decider].looks.role {
            name = try strings.text("wp.the_role", ["role": strings.text("role.\(role.rawValue)")])
        } else {
            name = try cast.name(people[decider].id)
        }
        let alt: String
        if !grownUps.isEmpty, !children.isEmpty, strings.has("wp.decision_picture") {
            alt = try strings.text(
                "wp.decision_picture", ["name": name, "children": cast.list(children), "people": cast.list(grownUps)])
        } else {
            alt = try strings.text("wp.decided", ["name": name, "text": cast.list(ids)])
        }
        return Decision(
            place: decided.place, people: inner.people, things: ["heart"], decider: decider,
            alt: alt.replacingOccurrences(of: "\u{00A0}", with: " "))
    }

    /// The people of an arrangement, standing together as a family does: the first grown-up holding the eldest
    /// child's hand, the children between the grown-ups, the youngest (a baby or a toddler) carried by the last.
    static func together(_ children: [String], _ grownUps: [String], in caseFile: CaseFile) -> [SceneParticipant] {
        let age = { (id: String) in caseFile.children.first { $0.id == id }?.age ?? 9 }
        let youngest = children.count > 1 || grownUps.count == 1 ? children.filter { age($0) < 3 }.min { age($0) < age($1) } : nil
        let walking = children.filter { $0 != youngest }
        var out: [SceneParticipant] = []
        if let first = grownUps.first {
            let hand = walking.first
            out.append(SceneParticipant(ref: first, feeling: .happy, action: hand == nil ? .standing : .holdingHands, partner: hand))
            if let hand { out.append(SceneParticipant(ref: hand, feeling: .happy, action: .holdingHands)) }
        }
        out += walking.dropFirst().map { SceneParticipant(ref: $0, feeling: .happy) }
        for (k, id) in grownUps.dropFirst().enumerated() {
            let carries = k == grownUps.count - 2 ? youngest : nil
            out.append(SceneParticipant(ref: id, feeling: .happy, action: carries == nil ? .standing : .carrying, partner: carries))
            if let carries { out.append(SceneParticipant(ref: carries, feeling: .happy)) }
        }
        if grownUps.count == 1, let youngest {
            out.append(SceneParticipant(ref: youngest, feeling: .happy))
        }
        if grownUps.isEmpty { out = children.map { SceneParticipant(ref: $0, feeling: .happy) } }
        return out
    }
}
