import HearthModel

/// Turns a case's `scales` into safety scale pages, one per child: for each thing scaled (each `about`), the child's
/// latest score and each grown-up's latest, on a 0–10 line whose ends a child can read. Also makes the blank sheet.
public struct SafetyScaleComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    /// The children a scale page is made for: each child with a score, or when only grown-ups gave scores, the
    /// story's first child.
    public static func children(of caseFile: CaseFile) -> [Child] {
        let scored = caseFile.children.filter { child in caseFile.scales.contains { $0.who == child.id } }
        if !scored.isEmpty { return scored }
        return caseFile.scales.isEmpty ? [] : Array(caseFile.storyChildren.prefix(1))
    }

    public func sheet(for child: Child, in caseFile: CaseFile, file: String) throws(ComposeError) -> SafetyScaleSheet {
        let people = SheetPeople(caseFile: caseFile, strings: strings)
        let strips = try self.strips(for: child, in: caseFile, file: file)
        let dates = caseFile.scales.filter { $0.who == child.id }.compactMap(\.date)
        let latest = (dates.isEmpty ? caseFile.scales.compactMap(\.date) : dates).max()
        let title = try strings.text("scale.title", ["name": child.displayName])
        var details: [String] = []
        if let age = child.age { details.append(try strings.text("three_houses.age", ["age": String(age)])) }
        if let latest { details.append(try people.formatted(latest)) }
        return SafetyScaleSheet(
            title: title, details: details, blankFields: latest == nil ? [try strings.text("three_houses.date_blank")] : [],
            strips: strips, isBlank: false,
            metadata: SheetMetadata(
                title: title, author: caseFile.author, subject: try strings.text("scale.subject"),
                creationDate: (latest?.iso ?? ThreeHousesComposer.pinnedDate) + "T00:00:00Z", language: strings.language),
            seedKey: "safety-scale/\(child.id)", titleOrigin: people.nameOrigin(of: child.id, file: file))
    }

    /// One strip per thing scaled, in the order first written; on each, the child's latest score and every
    /// grown-up's latest (people the child is not safe with, or who cannot be named, are left off).
    public func strips(for child: Child, in caseFile: CaseFile, file: String) throws(ComposeError) -> [ScaleStrip] {
        let people = SheetPeople(caseFile: caseFile, strings: strings)
        var abouts: [String?] = []
        for score in caseFile.scales where !abouts.contains(score.about) { abouts.append(score.about) }
        var strips: [ScaleStrip] = []
        for about in abouts {
            let scores = caseFile.scales.filter { $0.about == about }
            var who: [String] = []
            for s in scores where !who.contains(s.who) && (s.who == child.id || caseFile.child(id: s.who) == nil) {
                who.append(s.who)
            }
            who.sort { ($0 == child.id ? 0 : 1) < ($1 == child.id ? 0 : 1) }
            var marks: [ScaleMark] = []
            for id in who {
                guard let score = caseFile.latestScore(of: id, about: about), let person = try people.person(id) else { continue }
                marks.append(ScaleMark(
                    person: person, score: score.score,
                    label: try strings.text("scale.mark", ["name": person.name, "score": String(score.score)])))
            }
            let first = scores.first
            let index = caseFile.scales.firstIndex { $0 == first } ?? 0
            func text(_ value: String?, _ key: String) -> SheetText? {
                let at = caseFile.texts.first { $0.keyPath == "scales[\(index)].\(key)" }?.location ?? first?.location
                return value.map { SheetText($0, location: at, keyPath: "scales[\(index)].\(key)") }
            }
            /// What an end means, from the first score that says, at its own line.
            func note(_ value: KeyPath<ScaleScore, String?>, _ key: String) -> SheetText? {
                guard let score = scores.first(where: { $0[keyPath: value] != nil }), let said = score[keyPath: value] else { return nil }
                let i = caseFile.scales.firstIndex { $0 == score } ?? 0
                return SheetText(said, location: people.location("scales[\(i)].\(key)") ?? score.location, keyPath: "scales[\(i)].\(key)")
            }
            let question = SheetText(try strings.text("scale.question"))
            strips.append(ScaleStrip(
                about: text(about, "about") ?? question, zeroLabel: try strings.text("scale.zero"), tenLabel: try strings.text("scale.ten"),
                zeroNote: note(\.zero, "zero"), tenNote: note(\.ten, "ten"),
                marks: marks))
        }
        return strips
    }

    /// A blank scale to fill in by hand: the ends, the numbers, and room for a name and date.
    public func blankSheet(childName: String?) throws(ComposeError) -> SafetyScaleSheet {
        let title = try strings.blankTitleText(childName, named: "scale.title", blank: "scale.title_blank")
        var fields: [String] = []
        if childName == nil { fields.append(try strings.text("three_houses.name_blank")) }
        fields.append(try strings.text("three_houses.date_blank"))
        var sheet = SafetyScaleSheet(
            title: title, details: [], blankFields: fields,
            strips: [ScaleStrip(
                about: SheetText(try strings.text("scale.question")), zeroLabel: try strings.text("scale.zero"),
                tenLabel: try strings.text("scale.ten"))],
            isBlank: true,
            metadata: SheetMetadata(
                title: title, author: nil, subject: try strings.text("scale.subject"),
                creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z", language: strings.language),
            seedKey: "safety-scale/blank", titleOrigin: nil)
        sheet.prompts = [try strings.text("scale.why"), try strings.text("scale.higher")]
        return sheet
    }
}
