import HearthModel

/// The content of one Three Houses worksheet, in words: what layout has to place, with no positions yet.
public struct ThreeHousesSheet: Hashable, Sendable {
    public var title: String
    /// "Age 7", "12 March 2026": shown under the title.
    public var details: [String]
    /// Labels for the fields left to fill in by hand (blank worksheets only).
    public var blankFields: [String]
    public var houses: [HouseContent]
    /// Lines for the record at the foot of the page (who wrote the words down, the questions asked).
    public var record: [SheetText]
    public var isBlank: Bool
    /// The roofs' signs are left empty so the child can name each house (blank worksheets only).
    public var childNamesHouses: Bool = false
    /// Writing lines in the houses (blank worksheets only); without them each house is open space to draw in.
    public var writingLines: Bool = false
    public var metadata: SheetMetadata
    /// Stable text the pen's seeds derive from, so the same case draws the same lines.
    public var seedKey: String
    /// "Page {page} of {pages}" with the words filled in later.
    public var pageLabel: String
    /// Heading of a follow-up page holding words from more than one house.
    public var followUpTitle: String
    /// "more on page {page} →", written at the foot of a house whose words carry on.
    public var continuedNote: String
    /// `file:line:column: key` of the child's name the title is made from, for messages about the title.
    public var titleOrigin: String? = nil
}

/// One house: its name, and the child's words or the prompt for a blank one.
public struct HouseContent: Hashable, Sendable {
    public var house: House
    public var name: String
    public var prompt: String
    public var items: [SheetText]
    /// An absolute path to the child's own drawing for this house.
    public var drawing: DrawingSource?
    /// Heading of a follow-up page holding words that did not fit.
    public var followUpTitle: String
}

/// A piece of text with where it came from, so a later error can point into the case file, and whose words
/// it is, so a child-facing document can prove it prints only words meant for the child.
public struct SheetText: Hashable, Sendable {
    public var text: String
    /// A BCP 47 tag when the words are known to be in a language that changes the font (Urdu: Nastaliq).
    public var language: String?
    /// `file:line:column: key` for messages about this text.
    public var origin: String?
    /// Where the words are written in the case file, when they come from it.
    public var location: SourceLocation?
    /// The key of the words in the case, e.g. `map.harm[0].child`.
    public var keyPath: String?
    public var voice: Voice

    public init(
        _ text: String, language: String? = nil, origin: String? = nil, location: SourceLocation? = nil,
        keyPath: String? = nil, voice: Voice = .forTheChild
    ) {
        self.text = text
        self.language = language
        self.location = location
        self.keyPath = keyPath
        self.voice = voice
        self.origin = origin ?? location.map { "\($0): \(keyPath ?? "")" }
    }
}

/// Whose words a printed sentence is.
public enum Voice: Hashable, Sendable {
    /// Words for the child: Hearth's fixed words, the wording agreed with the family (`child:`), the child's own
    /// words, or a page the practitioner wrote for the child.
    case forTheChild
    /// The professional wording, standing in where no child wording was agreed: only a draft may print it.
    case professional
}

/// A drawing file named in the case, resolved to an absolute path.
public struct DrawingSource: Hashable, Sendable {
    public var path: String
    public var origin: String
}

/// What the PDF says about itself.
public struct SheetMetadata: Hashable, Sendable {
    public var title: String
    public var author: String?
    public var subject: String
    /// ISO 8601 with `Z`, taken from the interview date (or pinned for blanks).
    public var creationDate: String
    /// The BCP 47 tag of the document's own words (its headings), for screen readers.
    public var language: String? = nil
}
