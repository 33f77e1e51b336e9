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
    public var threeHouses: [ThreeHousesInterview]
    public var output: OutputChoices

    public init(
        schemaVersion: Int = 1,
        author: String? = nil,
        title: String? = nil,
        children: [Child],
        threeHouses: [ThreeHousesInterview] = [],
        output: OutputChoices = OutputChoices()
    ) {
        self.schemaVersion = schemaVersion
        self.author = author
        self.title = title
        self.children = children
        self.threeHouses = threeHouses
        self.output = output
    }

    /// The child with this id; interviews refer to children this way.
    public func child(id: String) -> Child? {
        children.first { $0.id == id }
    }
}
