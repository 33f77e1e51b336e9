import HearthModel

/// The content of a safety scale page: one strip per thing the scale is about, each with its marks. A strip is
/// also what the Safety House puts on its path.
public struct SafetyScaleSheet: Hashable, Sendable {
    public var title: String
    /// The date, under the title.
    public var details: [String]
    /// Labels of fields to fill in by hand (blank sheets).
    public var blankFields: [String]
    public var strips: [ScaleStrip]
    /// The scaling questions asked after the number, with lines to write the answers on (blank sheets): what makes
    /// it this number, and what one number higher would look like.
    public var prompts: [String] = []
    public var isBlank: Bool
    public var metadata: SheetMetadata
    public var seedKey: String
    public var titleOrigin: String?
}

/// One 0–10 scale: what it asks, what its ends mean, and who put themselves where.
public struct ScaleStrip: Hashable, Sendable {
    /// What the scale is about ("Mum's drinking"), as the case writes it; `nil` for the whole case.
    public var about: SheetText?
    /// The child-friendly ends: "not safe at all" and "really safe".
    public var zeroLabel: String
    public var tenLabel: String
    /// What 0 and 10 mean in this case, in plain words, when the case says.
    public var zeroNote: SheetText?
    public var tenNote: SheetText?
    /// The child's mark first, then the grown-ups' in the order written.
    public var marks: [ScaleMark]

    public init(
        about: SheetText? = nil, zeroLabel: String, tenLabel: String, zeroNote: SheetText? = nil, tenNote: SheetText? = nil,
        marks: [ScaleMark] = []
    ) {
        self.about = about
        self.zeroLabel = zeroLabel
        self.tenLabel = tenLabel
        self.zeroNote = zeroNote
        self.tenNote = tenNote
        self.marks = marks
    }
}

/// One person's place on a scale.
public struct ScaleMark: Hashable, Sendable {
    public var person: SheetPerson
    public var score: Int
    /// "Mia: 7", written beside the mark.
    public var label: String
}
