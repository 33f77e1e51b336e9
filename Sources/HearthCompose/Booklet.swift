import HearthModel

/// A Words and Pictures booklet in words: one idea per page, each a picture and a few sentences, in the order
/// the practice tells the story. Layout decides sizes and places.
public struct Booklet: Hashable, Sendable {
    public var title: String
    public var pages: [StoryPage]
    public var metadata: SheetMetadata
    /// The reader's age band: it sets the type size.
    public var ageBand: AgeBand
}

/// One page of the story.
public struct StoryPage: Hashable, Sendable {
    public var section: BookletSection
    /// The small heading above the page ("What happened"); nil on the cover.
    public var heading: String?
    public var sentences: [SheetText]
    public var scene: SceneContent?
    /// The cover sets its title large; the last page leaves room for the child's drawing.
    public var isCover: Bool
    public var drawingSpace: String?

    public init(
        section: BookletSection, heading: String?, sentences: [SheetText], scene: SceneContent?, isCover: Bool = false,
        drawingSpace: String? = nil
    ) {
        self.section = section
        self.heading = heading
        self.sentences = sentences
        self.scene = scene
        self.isCover = isCover
        self.drawingSpace = drawingSpace
    }
}
