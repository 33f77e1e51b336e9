import HearthLooks
import HearthModel

/// Someone drawn on a safety-tools sheet (a scale, a house, the circles): their id, the name the child knows them
/// by, who they are to the child, and how to draw them. Only names a child may see are ever put here.
public struct SheetPerson: Hashable, Sendable {
    public var id: String
    public var name: String
    /// "social worker", "nana": printed under the name on the safety circles.
    public var role: String?
    public var looks: PersonLooks
    public var isChild: Bool

    public init(id: String, name: String, role: String? = nil, looks: PersonLooks, isChild: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.looks = looks
        self.isChild = isChild
    }
}

/// How the safety tools name the people of a case on a child's sheet: a child by what they like to be called, a
/// grown-up by what the child calls them, else their first name — and a person marked private only by `called`,
/// so one without it is not named at all.
struct SheetPeople {
    var caseFile: CaseFile
    var strings: StringsCatalogue

    /// The person or child with this id as the sheet shows them; `nil` for someone who cannot be named on it
    /// (private with no `called`) or whom the child is not safe with, unless `allowNotSafe`.
    func person(_ id: String, allowNotSafe: Bool = false) throws(ComposeError) -> SheetPerson? {
        if let child = caseFile.child(id: id) {
            return SheetPerson(id: id, name: child.displayName, looks: child.looks, isChild: true)
        }
        guard let person = caseFile.person(id: id), allowNotSafe || !person.notSafe else { return nil }
        if person.isPrivate && person.called == nil { return nil }
        return SheetPerson(id: id, name: person.displayName, role: try role(of: person), looks: person.looks)
    }

    /// The people with these ids who may be shown, in order.
    func people(_ ids: [String], allowNotSafe: Bool = false) throws(ComposeError) -> [SheetPerson] {
        var out: [SheetPerson] = []
        for id in ids {
            if let p = try person(id, allowNotSafe: allowNotSafe) { out.append(p) }
        }
        return out
    }

    /// Who they are to the child: the role's own words ("social worker"), else the relation as written ("nana").
    func role(of person: Person) throws(ComposeError) -> String? {
        if let role = person.role { return try strings.text("role.\(role.rawValue)") }
        return person.relation
    }

    /// "12 March 2026".
    func formatted(_ date: CalendarDate) throws(ComposeError) -> String {
        "\(date.day) \(try strings.text("month.\(date.month)")) \(date.year)"
    }

    /// `file:line:column: key` for a message about a text, or `file: key` when its line is unknown.
    static func origin(_ file: String, _ location: SourceLocation?, _ keyPath: String) -> String {
        if let l = location { return "\(l.file):\(l.line):\(l.column): \(keyPath)" }
        return "\(file): \(keyPath)"
    }

    /// Where the text with this key is written in the case, when it is.
    func location(_ keyPath: String) -> SourceLocation? {
        caseFile.texts.first { $0.keyPath == keyPath }?.location
    }

    /// Where the child's printed name is written in the case, for messages about a title made from it.
    func nameOrigin(of id: String, file: String) -> String? {
        guard let i = caseFile.children.firstIndex(where: { $0.id == id }) else { return nil }
        let key = caseFile.children[i].called == nil ? "children[\(i)].name" : "children[\(i)].called"
        return caseFile.texts.first { $0.keyPath == key }.map { Self.origin(file, $0.location, $0.keyPath) }
    }
}

extension StringsCatalogue {
    /// A blank sheet's title: "{name}'s …" when a child's name is given, else the sheet's own "My …".
    func blankTitleText(_ childName: String?, named: String, blank: String) throws(ComposeError) -> String {
        if let childName { return try text(named, ["name": childName]) }
        return try text(blank)
    }
}
