/// A whole output document: its pages and what the PDF says about itself.
public struct FrameDocument: Hashable, Sendable {
    public var pages: [Frame]
    public var metadata: DocumentMetadata
    /// The outline, when the pages' own bookmarks cannot give it (an imposed booklet); nil: one entry per
    /// bookmarked page, in page order.
    public var outline: [OutlineEntry]?

    public init(pages: [Frame], metadata: DocumentMetadata, outline: [OutlineEntry]? = nil) {
        self.pages = pages
        self.metadata = metadata
        self.outline = outline
    }
}

/// Title, author and dates of a document. The creation date always comes from the case (or a pinned value), never
/// the clock, so the same input gives the same bytes.
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var keywords: String?
    /// ISO 8601, e.g. `2026-03-12T00:00:00Z`.
    public var creationDate: String
    /// The BCP 47 tag of the document's own words, which screen readers choose a voice by; nil when unknown.
    public var language: String?

    public init(
        title: String, author: String?, subject: String?, keywords: String? = nil, creationDate: String,
        language: String? = nil
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creationDate = creationDate
        self.language = language
    }
}
