/// A child the documents are written for or about.
///
/// `id` is the short handle the rest of the case file uses to refer to the child; it never appears on
/// paper, so a worker can keep it stable while the child's name or nickname changes.
public struct Child: Hashable, Sendable {
    public var id: String
    /// The child's full name.
    public var name: String
    /// What the child likes to be called, if different from their first name.
    public var called: String?
    public var age: Int?
    /// In the child's own terms, e.g. "she/her".
    public var pronouns: String?

    public init(id: String, name: String, called: String? = nil, age: Int? = nil, pronouns: String? = nil) {
        self.id = id
        self.name = name
        self.called = called
        self.age = age
        self.pronouns = pronouns
    }

    /// The name to print: `called` if given, else the first word of `name`.
    public var displayName: String {
        if let called { return called }
        return name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? name
    }
}
