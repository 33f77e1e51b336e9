/// A grown-up (or another child) in the child's life who is not one of the children the documents are
/// for: family, carers, and the professionals the child meets.
///
/// Like a child's, a person's `id` is the short handle the rest of the case file uses (scenes name
/// people by id); it never appears on paper. Ids are unique across `children:` and `people:` together.
public struct Person: Hashable, Sendable {
    public var id: String
    /// The person's full name, e.g. "Anna Kowalska" or "Dr Priya Patel".
    public var name: String
    /// What the child calls them ("Mummy", "Nana Jean"); printed in the child's documents when given.
    public var called: String?
    /// Who they are to the child, in the worker's words: mum, dad, nana, foster carer, social worker…
    public var relation: String?
    /// A professional role, which adds its prop to the drawing (a doctor's stethoscope…).
    public var role: Role?
    /// How they are drawn. Always complete: what the case file leaves out is filled in by
    /// ``PersonLooks/defaults(for:age:role:variant:)``.
    public var looks: PersonLooks
    /// Whether they are in the child's safety network (key `network`).
    public var network: Bool
    /// Whether the child is not safe with them (key `not_safe`); such a person is never put in the
    /// network, and documents such as the safety house draw them outside.
    public var notSafe: Bool
    /// Whether the person's full name must never reach a child-facing document (key `private`): a new
    /// partner whose identity is protected, a foster carer's surname the birth family must not learn. Only
    /// what the child calls them (`called`) may be printed; with no `called`, they cannot be named at all.
    public var isPrivate: Bool
    /// Where the person starts in the case file, for later error messages.
    public var location: SourceLocation?

    /// - Parameter looks: how they are drawn; `nil` means not described, giving the defaults for the id
    ///   (an adult, with `role`), exactly as the decoder gives a person written without `looks:`.
    public init(
        id: String, name: String, called: String? = nil, relation: String? = nil, role: Role? = nil,
        looks: PersonLooks? = nil, network: Bool = false, notSafe: Bool = false, isPrivate: Bool = false,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.called = called
        self.relation = relation
        self.role = role
        self.looks = looks ?? PersonLooks.defaults(for: id, age: .adult, role: role)
        self.network = network
        self.notSafe = notSafe
        self.isPrivate = isPrivate
        self.location = location
    }

    /// The name to print: `called` if given ("Nana Jean"), else the first word of `name`.
    public var displayName: String {
        if let called { return called }
        return name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? name
    }
}
