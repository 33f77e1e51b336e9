/// A child's drawing named in the case file; the path is relative to the case file and resolved later
/// (existence is checked later, so keep the location).
public struct DrawingRef: Hashable, Sendable {
    /// As written in the case file, trimmed.
    public var path: String
    public var location: SourceLocation?
    /// E.g. `three_houses[0].drawings.dreams`, for a later "file not found" diagnostic.
    public var keyPath: String

    public init(path: String, location: SourceLocation? = nil, keyPath: String = "") {
        self.path = path
        self.location = location
        self.keyPath = keyPath
    }
}
