import HearthGeometry

/// One entry of a document's outline given apart from its pages' bookmarks.
///
/// Exists for the imposed A5 booklet: each A4 side carries two story pages, out of story order, so a sheet's
/// bookmark cannot say where every section starts. The outline is then the story's own, each entry opening the
/// half of the sheet where its section begins.
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    /// The index of the page (sheet side) the entry opens.
    public var page: Int
    /// The part of that page to show, in the page's points from its top-left corner; nil for the whole page.
    public var area: Rect?

    public init(title: String, page: Int, area: Rect? = nil) {
        self.title = title
        self.page = page
        self.area = area
    }
}
