/// What to produce from a case file, and how: the `output` section.
public struct OutputChoices: Hashable, Sendable {
    /// Never empty; defaults to a Three Houses worksheet.
    public var documents: [DocumentKind]
    /// `nil` lets each document use its natural paper.
    public var paper: Paper?
    /// The code of one of ``Languages/supported`` (`en-GB`, `pl`): the case's code matched when decoding.
    public var language: String
    /// The case's own words for fixed words of the documents (`output.strings:`), in the order written.
    public var strings: [StringOverride] = []
    /// What the person rendering should know about the language, such as `pt-BR` printing the `pt` words.
    public var notes: [Diagnostic] = []
    /// The reader's age band as written (key `age_band`); `nil` means "from the youngest child's age",
    /// which ``CaseFile/ageBand`` works out.
    public var ageBand: AgeBand?

    public init(
        documents: [DocumentKind] = [.threeHouses], paper: Paper? = nil, language: String = "en-GB", ageBand: AgeBand? = nil
    ) {
        self.documents = documents
        self.paper = paper
        self.language = language
        self.ageBand = ageBand
    }
}
