/// A whole output document: its pages and what the PDF says about itself.
public struct FrameDocument: Hashable, Sendable {
    public var pages: [Frame]
    public var metadata: DocumentMetadata

    public init(pages: [Frame], metadata: DocumentMetadata) {
        self.pages = pages
        self.metadata = metadata
    }
}

/// Title, author and dates of a document. The creation date always comes from the case (or a pinned value), never
/// the clock, so the same input gives the same bytes.
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var keywords: String?
    /// ISO 8601 with a `Z` zone, e.g. `2026-03-12T00:00:00Z` (Cairo 1.16 drops other zone minutes).
    public var creationDate: String

    public init(title: String, author: String?, subject: String?, keywords: String? = nil, creationDate: String) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creationDate = creationDate
    }
}
