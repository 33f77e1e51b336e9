/// What `hearth anonymise` made: the training copy's text, every change it made (for the report a trainer reads
/// before sharing the copy), and what it could not be sure of.
public struct AnonymisedCase: Hashable, Sendable {
    /// The anonymised case file, in YAML, ready to render.
    public var text: String
    public var changes: [AnonymisedChange]
    /// Words and numbers that may still identify the family, located in the anonymised file.
    public var warnings: [Diagnostic]
}

/// One replacement, located in the original case file.
public struct AnonymisedChange: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var keyPath: String
    /// What was replaced: "name", "phone number", "date", "postcode", "address", "school", "private value",
    /// "author", "drawing".
    public var what: String
    public var before: String
    public var after: String

    public var description: String {
        (location.map { "\($0): " } ?? "") + (keyPath.isEmpty ? "" : "\(keyPath): ")
            + "\(what) '\(Excerpt.of(before))' → '\(Excerpt.of(after))'"
    }
}
