import HearthLooks

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
    /// Whether they are the child's family (key `family`), when the case says; otherwise ``isFamily`` decides
    /// from who they are to the child.
    public var family: Bool?
    /// Where the person starts in the case file, for later error messages.
    public var location: SourceLocation?

    /// - Parameter looks: how they are drawn; `nil` means not described, giving the defaults for the id
    ///   (an adult, with `role`), exactly as the decoder gives a person written without `looks:`.
    public init(
        id: String, name: String, called: String? = nil, relation: String? = nil, role: Role? = nil,
        looks: PersonLooks? = nil, network: Bool = false, notSafe: Bool = false, isPrivate: Bool = false,
        family: Bool? = nil, location: SourceLocation? = nil
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
        self.family = family
        self.location = location
    }

    /// The name to print: `called` if given ("Nana Jean"), else the first word of `name`.
    public var displayName: String {
        if let called { return called }
        return name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? name
    }
}

extension Person {
    /// Words for family, as practitioners write `relation:`: parents, step-parents, grandparents, aunts and uncles,
    /// brothers, sisters and cousins, in the ways families say them.
    public static let familyWords: Set<String> = [
        "mum", "mummy", "mom", "mommy", "mam", "mammy", "mother", "mama", "ma", "dad", "daddy", "father", "papa", "pa",
        "parent", "stepmum", "stepdad", "stepmother", "stepfather", "step-mum", "step-dad", "step-mother", "step-father",
        "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa",
        "grandfather", "grandparent", "grandparents", "grandmum", "great-grandmother", "great-grandfather", "aunt",
        "auntie", "aunty", "uncle", "sister", "brother", "half-sister", "half-brother", "stepsister", "stepbrother",
        "step-sister", "step-brother", "sibling", "cousin", "partner", "kinship", "guardian", "tata", "mama", "babcia",
        "dziadek", "bunica", "bunicul", "nani", "nana-ji", "dadi", "dada", "abba", "ammi", "ami", "baba",
    ]

    /// Whether the child's documents count them as family: as the case says (`family:`), else a foster carer
    /// (family while the child lives with them), or a relation that names family ("mum", "Nana", "uncle"). A parent
    /// the child is not safe with is still family unless the case says otherwise; professionals, neighbours and
    /// friends are helpers, never family.
    public var isFamily: Bool {
        if let family { return family }
        if role == .fosterCarer { return true }
        if role != nil { return false }
        guard let relation = relation?.lowercased() else { return false }
        if relation.contains("foster") || relation.contains("kinship carer") || relation.contains("special guardian") { return true }
        // "aunt (Mummy's sister)" is an aunt; "Mum's friend" is a friend: words in brackets and words that say
        // whose someone is do not count.
        let said = relation.split(separator: "(").first.map(String.init) ?? relation
        let words = said.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" }).map(String.init)
            .filter { !$0.hasSuffix("'s") && !$0.hasSuffix("’s") }
        return words.contains(where: Person.familyWords.contains)
    }
}
