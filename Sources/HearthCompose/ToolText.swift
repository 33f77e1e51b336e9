import HearthModel

/// A text one of the safety tools prints that the story's check (``ChildFacingText``) does not already read: the
/// family's plan in its grown-up wording, the card's "if I feel unsafe", a Safety House's rules, who people are on
/// the safety circles, a scale's words, the questions on a Fairy/Wizard record — each with the document it is
/// printed on and who reads it.
///
/// The child's own words on a Fairy/Wizard sheet (and in Three Houses) are quoted as said, so they are never here.
struct ToolText: Hashable, Sendable {
    /// Who reads the document.
    enum Reader: Hashable, Sendable {
        /// Parents and the network: plain English at an Easy Read level.
        case family
        /// A child of this age band.
        case child(AgeBand)
    }

    var text: String
    var location: SourceLocation?
    var keyPath: String
    /// "the family's safety plan", for messages.
    var document: String
    var reader: Reader
    /// What to do (the card's "if I feel unsafe"): it must name the danger plainly, so frightening phrases pass.
    var isInstruction = false

    /// Every text the tools the case asks for would print and the story's check does not read, in the order the
    /// file is written.
    static func all(in caseFile: CaseFile) -> [ToolText] {
        let kinds = Set(caseFile.output.documents)
        var out: [ToolText] = []
        func at(_ keyPath: String) -> SourceLocation? { caseFile.texts.first { $0.keyPath == keyPath }?.location }
        let child = ToolText.Reader.child(caseFile.ageBand)

        if kinds.contains(.safetyPlan) {
            let plan = "the family's safety plan"
            // A statement without words for the child is read by the story's check as it is; with them, the
            // grown-ups' wording is printed only here.
            func statement(_ s: Statement, alsoInStory: Bool) {
                guard !alsoInStory || s.hasChildWording else { return }
                out.append(ToolText(text: s.text, location: s.location, keyPath: s.keyPath, document: plan, reader: .family))
            }
            caseFile.map.worries.forEach { statement($0, alsoInStory: true) }
            caseFile.map.goals.forEach { statement($0, alsoInStory: true) }
            for (i, rule) in caseFile.safetyPlan.rules.enumerated() {
                let key = "safety_plan.rules[\(i)]"
                if rule.hasChildWording {
                    out.append(ToolText(text: rule.text, location: rule.location, keyPath: key + ".rule", document: plan, reader: .family))
                }
                for (field, value) in [("when", rule.when), ("if_not_kept", rule.ifNotKept)] {
                    guard let value else { continue }
                    out.append(ToolText(text: value, location: at("\(key).\(field)") ?? rule.location, keyPath: "\(key).\(field)", document: plan, reader: .family))
                }
            }
            caseFile.safetyPlan.network.compactMap(\.job).forEach { statement($0, alsoInStory: true) }
            caseFile.safetyPlan.warningSigns.forEach { statement($0, alsoInStory: false) }
            // What to do if the plan is not working reaches the story only in words agreed for the child.
            caseFile.safetyPlan.ifNotWorking.forEach { statement($0, alsoInStory: false) }
        }
        if kinds.contains(.mySafetyPlan), let card = caseFile.safetyCard {
            for text in card.ifUnsafe {
                out.append(ToolText(
                    text: text.text, location: text.location, keyPath: text.keyPath, document: "the child's safety card", reader: child,
                    isInstruction: true))
            }
        }
        if kinds.contains(.safetyHouse) {
            for (i, house) in caseFile.safetyHouses.enumerated() {
                let band = caseFile.child(id: house.child)?.age.map(AgeBand.init(age:)) ?? caseFile.ageBand
                for (j, rule) in house.rules.enumerated() {
                    let key = "safety_house[\(i)].rules[\(j)]"
                    let location = j < house.ruleLocations.count ? house.ruleLocations[j] : nil
                    out.append(ToolText(
                        text: rule, location: location ?? at(key) ?? house.location, keyPath: key, document: "the Safety House",
                        reader: .child(band)))
                }
            }
        }
        if kinds.contains(.safetyCircles) {
            // Who people are, printed under their names: the relation as written (a role's words are Hearth's own).
            let shown = Set(caseFile.children.flatMap { c in SafetyRing.allCases.flatMap { caseFile.safetyCircles(for: c.id).people(in: $0) } })
            for (i, person) in caseFile.people.enumerated() where shown.contains(person.id) && person.role == nil {
                guard let relation = person.relation else { continue }
                let key = "people[\(i)].relation"
                out.append(ToolText(text: relation, location: at(key) ?? person.location, keyPath: key, document: "the safety circles", reader: child))
            }
        }
        if kinds.contains(.safetyScale) {
            for (i, score) in caseFile.scales.enumerated() {
                for (field, value) in [("about", score.about), ("zero", score.zero), ("ten", score.ten)] {
                    guard let value else { continue }
                    let key = "scales[\(i)].\(field)"
                    out.append(ToolText(text: value, location: at(key) ?? score.location, keyPath: key, document: "the safety scale", reader: child))
                }
            }
        }
        if kinds.contains(.fairyWizard) {
            for (i, session) in caseFile.fairyWizard.enumerated() {
                let band = caseFile.child(id: session.child)?.age.map(AgeBand.init(age:)) ?? caseFile.ageBand
                for (j, question) in session.questions.enumerated() {
                    let key = "fairy_wizard[\(i)].questions[\(j)]"
                    out.append(ToolText(
                        text: question, location: at(key) ?? session.location, keyPath: key, document: "the Fairy/Wizard sheet",
                        reader: .child(band)))
                }
            }
        }
        return out
    }
}
