/// One Three Houses interview with a child: what the child said about worries, good things and
/// dreams, in the child's **verbatim** words, plus any drawings they made.
///
/// The words are never rewritten anywhere in Hearth; the decoder only trims the ends and folds line
/// breaks, which YAML block text adds but the child never said.
public struct ThreeHousesInterview: Hashable, Sendable {
    /// The ``Child/id`` of the child interviewed; the decoder guarantees it exists.
    public var child: String
    public var date: CalendarDate?
    /// Who wrote the words down (key `recorded_by`).
    public var recordedBy: String?
    /// The language the child's words are in, as a BCP 47 code, when not the document's: it picks the font
    /// (Urdu: Nastaliq) and the typographic rules (Polish: no one-letter word left at a line's end).
    public var language: String?
    /// The prompts used, kept for the record because the worksheet may reach court.
    public var questions: [String]
    public var worries: [String]
    public var goodThings: [String]
    public var dreams: [String]
    public var drawings: HouseDrawings
    /// Where this interview starts, for later error messages.
    public var location: SourceLocation?
    /// Where each of the child's sentences is written, house by house in the order of the words, so a later
    /// problem with one sentence (a character no font has) can point at its own line.
    public var wordLocations: [House: [SourceLocation?]]

    public init(
        child: String,
        date: CalendarDate? = nil,
        recordedBy: String? = nil,
        language: String? = nil,
        questions: [String] = [],
        worries: [String] = [],
        goodThings: [String] = [],
        dreams: [String] = [],
        drawings: HouseDrawings = HouseDrawings(),
        location: SourceLocation? = nil,
        wordLocations: [House: [SourceLocation?]] = [:]
    ) {
        self.child = child
        self.date = date
        self.recordedBy = recordedBy
        self.language = language
        self.questions = questions
        self.worries = worries
        self.goodThings = goodThings
        self.dreams = dreams
        self.drawings = drawings
        self.location = location
        self.wordLocations = wordLocations
    }

    /// Where sentence `index` of a house is written, when known.
    public func location(of house: House, index: Int) -> SourceLocation? {
        guard let list = wordLocations[house], index < list.count else { return nil }
        return list[index]
    }

    /// A blank worksheet is printed for a live interview.
    public var isBlank: Bool { worries.isEmpty && goodThings.isEmpty && dreams.isEmpty }

    /// The child's words for one house.
    public func words(for house: House) -> [String] {
        switch house {
        case .worries: worries
        case .goodThings: goodThings
        case .dreams: dreams
        }
    }
}
