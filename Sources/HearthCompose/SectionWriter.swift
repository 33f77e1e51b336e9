import Foundation
import HearthLooks
import HearthModel

/// Writes each section of the story: its sentences and its picture. One idea per page: each worry, each thing
/// that happened, each rule gets its own page; short lists share one.
struct SectionWriter {
    var caseFile: CaseFile
    var strings: StringsCatalogue
    var cast: Cast
    /// The story children's names, joined ("Mia and Leo").
    var names: String
    var file: String

    var childIDs: [String] { caseFile.storyChildren.map(\.id) }
    var one: Bool { caseFile.storyChildren.count == 1 }

    func pages(for section: BookletSection) throws(ComposeError) -> [StoryPage] {
        let heading = try self.heading(section)
        let map = caseFile.map
        let plan = caseFile.safetyPlan
        switch section {
        case .cover:
            var sentences: [SheetText] = []
            // The family's story when they wrote it: "Written by Mummy, Daddy and Jo".
            if !caseFile.story.writtenBy.isEmpty {
                sentences.append(SheetText(try strings.text("wp.written_by", ["people": cast.list(caseFile.story.writtenBy)])))
            } else if let author = caseFile.author {
                sentences.append(SheetText(try strings.text("wp.cover_by", ["names": names, "author": author])))
            }
            return [StoryPage(
                section: .cover, heading: nil, sentences: sentences,
                scene: try defaultScene(people: childIDs.map { ($0, .happy, .standing) }, place: "home"), isCover: true)]
        case .family:
            // Brothers and sisters whose story this is not are family too (a story for each child).
            let siblings = caseFile.children.map(\.id).filter { !childIDs.contains($0) }
            let family = siblings + caseFile.people.filter(\.isFamily).map(\.id)
            let sentence = family.isEmpty
                ? try strings.text("wp.family_children", ["names": names])
                : try strings.text(teen ? "wp.family_teen" : "wp.family", ["names": names, "people": cast.list(family)])
            let shown = Array((childIDs + family).prefix(8))
            return [StoryPage(
                section: .family, heading: heading, sentences: [SheetText(sentence)],
                scene: try defaultScene(people: shown.map { ($0, .happy, .standing) }, place: "home"))]
        case .history:
            // Moments of the family's history share a page, but for one with a picture of its own.
            return try listPage(caseFile.history, section: section, heading: heading, feeling: .happy)
        case .whoIsWorried:
            var worried: [String] = []
            for w in map.worries { for id in w.worried where !worried.contains(id) { worried.append(id) } }
            guard !worried.isEmpty else { return [] }
            let key = cast.isMany(worried) ? "wp.worried_many" : "wp.worried_one"
            let sentences = [
                SheetText(try strings.text(key, ["people": cast.list(worried)], count: cast.headCount(worried))),
                SheetText(try strings.text("wp.worried_why", ["names": names])),
            ]
            let people = worried.filter { Role(rawValue: $0) == nil || caseFile.person(id: $0) != nil }
                + worried.filter { Role(rawValue: $0) != nil && caseFile.person(id: $0) == nil }
            // The worried people together, with the children in their thoughts: the worry is about keeping them safe.
            var scene = try defaultScene(people: Array(people.prefix(6)).map { ($0, .worried, .talking) }, place: "office")
            scene?.whatIf = try cloud(of: childIDs)
            return [StoryPage(section: .whoIsWorried, heading: heading, sentences: sentences, scene: scene)]
        case .worries:
            return try map.worries.map { w throws(ComposeError) in try worryPage(w, heading: heading) }
        case .whatHappened:
            var pages = try map.harm.map { h throws(ComposeError) in
                try statementPage(h, section: section, heading: heading, feeling: .sad)
            }
            for d in caseFile.disputes { pages.append(try disputePage(d, heading: heading)) }
            return pages
        case .whatGrownUpsDid:
            return []  // Only the case's own words can say this; see apply(_:to:section:).
        case .workingWell:
            return try listPage(map.workingWell, section: section, heading: heading, feeling: .happy)
        case .whatHappensNow:
            return try listPage(map.nextSteps, section: section, heading: heading, feeling: .calm)
        case .goal:
            return try map.goals.map { g throws(ComposeError) in
                try statementPage(g, section: section, heading: heading, feeling: .happy)
            }
        case .rules:
            return try plan.rules.map { rule throws(ComposeError) in try rulePage(rule, heading: heading) }
        case .network:
            let members = plan.network.isEmpty ? caseFile.networkPeople.map(\.id) : plan.network.map(\.who)
            guard !members.isEmpty else { return [] }
            let intro = SheetText(try strings.text("wp.network", ["names": names]))
            var jobs: [(String, SheetText)] = []
            for id in members {
                if let job = caseFile.networkJob(for: id)?.job {
                    jobs.append((id, try sentence(job, in: "wp.network_job", ["name": cast.name(id)], slot: "job")))
                }
            }
            // The whole network on the first page, around the children; then their jobs, a few to a page, each with
            // those people.
            let everyone = try gathered(around: childIDs, Array(members.prefix(6)), place: "home")
            let groups = Self.chunks(jobs, of: Self.ideasPerPage)
            guard !groups.isEmpty else {
                return [StoryPage(section: .network, heading: heading, sentences: [intro], scene: everyone)]
            }
            return try groups.enumerated().map { k, group throws(ComposeError) in
                let scene = k == 0 ? everyone : try gathered(around: childIDs, Array(group.map(\.0).prefix(6)), place: "garden")
                return StoryPage(section: .network, heading: heading, sentences: (k == 0 ? [intro] : []) + group.map(\.1), scene: scene)
            }
        case .talkTo:
            // What happens if the plan is not working, where the family agreed words for the child ("If Daddy
            // drinks, Nanna Pat will come"): a child needs to know the grown-ups have a next step.
            let fallback = plan.ifNotWorking.filter(\.hasChildWording).map(sentence)
            // In a story where someone may be hurt: it is not the child's job to stop it, and where to go instead.
            var safety: [SheetText] = []
            if let place = plan.safePlace {
                safety = [SheetText(try strings.text("wp.not_your_job", ["names": names])), sentence(place)]
            }
            guard !plan.talkTo.isEmpty || !fallback.isEmpty || !safety.isEmpty else { return [] }
            var sentences = safety + (plan.talkTo.isEmpty ? [] : [SheetText(try strings.text("wp.talk_to"))])
            var people: [String] = []
            var phone = false
            for t in plan.talkTo {
                var how = t.how ?? ""
                if t.how == nil, let who = t.who { how = try cast.name(who) }
                if let number = t.phone, !how.contains(number) {
                    sentences.append(SheetText(try strings.text("wp.talk_to_phone", ["how": how, "phone": number])))
                    phone = true
                } else {
                    sentences.append(SheetText(how))
                    phone = phone || t.phone != nil
                }
                if let who = t.who, caseFile.person(id: who) != nil { people.append(who) }
            }
            let scene = try talking(to: people.first { !childIDs.contains($0) }, phone: phone)
            return [StoryPage(section: .talkTo, heading: heading, sentences: sentences + fallback, scene: scene)]
        case .close:
            // Each parent's own words first, as they wrote them; then what every story ends with.
            let sentences = try familyMessages() + [
                SheetText(try strings.text("wp.close_fault", ["names": names])),
                SheetText(try strings.text("wp.close_together", ["names": names])),
            ]
            let family = caseFile.people.filter { $0.isFamily && !$0.notSafe }.map(\.id)
            let network = family.isEmpty ? caseFile.networkPeople.map(\.id) : family
            var scene = try together(childIDs, Array(network.prefix(5)), place: "home")
            // A heart floating over a teenager reads as a picture book for someone younger.
            if !teen { scene?.things.append("heart") }
            return [StoryPage(section: .close, heading: heading, sentences: sentences, scene: scene)]
        case .agree:
            guard caseFile.story.agreePage else { return [] }
            let authors = caseFile.story.writtenBy.isEmpty ? childIDs : caseFile.story.writtenBy
            var signers: [String] = []
            for id in (authors + childIDs).uniqued { signers.append(try cast.name(id)) }
            var page = StoryPage(
                section: .agree, heading: heading, sentences: [SheetText(try strings.text("wp.agree", ["names": names]))],
                scene: nil)
            page.signatures = signers
            page.signatureLabel = try strings.text("wp.sign_date")
            return [page]
        case .review:
            let sentence: String
            if let d = caseFile.reviewDate {
                sentence = try strings.text("wp.review", ["date": ThreeHousesComposer(strings: strings).formatted(d)])
            } else {
                sentence = try strings.text("wp.review_none")
            }
            // A young child draws their own picture here; a teenager's story is not a colouring book.
            return [StoryPage(
                section: .review, heading: heading, sentences: [SheetText(sentence)], scene: nil,
                drawingSpace: teen ? nil : try strings.text("wp.draw_here"))]
        }
    }

