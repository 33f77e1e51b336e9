/// One Fairy/Wizard session with a younger child (key `fairy_wizard`): what the child would ask a fairy or a
/// wizard to take away, to keep and to make happen, in the child's **verbatim** words, with any drawings.
///
/// It is the Three Houses' companion for children too young to think in houses: the worries become what the magic
/// takes away, the good things what it keeps, the dreams what it makes happen. The child chooses the helper.
public struct FairyWizardInterview: Hashable, Sendable {
    /// The ``Child/id`` of the child; the decoder guarantees it exists.
    public var child: String
    public var date: CalendarDate?
    /// Who wrote the words down (key `recorded_by`).
    public var recordedBy: String?
    /// The language of the child's words, when not the document's (a BCP 47 code).
    public var language: String?
    /// The prompts used, kept for the record.
    public var questions: [String]
    /// The fairy or the wizard, as the child chose (key `helper`).
    public var helper: MagicHelper
    public var takeAway: [String]
    public var keep: [String]
    public var makeHappen: [String]
    /// The child's own drawings, at most one per wish.
    public var drawings: [MagicWish: DrawingRef]
    public var location: SourceLocation?
    /// Where each sentence is written, wish by wish.
    public var wordLocations: [MagicWish: [SourceLocation?]]

    public init(
        child: String, date: CalendarDate? = nil, recordedBy: String? = nil, language: String? = nil,
        questions: [String] = [], helper: MagicHelper = .fairy, takeAway: [String] = [], keep: [String] = [],
        makeHappen: [String] = [], drawings: [MagicWish: DrawingRef] = [:], location: SourceLocation? = nil,
        wordLocations: [MagicWish: [SourceLocation?]] = [:]
    ) {
        self.child = child
        self.date = date
        self.recordedBy = recordedBy
        self.language = language
        self.questions = questions
        self.helper = helper
        self.takeAway = takeAway
        self.keep = keep
        self.makeHappen = makeHappen
        self.drawings = drawings
        self.location = location
        self.wordLocations = wordLocations
    }

    /// The child's words for one wish.
    public func words(for wish: MagicWish) -> [String] {
        switch wish {
        case .takeAway: takeAway
        case .keep: keep
        case .makeHappen: makeHappen
        }
    }

    public var isBlank: Bool { takeAway.isEmpty && keep.isEmpty && makeHappen.isEmpty }
}

/// Who the child asks: raw values are what a worker writes under `helper`.
public enum MagicHelper: String, CaseIterable, Hashable, Sendable {
    case fairy, wizard
}

/// The three things the child asks the fairy or wizard for, in the order the sheet shows them; raw values are the
/// case-file keys.
public enum MagicWish: String, CaseIterable, Hashable, Sendable {
    case takeAway = "take_away"
    case keep
    case makeHappen = "make_happen"
}
