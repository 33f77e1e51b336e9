import HearthLooks
import HearthModel

/// Turns a scene described in a case file into scene content: each participant gets the looks the case gives them
/// (the same on every page) and the name the child uses for them as a label.
public struct SceneComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    public func scene(_ description: SceneDescription, in caseFile: CaseFile) throws(ComposeError) -> SceneContent {
        var people: [ScenePerson] = []
        for p in description.people {
            var looks = caseFile.looks(of: p.ref) ?? PersonLooks(role: p.role)
            if let wears = p.wears { looks.wears = wears }
            let label: String
            if let child = caseFile.children.first(where: { $0.id == p.ref }) {
                label = child.displayName
            } else if let person = caseFile.person(id: p.ref) {
                label = person.displayName
            } else if let role = p.role {
                let word = try strings.text("role.\(role.rawValue)")
                label = word.prefix(1).uppercased() + word.dropFirst()
            } else {
                label = p.ref
            }
            var action = p.action ?? (p.posture == .lying ? .lyingInBed : p.crying ? .crying : .standing)
            var posture = p.posture
            // A baby too young to sit up lies down, unless someone holds them.
            let held = description.people.contains { $0.partner == p.ref && [.carrying, .hugging].contains($0.action) }
            if let child = caseFile.children.first(where: { $0.id == p.ref }), child.liesDown, !held {
                action = .lyingInBed
                posture = .lying
            }
            people.append(ScenePerson(
                id: p.ref, label: label, looks: looks, feeling: p.feeling ?? .calm, action: action, crying: p.crying,
                posture: posture, partner: p.partner, anchor: p.anchor, holding: p.holding, location: p.location))
        }
        let bubbles = description.bubbles.compactMap { b -> SceneBubble? in
            guard let speaker = people.firstIndex(where: { $0.id == b.speaker }) else { return nil }
            let language = ScriptLanguage.languageTag(of: b.text, interviewLanguage: nil)
            // Words said by someone angry are a shout.
            let shouted = !b.thought && people[speaker].feeling == .angry
            return SceneBubble(
                speaker: speaker, text: b.text, kind: b.thought ? .thought : .speech, language: language, shouted: shouted)
        }
        var whatIf: WhatIf? = nil
        if !description.worry.isEmpty {
            var cloud = WhatIf()
            for word in description.worry {
                if let looks = caseFile.looks(of: word), caseFile.children.contains(where: { $0.id == word }) || caseFile.person(id: word) != nil {
                    // Alone in the cloud, a child is what the grown-ups fear for: sad, not smiling ("Kai could get
                    // hurt again"); two together are set below.
                    var person = ScenePerson(id: word, label: nil, looks: looks, feeling: .sad)
                    // A baby too young to sit up lies down in a thought too.
                    if caseFile.children.first(where: { $0.id == word })?.liesDown == true {
                        person.action = .lyingInBed
                        person.posture = .lying
                    }
                    cloud.people.append(person)
                } else {
                    cloud.things.append(word)
                }
            }
            // Two people in the worry are doing something together: the elder holds the younger's hand ("Jo might
            // look after Ava again"), so the cloud shows what is feared, not two stickers.
            if cloud.people.count >= 2 {
                let age = { (p: ScenePerson) in caseFile.children.first { $0.id == p.id }?.age ?? 40 }
                let ordered = cloud.people.indices.sorted { age(cloud.people[$0]) > age(cloud.people[$1]) }
                let elder = ordered[0], younger = ordered[ordered.count - 1]
                if age(cloud.people[elder]) > age(cloud.people[younger]) {
                    cloud.people[elder].action = .holdingHands
                    cloud.people[elder].partner = cloud.people[younger].id
                    cloud.people[younger].action = .holdingHands
                    cloud.people[younger].feeling = .calm
                    cloud.people[elder].feeling = .worried
                }
            }
            whatIf = cloud
        }
        // Whoever is phoned from away, with their own phone at the ear, in a window beside their caller.
        var phoned: [ScenePerson] = []
        for caller in people where caller.action == .phoning {
            guard let id = caller.partner, !people.contains(where: { $0.id == id }), !phoned.contains(where: { $0.id == id }),
                let looks = caseFile.looks(of: id)
            else { continue }
            let name = caseFile.children.first { $0.id == id }?.displayName ?? caseFile.person(id: id)?.displayName
            phoned.append(ScenePerson(id: id, label: name, looks: looks, feeling: .calm, action: .phoning, partner: caller.id))
        }
        var decision: Decision? = nil
        if let decided = description.decided {
            decision = try self.decision(decided, in: caseFile, people: people)
        }
        var scene = SceneContent(
            place: description.place, people: people, things: description.things, bubbles: bubbles,
            crossedOut: description.notThings, whatIf: whatIf, oneDay: description.oneDay, decision: decision)
        scene.phoned = phoned
        return scene
    }
}
