/// A decoded, validated case file: the single input from which every document is composed.
///
/// A value of this type only exists when the file had no problems at all, so later stages can trust
/// it (every interview names a real child, every sentence is non-empty, and so on).
public struct CaseFile: Hashable, Sendable {
    /// The case-file format version (key `hearth`); only 1 exists.
    public var schemaVersion: Int
    /// Who prepared the documents (key `case.author`); goes into PDF metadata.
    public var author: String?
    /// A title for the document set (key `case.title`); goes into PDF metadata.
    public var title: String?
    public var children: [Child]
    /// The other people in the children's lives (key `people`), in the order written. Their ids never
    /// repeat a child's.
    public var people: [Person]
    public var threeHouses: [ThreeHousesInterview]
    /// Named pictures (key `pictures`) that documents can refer to by name.
    public var pictures: [String: SceneDescription]
    public var output: OutputChoices

    public init(
        schemaVersion: Int = 1,
        author: String? = nil,
        title: String? = nil,
        children: [Child],
        people: [Person] = [],
        threeHouses: [ThreeHousesInterview] = [],
        pictures: [String: SceneDescription] = [:],
        output: OutputChoices = OutputChoices()
    ) {
        self.schemaVersion = schemaVersion
        self.author = author
        self.title = title
        self.children = children
        self.people = people
        self.threeHouses = threeHouses
        self.pictures = pictures
        self.output = output
    }

    /// The child with this id; interviews refer to children this way.
    public func child(id: String) -> Child? {
        children.first { $0.id == id }
    }

    /// The person (not a child) with this id.
    public func person(id: String) -> Person? {
        people.first { $0.id == id }
    }

    /// How to draw someone a scene names: a child's or person's looks by id, or — for a role word that is
    /// not an id in this case, such as `doctor` — the default looks of a grown-up in that role. `nil` for
    /// anything else.
    public func looks(of id: String) -> PersonLooks? {
        if let child = child(id: id) { return child.looks }
        if let person = person(id: id) { return person.looks }
        if let role = SceneDescription.strangerRole(id) {
            return PersonLooks.defaults(for: id, age: .adult, role: role)
        }
        return nil
    }

    /// The names under `pictures`, in the order they are written in the file.
    public var pictureNames: [String] {
        pictures.sorted { lhs, rhs in
            let left = (lhs.value.location?.line ?? 0, lhs.value.location?.column ?? 0, lhs.key)
            let right = (rhs.value.location?.line ?? 0, rhs.value.location?.column ?? 0, rhs.key)
            return left < right
        }.map(\.key)
    }
}

extension SceneDescription {
    /// The role words a scene may use for someone not in the case ("a doctor"). A foster carer is a
    /// particular person, so is added under `people:` instead.
    public static let strangerRoles: [Role] = Role.allCases.filter { $0 != .fosterCarer }

    /// The role a scene's role word names, if it is one.
    static func strangerRole(_ word: String) -> Role? {
        Role(rawValue: word).flatMap { strangerRoles.contains($0) ? $0 : nil }
    }
}
