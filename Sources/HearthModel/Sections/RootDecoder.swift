import HearthLooks
import Yams

/// Decodes the top level of a case file and hands each section to its own decoder.
///
/// Each section is one `optional(...)` line here and one file in this folder, plus its keys in
/// ``CaseFileSchema``. Sections that refer to children, people or pictures read after them, through
/// ``CaseReferences``.
enum RootDecoder {
    static func decode(_ root: Node?, context: DecodeContext) -> CaseFile? {
        guard let root, !root.isNull else {
            context.report(
                Diagnostic(
                    location: SourceLocation(file: context.file, line: 1, column: 1), keyPath: "",
                    message: "the file is empty",
                    fix: "start from the template made by 'hearth new'"))
            return nil
        }
        let reader = NodeReader(node: root, path: .root, context: context)
        return reader.mapping(
            object: "root",
            expected: "'key: value' lines at the top of the file, such as 'hearth: 1' and 'children:'",
            fix: "start from the template made by 'hearth new'"
        ) { map in
            let version = map.optional("hearth").flatMap(SchemaVersionDecoder.decode) ?? CaseFileSchema.currentVersion
            let caseInfo = map.optional("case").flatMap(CaseSectionDecoder.decode)
            let children = map.required(
                "children", what: "the list of children", example: "children:",
                fix: "under a 'children:' line, add one line '  - id: mia' and one line '    name: Mia Smith' per child")
                .flatMap(ChildrenDecoder.decode)
            let peopleReader = map.optional("people")
            let people = peopleReader.flatMap(PeopleDecoder.decode)
            IdentifierRegistry.reportRepeats((children?.claims ?? []) + (people?.claims ?? []))
            let interviews = map.optional("three_houses")
                .flatMap { ThreeHousesDecoder.decode($0, childIDs: children?.ids) } ?? []
            // Scenes may name anyone; when a list could not be read, its ids are unknown, so skip the check.
            let knownIDs = children.flatMap { children in
                peopleReader == nil ? children.ids : people.map { children.ids + $0.ids }
            }
            let picturesReader = map.optional("pictures")
            let pictures = picturesReader.flatMap { PicturesDecoder.decode($0, knownIDs: knownIDs) }
            let references = CaseReferences(
                childIDs: children?.ids,
                personIDs: peopleReader == nil ? [] : people?.ids,
                people: people?.values ?? [],
                pictureNames: picturesReader == nil ? [] : pictures?.names)
            let story = map.optional("story").flatMap { StoryDecoder.decode($0, references: references) } ?? Story()
            let caseMap = map.optional("map").flatMap { MapDecoder.decode($0, references: references) } ?? CaseMap()
            let disputes = map.optional("disputes").flatMap { DisputesDecoder.decode($0, references: references) } ?? []
            let safetyPlanReader = map.optional("safety_plan")
            let safetyPlan = safetyPlanReader.flatMap { SafetyPlanDecoder.decode($0, references: references) } ?? SafetyPlan()
            let scales = map.optional("scales").flatMap { ScalesDecoder.decode($0, references: references) } ?? []
            let pages = map.optional("pages").flatMap { PagesDecoder.decode($0, references: references) } ?? [:]
            let output = map.optional("output").flatMap(OutputDecoder.decode) ?? OutputChoices()
            let privateValues = map.optional("private").flatMap(PrivateValuesDecoder.decode) ?? []
            let safetyCard = map.optional("my_safety_plan").flatMap { SafetyCardDecoder.decode($0, references: references) }
            checkReviewDates(story: story, plan: safetyPlan, planReader: safetyPlanReader)
            let fairyWizard = map.optional("fairy_wizard").flatMap { FairyWizardDecoder.decode($0, references: references) } ?? []
            let safetyHouses = map.optional("safety_house").flatMap { SafetyHouseDecoder.decode($0, references: references) } ?? []
            let safetyCircles = map.optional("safety_circles").flatMap { SafetyCirclesDecoder.decode($0, references: references) } ?? []
            let (resolvedChildren, resolvedPeople) = resolveLooks(children: children, people: people)
            var file = CaseFile(
                schemaVersion: version,
                author: caseInfo?.author,
                title: caseInfo?.title,
                children: resolvedChildren,
                people: resolvedPeople,
                threeHouses: interviews,
                pictures: pictures?.pictures ?? [:],
                output: output,
                story: story,
                map: caseMap,
                disputes: disputes,
                safetyPlan: safetyPlan,
                scales: scales,
                pages: pages,
                privateValues: privateValues,
                safetyCard: safetyCard)
            file.fairyWizard = fairyWizard
            file.history = map.optional("history").map {
                StatementDecoder.list($0, kind: .statement, what: "moments of the family's history", references: references)
            } ?? []
            file.safetyHouses = safetyHouses
            file.safetyCirclesMaps = safetyCircles
            return file
        }
    }

    /// The booklet and the plan must give the child one review date, and it comes after the story's date.
    private static func checkReviewDates(story: Story, plan: SafetyPlan, planReader: NodeReader?) {
        guard let planReview = plan.review, case .mapping(let mapping) = planReader?.node,
              let pair = mapping.first(where: { $0.key.scalar?.string == "review" }), let planReader else { return }
        let reader = NodeReader(
            node: pair.value, path: planReader.path.appending(key: "review"), context: planReader.context, keyMark: pair.key.mark)
        if let storyReview = story.review {
            guard storyReview != planReview else { return }
            let line = story.location.map { " (line \($0.line))" } ?? ""
            reader.report(
                "the safety plan's review date \(planReview.iso) is not the story's review date \(storyReview.iso)",
                fix: "write the review date once, under 'safety_plan:', and delete 'review:' under 'story:'\(line), or make the two dates the same")
        } else if let date = story.date, planReview < date {
            reader.report(
                "the review date \(planReview.iso) is before the story's date \(date.iso)",
                fix: "check both dates; the review comes after the story is written")
        }
    }

    /// Fills in everyone's looks together, so that no two undescribed people look exactly alike.
    private static func resolveLooks(
        children: Roster<Child>?, people: Roster<Person>?
    ) -> ([Child], [Person]) {
        var resolvedChildren = children?.values ?? []
        var resolvedPeople = people?.values ?? []
        let childSubjects = zip(resolvedChildren, children?.looks ?? []).map { child, looks in
            LooksDescription.Subject(id: child.id, description: looks, defaultAge: Child.ageGroup(forAge: child.age, months: child.ageMonths))
        }
        let personSubjects = zip(resolvedPeople, people?.looks ?? []).map { person, looks in
            LooksDescription.Subject(id: person.id, description: looks, defaultAge: .adult, role: person.role)
        }
        let looks = LooksDescription.resolve(childSubjects + personSubjects)
        for index in resolvedChildren.indices where index < looks.count {
            resolvedChildren[index].looks = resolvedChildren[index].drawn(looks[index])
        }
        for index in resolvedPeople.indices where childSubjects.count + index < looks.count {
            resolvedPeople[index].looks = looks[childSubjects.count + index]
        }
        return (resolvedChildren, resolvedPeople)
    }
}