    /// One speaker, capitalised to start a sentence: "Mummy", "The doctor".
    func speaker(_ id: String) throws(ComposeError) -> String {
        let name: String
        if caseFile.person(id: id) == nil, caseFile.children.first(where: { $0.id == id }) == nil, let role = Role(rawValue: id) {
            name = try strings.text("wp.the_role", ["role": strings.text("role.\(role.rawValue)")])
        } else {
            name = try cast.name(id)
        }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// A teenager's story is written to a young person: where the catalogue has a heading of its own for them
    /// ("Family", not "My family"), it is used.
    var teen: Bool { caseFile.ageBand == .teen }

    func heading(_ section: BookletSection) throws(ComposeError) -> String? {
        let key: String
        switch section {
        case .cover: return nil
        case .talkTo: key = one ? "section.talk_to_one" : "section.talk_to"
        default: key = "section.\(section.rawValue)"
        }
        return try strings.text(teen && strings.has(key + ".teen") ? key + ".teen" : key, ["names": names])
    }

    /// A page for one statement: its child wording, its own picture or the people it names.
    func statementPage(_ s: Statement, section: BookletSection, heading: String?, feeling: Feeling) throws(ComposeError)
        -> StoryPage
    {
        let text = sentence(s).text
        let people = (grammar.named(in: text) + s.who + s.worried + childIDs).uniqued
        var scene = try picture(s.picture, or: Array(people.prefix(6)).map { ($0, feeling, .standing) }, place: PageGrammar.place(for: text) ?? "home")
        scene = scene.map { grammar.completed($0, section: section, text: text, ref: s.picture) }
        return StoryPage(section: section, heading: heading, sentences: [sentence(s)], scene: scene)
    }

    /// Short lists (what is going well, what happens now) share one page.
    func listPage(_ items: [Statement], section: BookletSection, heading: String?, feeling: Feeling) throws(ComposeError)
        -> [StoryPage]
    {
        guard !items.isEmpty else { return [] }
        // Up to three ideas share a page; a longer list carries on, each page with the picture of its own ideas.
        // An idea with a picture of its own never shares a page with another that has one, so no picture is lost.
        let groups = Self.chunks(items, of: Self.ideasPerPage) { chunk, next in
            next.picture != nil && chunk.contains { $0.picture != nil }
        }
        return try groups.map { chunk throws(ComposeError) in
            let text = chunk.map { sentence($0).text }.joined(separator: " ")
            let people = (childIDs + chunk.flatMap(\.who) + grammar.named(in: text)).uniqued
            let scene = try picture(
                chunk.lazy.compactMap(\.picture).first, or: Array(people.prefix(6)).map { ($0, feeling, .standing) },
                place: PageGrammar.place(for: text) ?? "home")
            return StoryPage(section: section, heading: heading, sentences: chunk.map(sentence), scene: scene)
        }
    }

    /// Every side of a disputed fact, then who decided: the story takes no side of its own.
    func disputePage(_ d: Dispute, heading: String?) throws(ComposeError) -> StoryPage {
        var sentences = [sentence(d.about)]
        var people: [String] = []
        for side in d.says {
            let who = side.who.first ?? ""
            sentences.append(try view(side, by: who, key: "wp.says"))
            people.append(who)
        }
        if d.decided == nil {
            sentences.append(SheetText(try strings.text("wp.undecided")))
        }
        if let decided = d.decided, let by = decided.who.first {
            sentences.append(try view(decided, by: by, key: "wp.decided"))
            people.append(by)
        }
        var scene = try picture(d.picture, or: Array(people.uniqued.prefix(8)).map { ($0, .calm, .talking) }, place: "court")
        // A decision shows its outcome: where the picture does not say, the decided sentence may name who lives with
        // whom now, drawn in a card beside whoever decided.
        if var shown = scene, shown.decision == nil, let decided = d.decided,
            let together = grammar.arrangement(in: sentence(decided).text, storyChildren: childIDs)
        {
            let description = DecisionDescription(people: together, by: decided.who.first)
            shown.decision = try SceneComposer(strings: strings).decision(description, in: caseFile, people: shown.people)
            scene = shown
        }
        return StoryPage(section: .whatHappened, heading: heading, sentences: sentences, scene: scene)
    }

    func rulePage(_ rule: SafetyRule, heading: String?) throws(ComposeError) -> StoryPage {
        var sentences = [sentence(rule)]
        // Every rule names everyone who makes sure of it: a child needs to know who to go to about each rule. A
        // safety plan is made with the family and its network, so these names are no secret from the adults in it;
        // a name that must stay off the child's copy is marked `private: yes`, and only what the child calls them
        // is printed.
        let makers = rule.who
        var repeatsSubject = false
        if makers.count == 1 {
            let name = try cast.name(makers[0]).replacingOccurrences(of: "\u{00A0}", with: " ")
            repeatsSubject = rule.wording.hasPrefix(name)
        }
        if !makers.isEmpty && !repeatsSubject {
            let key = cast.isMany(makers) ? "wp.rule_who_many" : "wp.rule_who_one"
            sentences.append(SheetText(try strings.text(key, ["people": cast.list(makers)], count: cast.headCount(makers))))
        }
        let text = sentence(rule).text
        var scene = try picture(rule.picture)
        if scene == nil { scene = try ruleKept(text, makers: makers) }
        scene = scene.map { grammar.completed($0, section: .rules, text: text, ref: rule.picture) }
        return StoryPage(section: .rules, heading: heading, sentences: sentences, scene: scene)
    }

    /// The case's own words or picture for a section replace the composed ones.
    func apply(_ override: PageOverride, to pages: [StoryPage], section: BookletSection) throws(ComposeError) -> [StoryPage] {
        var out = pages
        if !override.text.isEmpty {
            // The family's own words stay on the last page, whoever wrote the rest of it.
            let kept = section == .close ? try familyMessages() : []
            let sentences = kept + override.text.enumerated().map { i, t in
                SheetText(
                    t, location: i < override.textLocations.count ? override.textLocations[i] : override.location,
                    keyPath: "pages.\(section.rawValue).text[\(i)]")
            }
            var scene = try picture(override.picture) ?? out.first?.scene
            // A section that had nothing gets the children as its picture; one that had words but no picture (the
            // review page, whose space is for the child's own drawing) keeps none.
            if scene == nil && out.isEmpty {
                scene = try defaultScene(people: childIDs.map { ($0, .calm, .standing) }, place: "home")
            }
            var title = out.first?.heading
            if title == nil { title = try heading(section) }
            out = [StoryPage(
                section: section, heading: title, sentences: sentences, scene: scene,
                isCover: section == .cover, drawingSpace: out.first?.drawingSpace)]
        } else if let scene = try picture(override.picture) {
            if out.isEmpty {
                out = [StoryPage(section: section, heading: try heading(section), sentences: [], scene: scene)]
            } else {
                out[0].scene = scene
            }
        }
        return out
    }

    /// The case's picture for the page, else a default of these people.
    func picture(_ ref: SceneRef?, or people: [(String, Feeling, Action)], place: String?) throws(ComposeError)
        -> SceneContent?
    {
        if let scene = try picture(ref) { return scene }
        return try defaultScene(people: people, place: place)
    }

    func picture(_ ref: SceneRef?) throws(ComposeError) -> SceneContent? {
        guard let description = ref?.scene(in: caseFile) else { return nil }
        return try SceneComposer(strings: strings).scene(description, in: caseFile)
    }

    /// A picture for a page the case did not draw: the people it is about, feeling what the section is about.
    func defaultScene(people: [(String, Feeling, Action)], place: String?) throws(ComposeError) -> SceneContent? {
        guard !people.isEmpty else { return nil }
        let participants = people.map { id, feeling, action in
            SceneParticipant(ref: id, role: Role(rawValue: id), feeling: feeling, action: action)
        }
        return try SceneComposer(strings: strings).scene(
            SceneDescription(place: place, people: carried(participants)), in: caseFile)
    }

    /// People with a baby too young to sit up, nobody holding them: the first grown-up of the family among them
    /// carries the baby (a baby is held, not left lying on the floor of a crowded picture); the baby moves beside
    /// them.
    func carried(_ people: [SceneParticipant]) -> [SceneParticipant] {
        var out = people
        for baby in people where caseFile.children.first(where: { $0.id == baby.ref })?.liesDown == true {
            guard !out.contains(where: { $0.partner == baby.ref }),
                let k = out.firstIndex(where: { p in
                    caseFile.person(id: p.ref).map { $0.isFamily && !$0.notSafe } == true && p.action == .standing && p.partner == nil
                })
            else { continue }
            out[k].action = .carrying
            out[k].partner = baby.ref
            guard let b = out.firstIndex(where: { $0.ref == baby.ref }) else { continue }
            let moved = out.remove(at: b)
            out.insert(moved, at: (k < b ? k : k - 1) + 1)
        }
        return out
    }

    /// A statement as the child reads it: the wording agreed with the family, or, where there is none, the
    /// professional wording marked as such, which only a draft may print (see ``ChildWordingGate``).
    func sentence(_ s: Statement) -> SheetText {
        words(child: s.child, text: s.text, location: s.location, childLocation: s.childLocation, keyPath: s.keyPath)
    }

    func sentence(_ rule: SafetyRule) -> SheetText {
        words(child: rule.child, text: rule.text, location: rule.location, childLocation: rule.childLocation, keyPath: rule.keyPath)
    }

    /// A parent's own words to the child: "Daddy says: “It was not your fault.”", or as written when they already
    /// name who says them.
    /// Every parent's, carer's or child's own words (`story.messages`), in the order written.
    func familyMessages() throws(ComposeError) -> [SheetText] {
        var out: [SheetText] = []
        for message in caseFile.story.messages { out.append(try words(of: message)) }
        return out
    }

    func words(of message: FamilyMessage) throws(ComposeError) -> SheetText {
        let text = try ledIn(message.words, by: message.from, quoted: "wp.says", reported: "wp.says_reported")
        return SheetText(text, location: message.location, keyPath: message.keyPath)
    }

    /// One side of a dispute, or who decided: led in with the speaker's name unless the words already name them,
    /// and quoted only when they are the speaker's own, in the first person (see ``LeadIn``).
    func view(_ s: Statement, by id: String, key: String) throws(ComposeError) -> SheetText {
        var out = sentence(s)
        out.text = try ledIn(out.text, by: id, quoted: key, reported: key == "wp.says" ? "wp.says_reported" : key)
        return out
    }

    /// Someone's words with the lead-in ``LeadIn`` chooses: as written, or set into the fixed words `quoted` or
    /// `reported` ("{name} says: “{text}”").
    func ledIn(_ words: String, by id: String, quoted: String, reported: String) throws(ComposeError) -> String {
        let name = try speaker(id)
        var names = [name, name.replacingOccurrences(of: "\u{00A0}", with: " ")]
        if let person = caseFile.person(id: id) { names += [person.name, person.displayName] }
        if let role = Role(rawValue: id) {
            let word = try strings.text("role.\(role.rawValue)")
            names += [word, "the \(word)"]
        }
        switch LeadIn.choose(for: words, speaker: names) {
        case .none: return words
        case .quoted: return try strings.text(quoted, ["name": name, "text": words])
        case .reported: return try strings.text(reported, ["name": name, "text": words])
        }
    }

    /// A statement set into fixed words ("Mummy says: …"), keeping whose words fill the slot.
    func sentence(_ s: Statement, in key: String, _ values: [String: String], slot: String) throws(ComposeError) -> SheetText {
        var out = sentence(s)
        var all = values
        all[slot] = out.text
        out.text = try strings.text(key, all)
        return out
    }

    private func words(child: String?, text: String, location: SourceLocation?, childLocation: SourceLocation?, keyPath: String)
        -> SheetText
    {
        if let child {
            return SheetText(child, location: childLocation ?? location, keyPath: keyPath + ".child")
        }
        return SheetText(text, location: location, keyPath: keyPath, voice: .professional)
    }
}

extension SectionWriter {
    /// One idea per page where possible: lists share a page only a few at a time.
    static let ideasPerPage = 3

    /// As few runs of at most `size` items as will hold them, as even as can be: four ideas go two and two,
    /// never three and one, so no page is left holding a single line.
    static func chunks<T>(_ items: [T], of size: Int) -> [[T]] {
        guard !items.isEmpty, size > 0 else { return [] }
        let pages = (items.count + size - 1) / size
        let base = items.count / pages, extra = items.count % pages
        var out: [[T]] = []
        var start = 0
        for k in 0..<pages {
            let n = base + (k < extra ? 1 : 0)
            out.append(Array(items[start..<start + n]))
            start += n
        }
        return out
    }

    /// Even runs of at most `size` items, also starting a new run wherever `breaksBefore` says so.
    static func chunks<T>(_ items: [T], of size: Int, breaksBefore: ([T], T) -> Bool) -> [[T]] {
        var segments: [[T]] = []
        var current: [T] = []
        for item in items {
            if !current.isEmpty && breaksBefore(current, item) {
                segments.append(current)
                current = []
            }
            current.append(item)
        }
        if !current.isEmpty { segments.append(current) }
        return segments.flatMap { chunks($0, of: size) }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    var uniqued: [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
