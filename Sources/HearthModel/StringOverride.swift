/// A case's own wording for one of a document's fixed words (`output.strings:`), for a family whose dialect or
/// names for things differ from the strings file's. Checked against the strings file when composing, where the
/// keys and their placeholders are known; kept here with its place in the file so that check can point at it.
public struct StringOverride: Hashable, Sendable {
    /// The strings-file key, e.g. `house.worries`.
    public var key: String
    public var text: String
    public var location: SourceLocation?
    /// `output.strings.house.worries`.
    public var keyPath: String

    public init(key: String, text: String, location: SourceLocation? = nil, keyPath: String = "") {
        self.key = key
        self.text = text
        self.location = location
        self.keyPath = keyPath
    }
}
