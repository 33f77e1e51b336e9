/// Something that must never be printed on a document a child keeps (key `private`): the family's new address,
/// a refuge's postcode, a phone number, a school's name, a surname.
///
/// The case file may need these for the grown-ups' own records, and a professional statement may mention them;
/// listing them here makes Hearth refuse any child-facing document that would print one, wherever it came from.
public struct PrivateValue: Hashable, Sendable {
    /// The value as written, e.g. "14 Rowan Close" or "0113 496 0000".
    public var text: String
    public var location: SourceLocation?
    /// E.g. `private[0]`.
    public var keyPath: String

    public init(_ text: String, location: SourceLocation? = nil, keyPath: String = "") {
        self.text = text
        self.location = location
        self.keyPath = keyPath
    }
}

/// One piece of text as written in the case file, and where (see ``CaseFile/texts``).
public struct CaseText: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation?
    /// E.g. `safety_plan.talk_to[0].how`.
    public var keyPath: String

    public init(_ text: String, location: SourceLocation?, keyPath: String) {
        self.text = text
        self.location = location
        self.keyPath = keyPath
    }
}
