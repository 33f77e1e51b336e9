/// The shape `children:` and `people:` share: a list of entries, each with an id that is claimed in an
/// ``IdentifierRegistry`` (ids must be unique across both lists), a value when the entry has no problems, and what
/// the file says about the entry's looks, resolved later for everyone at once.
struct Roster<Value> {
    /// One entry as its decoder read it.
    struct Entry {
        var id: String?
        /// Where the id is written, when it is valid.
        var idReader: NodeReader?
        /// The entry, when it has no problems.
        var value: Value?
        var looks: LooksDescription?
    }

    /// The entries read without problems, their looks not yet resolved (see ``looks``).
    var values: [Value] = []
    /// What the file says about each entry's looks, in the order of ``values``.
    var looks: [LooksDescription] = []
    /// Every valid id found, even for an entry with other problems, so references to it are not also reported.
    var ids: [String] = []
    /// Where each id is written, for the check that ids are not repeated.
    var claims: [IdentifierRegistry.Claim] = []

    /// Decodes every item with `entry`, claiming ids as `kind`.
    init(_ items: [NodeReader], kind: IdentifierRegistry.Kind, entry: (NodeReader) -> Entry?) {
        var registry = IdentifierRegistry()
        for item in items {
            guard let decoded = entry(item) else { continue }
            if let id = decoded.id, let idReader = decoded.idReader {
                registry.claim(id, by: item.path, at: idReader, kind: kind)
            }
            if let value = decoded.value {
                values.append(value)
                looks.append(decoded.looks ?? LooksDescription())
            }
        }
        ids = registry.ids
        claims = registry.claims
    }
}
