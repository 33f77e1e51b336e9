import HearthModel

/// The content of a Fairy/Wizard page: the helper the child chose, and three clouds for what the child would ask it
/// to take away, to keep and to make happen — the child's words verbatim, or lines to write on.
public struct FairyWizardSheet: Hashable, Sendable {
    public var title: String
    public var details: [String]
    public var blankFields: [String]
    /// `nil` on a blank sheet: the child draws a fairy or a wizard, and both are shown small.
    public var helper: MagicHelper?
    public var wishes: [WishContent]
    public var record: [SheetText]
    public var isBlank: Bool
    public var metadata: SheetMetadata
    public var seedKey: String
    public var titleOrigin: String?
}

/// One of the three wishes: its heading ("Please take away…"), its prompt, and the child's words.
public struct WishContent: Hashable, Sendable {
    public var wish: MagicWish
    public var heading: String
    public var prompt: String
    public var items: [SheetText]
    public var drawing: DrawingSource?
}
