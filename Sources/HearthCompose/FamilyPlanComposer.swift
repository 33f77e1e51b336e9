import HearthModel

/// Composes the family's printed safety plan from a case: the worry (the danger statements), the goal, each rule
/// with who makes sure, when, what happens if it is not kept and the picture of it being kept (the story's own
/// picture for that rule), the network with names, relationships and numbers, the warning signs, what to do if
/// the plan is not working and whom to ring out of hours, the review date, and a line to sign for the family and
/// each network member. The fixed words come from the strings catalogue (`plan.*`).
public struct FamilyPlanComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    public func plan(for caseFile: CaseFile, file: String) throws(ComposeError) -> FamilyPlan {
        let cast = Cast(caseFile: caseFile, strings: strings)
        let names = try cast.list(caseFile.storyChildren.map(\.id))
        let map = caseFile.map
        let plan = caseFile.safetyPlan
        var blocks: [PlanBlock] = [.paragraphs([SheetText(try strings.text("plan.intro", ["names": names]))])]

        if !map.worries.isEmpty {
            blocks.append(.heading(try strings.text("plan.worry")))
            blocks.append(.paragraphs(map.worries.map(Self.adult)))
        }
        if !map.goals.isEmpty {
            blocks.append(.heading(try strings.text("plan.goal")))
            blocks.append(.paragraphs(map.goals.map(Self.adult)))
        }
        if !plan.rules.isEmpty {
            blocks.append(.heading(try strings.text("plan.rules")))
            let scenes = try ruleScenes(caseFile, cast: cast, names: names, file: file)
            for (i, rule) in plan.rules.enumerated() {
                var details: [PlanDetail] = []
                if !rule.who.isEmpty {
                    details.append(PlanDetail(label: try strings.text("plan.who_makes_sure"), value: try cast.list(rule.who)))
                }
                if let phone = rule.phone { details.append(PlanDetail(label: try strings.text("plan.phone"), value: phone)) }
                if let when = rule.when { details.append(PlanDetail(label: try strings.text("plan.when"), value: when)) }
                if let broken = rule.ifNotKept {
                    details.append(PlanDetail(label: try strings.text("plan.if_not_kept"), value: broken))
                }
                blocks.append(.rule(PlanRule(
                    number: try strings.text("plan.rule_number", ["n": String(i + 1)]),
                    text: SheetText(rule.text, location: rule.location, keyPath: rule.keyPath + ".rule"),
                    details: details, scene: i < scenes.count ? scenes[i] : nil)))
            }
        }
        let members = plan.network.isEmpty ? caseFile.networkPeople.map(\.id) : plan.network.map(\.who)
        if !members.isEmpty {
            blocks.append(.heading(try strings.text("plan.network")))
            blocks.append(.paragraphs([SheetText(try strings.text("plan.network_intro", ["names": names]))]))
            var listed: [PlanMember] = []
            for id in members {
                guard let person = caseFile.person(id: id) else { continue }
                let job = caseFile.networkJob(for: id)
                let phone = try job?.phone.map { number throws(ComposeError) in "\(try strings.text("plan.phone")) \(number)" }
                listed.append(PlanMember(
                    name: Self.fullName(person), about: person.relation, phone: phone,
                    job: job?.job.map(Self.adult)))
            }
            blocks.append(.members(listed))
        }
        if !plan.warningSigns.isEmpty {
            blocks.append(.heading(try strings.text("plan.warning_signs")))
            blocks.append(.bullets(plan.warningSigns.map(Self.adult)))
        }
        blocks.append(.heading(try strings.text("plan.if_not_working")))
        if !plan.ifNotWorking.isEmpty { blocks.append(.bullets(plan.ifNotWorking.map(Self.adult))) }
        var help: [SheetText] = []
        if let hours = plan.outOfHours {
            help.append(SheetText(
                try strings.text("plan.out_of_hours", ["who": hours.who, "phone": hours.phone]),
                location: hours.location, keyPath: "safety_plan.out_of_hours"))
        }
        help.append(SheetText(try strings.text("plan.emergency")))
        blocks.append(.paragraphs(help))
        if let review = caseFile.reviewDate {
            blocks.append(.heading(try strings.text("plan.review_heading")))
            blocks.append(.paragraphs([SheetText(try strings.text("plan.review", ["date": try formatted(review)]))]))
        }
        blocks.append(.heading(try strings.text("plan.signatures")))
        blocks.append(.paragraphs([SheetText(try strings.text("plan.signatures_note", ["names": names]))]))
        blocks.append(.signatures(names: signers(caseFile).map(Self.fullName), dateLabel: try strings.text("plan.date")))

