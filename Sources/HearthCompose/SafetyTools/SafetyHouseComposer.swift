import HearthModel

/// Turns a `safety_house` entry (or nothing, for a blank) into a Safety House page in the chosen language.
///
/// The rules are the child's words as written; with none, the safety plan's rules in the words agreed for the child
/// (a rule with no such words is a problem, never printed in the professional wording). The red circle is only
/// filled on a copy kept by the worker and only when the case asks (the decoder refuses it on a child's copy).
public struct SafetyHouseComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    public func sheet(for session: SafetyHouseSession, in caseFile: CaseFile, file: String) throws(ComposeError) -> SafetyHouseSheet {
        let people = SheetPeople(caseFile: caseFile, strings: strings)
        let child = caseFile.child(id: session.child)
        let name = child?.displayName ?? session.child
        let number = caseFile.safetyHouses.firstIndex(of: session) ?? 0
        var rules = session.rules.enumerated().map { i, text in
            SheetText(text, location: session.ruleLocations.indices.contains(i) ? session.ruleLocations[i] : session.location,
                      keyPath: "safety_house[\(number)].rules[\(i)]")
        }
        if rules.isEmpty {
            rules = caseFile.safetyPlan.rules.enumerated().map { i, rule in
                SheetText(
                    rule.wording, location: rule.child == nil ? rule.location : (rule.childLocation ?? rule.location),
                    keyPath: rule.child == nil ? "safety_plan.rules[\(i)].rule" : "safety_plan.rules[\(i)].child",
                    voice: rule.child == nil ? .professional : .forTheChild)
            }
        }
        var path = ScaleStrip(zeroLabel: try strings.text("scale.zero"), tenLabel: try strings.text("scale.ten"))
        let score = session.score ?? caseFile.latestScore(of: session.child)?.score
        if let score, let me = try people.person(session.child) {
            path.marks = [ScaleMark(person: me, score: score, label: try strings.text("scale.mark", ["name": name, "score": String(score)]))]
        }
        let red = session.redCircle && session.keptBy == .worker
        var details: [String] = []
        if let age = child?.age { details.append(try strings.text("three_houses.age", ["age": String(age)])) }
        if let date = session.date { details.append(try people.formatted(date)) }
        var record: [SheetText] = []
        if let recorder = session.recordedBy {
            var line = try strings.text("record.written_by", ["name": name, "recorder": recorder])
            if let date = session.date { line += " " + (try strings.text("record.on_date", ["date": people.formatted(date)])) }
            let key = "safety_house[\(number)].recorded_by"
            record.append(SheetText(line + ".", location: people.location(key) ?? session.location, keyPath: key))
        }
        let title = try strings.text("safety_house.title", ["name": name])
        return SafetyHouseSheet(
            title: title, details: details, blankFields: session.date == nil ? [try strings.text("three_houses.date_blank")] : [],
            livesHere: try people.people(session.livesHere), visitors: try people.people(session.visits),
            livesHereLabel: try strings.text("safety_house.lives_here"), visitsLabel: try strings.text("safety_house.visits"),
            rulesHeading: try strings.text("safety_house.rules"), rules: rules, path: path,
            pathLabel: try strings.text(score == nil ? "safety_house.path_blank" : "safety_house.path", ["name": name]),
            redCircle: red ? try people.people(caseFile.people.filter(\.notSafe).map(\.id), allowNotSafe: true) : nil,
            redCircleLabel: try strings.text("safety_house.red_circle", ["name": name]),
            copyNote: session.keptBy == .worker ? try strings.text("safety_house.worker_copy") : nil,
            record: record, isBlank: false,
            metadata: SheetMetadata(
                title: title, author: caseFile.author ?? session.recordedBy, subject: try strings.text("safety_house.subject"),
                creationDate: (session.date?.iso ?? ThreeHousesComposer.pinnedDate) + "T00:00:00Z", language: strings.language),
            seedKey: "safety-house/\(session.child)/\(session.date?.iso ?? "undated")",
            titleOrigin: people.nameOrigin(of: session.child, file: file))
    }

    /// An empty Safety House for a live session: empty rooms, lines on the roof, the path with no mark, no red circle.
    public func blankSheet(childName: String?) throws(ComposeError) -> SafetyHouseSheet {
        let title = try strings.blankTitleText(childName, named: "safety_house.title", blank: "safety_house.title_blank")
        var fields: [String] = []
        if childName == nil { fields.append(try strings.text("three_houses.name_blank")) }
        fields.append(try strings.text("three_houses.date_blank"))
        return SafetyHouseSheet(
            title: title, details: [], blankFields: fields, livesHere: [], visitors: [],
            livesHereLabel: try strings.text("safety_house.lives_here"), visitsLabel: try strings.text("safety_house.visits"),
            rulesHeading: try strings.text("safety_house.rules"), rules: [],
            path: ScaleStrip(zeroLabel: try strings.text("scale.zero"), tenLabel: try strings.text("scale.ten")),
            pathLabel: try strings.text("safety_house.path_blank"), redCircle: nil,
            redCircleLabel: try strings.text("safety_house.red_circle", ["name": childName ?? "me"]), copyNote: nil,
            record: [], isBlank: true,
            metadata: SheetMetadata(
                title: title, author: nil, subject: try strings.text("safety_house.subject"),
                creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z", language: strings.language),
            seedKey: "safety-house/blank", titleOrigin: nil)
    }
}
