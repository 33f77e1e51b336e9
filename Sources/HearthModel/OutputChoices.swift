/// What to produce from a case file, and how: the `output` section.
public struct OutputChoices: Hashable, Sendable {
    /// Never empty; defaults to a Three Houses worksheet.
    public var documents: [DocumentKind]
    /// `nil` lets each document use its natural paper.
    public var paper: Paper?
    /// A BCP 47 language tag such as `en-GB` or `pl`; whether it is supported is decided when composing.
    public var language: String
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