        let title = try strings.text("plan.title", ["names": names])
        let date = caseFile.story.date?.iso ?? ThreeHousesComposer.pinnedDate
        return FamilyPlan(
            title: title, blocks: blocks,
            metadata: SheetMetadata(
                title: title, author: caseFile.author, subject: try strings.text("plan.subject"),
                creationDate: date + "T00:00:00Z", language: strings.language),
            seedKey: "safety-plan/\(caseFile.storyChildren.map(\.id).joined(separator: "+"))/\(date)",
            pageLabel: try strings.text("record.page"), isBlank: false).typeset()
    }

    /// The plan with nothing from any case: every heading, with lines to write on, empty boxes for the rules'
    /// pictures, and lines to sign.
    public func blankPlan() throws(ComposeError) -> FamilyPlan {
        var blocks: [PlanBlock] = [
            .paragraphs([SheetText(try strings.text("plan.blank_for"))]), .writingLines(1),
            .heading(try strings.text("plan.worry")), .writingLines(4),
            .heading(try strings.text("plan.goal")), .writingLines(3),
            .heading(try strings.text("plan.rules")),
        ]
        for i in 0..<Self.blankRules {
            blocks.append(.rule(PlanRule(
                number: try strings.text("plan.rule_number", ["n": String(i + 1)]), text: nil,
                details: [
                    PlanDetail(label: try strings.text("plan.who_makes_sure"), value: nil),
                    PlanDetail(label: try strings.text("plan.phone"), value: nil),
                    PlanDetail(label: try strings.text("plan.when"), value: nil),
                    PlanDetail(label: try strings.text("plan.if_not_kept"), value: nil),
                ],
                scene: nil, drawingPrompt: try strings.text("plan.draw_rule"))))
        }
        blocks += [
            .heading(try strings.text("plan.network")),
            .paragraphs([SheetText(try strings.text("plan.blank_network"))]), .writingLines(6),
            .heading(try strings.text("plan.warning_signs")), .writingLines(3),
            .heading(try strings.text("plan.if_not_working")), .writingLines(3),
            .paragraphs([SheetText(try strings.text("plan.blank_out_of_hours"))]), .writingLines(1),
            .paragraphs([SheetText(try strings.text("plan.emergency"))]),
            .heading(try strings.text("plan.review_heading")),
            .paragraphs([SheetText(try strings.text("plan.blank_review"))]), .writingLines(1),
            .heading(try strings.text("plan.signatures")),
            .signatures(names: Array(repeating: "", count: Self.blankSignatures), dateLabel: try strings.text("plan.date")),
        ]
        let title = try strings.text("plan.title_blank")
        return FamilyPlan(
            title: title, blocks: blocks,
            metadata: SheetMetadata(
                title: title, author: nil, subject: try strings.text("plan.subject"),
                creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z", language: strings.language),
            seedKey: "safety-plan/blank", pageLabel: try strings.text("record.page"), isBlank: true)
    }

    static let blankRules = 4
    static let blankSignatures = 6

    /// The picture of each rule being kept: the very picture the story draws for it (the case's own, or the
    /// grammar's rule kept by whoever makes sure, in its place), with helpers' jobs under their names.
    func ruleScenes(_ caseFile: CaseFile, cast: Cast, names: String, file: String) throws(ComposeError) -> [SceneContent?] {
        let writer = SectionWriter(caseFile: caseFile, strings: strings, cast: cast, names: names, file: file)
        var pages: [StoryPage] = []
        for rule in caseFile.safetyPlan.rules { pages.append(try writer.rulePage(rule, heading: nil)) }
        pages = PlacedEverywhere.adding(to: pages)
        pages = try JobLabels(strings: strings, caseFile: caseFile).adding(to: pages)
        return pages.map(\.scene)
    }

    /// Who signs: the case's `signed_by`, else the grown-ups in the family the child is safe with, then the network.
    func signers(_ caseFile: CaseFile) -> [Person] {
        let plan = caseFile.safetyPlan
        if !plan.signedBy.isEmpty { return plan.signedBy.compactMap { caseFile.person(id: $0) } }
        var out = caseFile.people.filter { $0.isFamily && !$0.notSafe }
        for person in caseFile.people where person.network && !out.contains(person) { out.append(person) }
        return out
    }

    /// "Jean Example (Nana Jean)": the full name, with what the child calls them when that is not in it.
    static func fullName(_ person: Person) -> String {
        guard let called = person.called, !person.name.contains(called) else { return person.name }
        return "\(person.name) (\(called))"
    }

    /// A statement as the grown-ups agreed it (the professional wording), located for messages.
    static func adult(_ s: Statement) -> SheetText {
        SheetText(s.text, location: s.location, keyPath: s.keyPath)
    }

    /// "12 March 2026".
    func formatted(_ date: CalendarDate) throws(ComposeError) -> String {
        try ThreeHousesComposer(strings: strings).formatted(date)
    }
}
