import HearthModel

/// Turns a case's people (or its `safety_circles` entry) into a child's safety circles; also the blank sheet.
/// Nobody the child is not safe with, and nobody who may not be named, is ever drawn.
public struct SafetyCirclesComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    /// The children circles are made for: those with a `safety_circles` entry, else the story's children.
    public static func children(of caseFile: CaseFile) -> [Child] {
        let listed = caseFile.children.filter { child in caseFile.safetyCirclesMaps.contains { $0.child == child.id } }
        return listed.isEmpty ? caseFile.storyChildren : listed
    }

    public func sheet(for child: Child, in caseFile: CaseFile, file: String) throws(ComposeError) -> SafetyCirclesSheet {
        let people = SheetPeople(caseFile: caseFile, strings: strings)
        let map = caseFile.safetyCircles(for: child.id)
        var rings: [CircleRing] = []
        for ring in SafetyRing.allCases {
            rings.append(CircleRing(
                ring: ring, name: try strings.text("circles.\(ring.rawValue)"),
                people: try people.people(map.people(in: ring).filter { $0 != child.id })))
        }
        var details: [String] = []
        if let age = child.age { details.append(try strings.text("three_houses.age", ["age": String(age)])) }
        if let date = map.date { details.append(try people.formatted(date)) }
        let title = try strings.text("circles.title", ["name": child.displayName])
        return SafetyCirclesSheet(
            title: title, details: details, blankFields: [],
            child: SheetPerson(id: child.id, name: child.displayName, looks: child.looks, isChild: true),
            centreLabel: child.displayName, rings: rings, isBlank: false,
            metadata: SheetMetadata(
                title: title, author: caseFile.author, subject: try strings.text("circles.subject"),
                creationDate: (map.date?.iso ?? ThreeHousesComposer.pinnedDate) + "T00:00:00Z", language: strings.language),
            seedKey: "safety-circles/\(child.id)", titleOrigin: people.nameOrigin(of: child.id, file: file))
    }

    func emptyRings() throws(ComposeError) -> [CircleRing] {
        var rings: [CircleRing] = []
        for ring in SafetyRing.allCases {
            rings.append(CircleRing(ring: ring, name: try strings.text("circles.\(ring.rawValue)"), people: []))
        }
        return rings
    }

    public func blankSheet(childName: String?) throws(ComposeError) -> SafetyCirclesSheet {
        let title = try strings.blankTitleText(childName, named: "circles.title", blank: "circles.title_blank")
        var fields: [String] = []
        if childName == nil { fields.append(try strings.text("three_houses.name_blank")) }
        fields.append(try strings.text("three_houses.date_blank"))
        return SafetyCirclesSheet(
            title: title, details: [], blankFields: fields, child: nil,
            centreLabel: try strings.blankTitleText(childName, named: "circles.name", blank: "circles.me"),
            rings: try emptyRings(),
            isBlank: true,
            metadata: SheetMetadata(
                title: title, author: nil, subject: try strings.text("circles.subject"),
                creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z", language: strings.language),
            seedKey: "safety-circles/blank", titleOrigin: nil)
    }
}
