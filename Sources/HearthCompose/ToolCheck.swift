import HearthModel

/// Reads the words of the other safety tools the way ``StoryCheck`` reads the story's: the family's plan, the
/// child's card, the Safety House, the circles, the scale and the Fairy/Wizard record (see ``ToolText``). Jargon
/// and blaming phrases are found for every reader; phrases that may frighten, for a child; sentences too long for
/// the reader — a child's age, or Easy Read for the family. It warns; it never changes the words.
public struct ToolCheck {
    public var caseFile: CaseFile
    public var lexicon: PlainWords

    public init(caseFile: CaseFile, lexicon: PlainWords) {
        self.caseFile = caseFile
        self.lexicon = lexicon
    }

    /// The most words a sentence of the family's plan should have: Easy Read keeps to about fifteen to twenty.
    static let longestFamilySentence = 20

    /// Everything worth a second look, in the order the texts are written.
    public func findings() -> [StoryCheck.Finding] {
        var out: [StoryCheck.Finding] = []
        var checks: [AgeBand: LexiconCheck] = [:]
        for text in ToolText.all(in: caseFile) {
            switch text.reader {
            case .family:
                out += familyWords(text)
                out += lengths(text, limit: Self.longestFamilySentence, reader: "a family's plan in plain English")
            case .child(let band):
                let check = checks[band] ?? LexiconCheck(lexicon: lexicon, band: band)
                checks[band] = check
                let read = ChildFacingText(text: text.text, location: text.location, keyPath: text.keyPath, isInstruction: text.isInstruction)
                out += check.findings(read).map { on(text, $0) }
                out += lengths(text, limit: StoryCheck.longestSentence(band), reader: "a reader aged \(band.rawValue)")
            }
        }
        return out
    }

    /// A finding that names the document the words are printed on.
    func on(_ text: ToolText, _ finding: StoryCheck.Finding) -> StoryCheck.Finding {
        var f = finding
        f.message = "on \(text.document): \(f.message)"
        return f
    }

    /// Jargon and blaming phrases in words the family reads: the same list the story is read against, with
    /// messages for grown-ups (phrases that may frighten a child are for the child's documents).
    func familyWords(_ text: ToolText) -> [StoryCheck.Finding] {
        let check = LexiconCheck(lexicon: lexicon, band: .teen)
        let words = WordTokens(text.text)
        var seen: Set<Int> = []
        var out: [StoryCheck.Finding] = []
        for match in check.matcher.matches(in: words) where !seen.contains(match.value) {
            let (message, fix): (String, String)
            switch check.entries[match.value] {
            case .jargon(let j):
                message = "'\(j.term)' is a word from case files; the family reads this plan, so say it in everyday words"
                fix = LexiconCheck.fix(j.alternative, say: "say")
            case .blame(let b):
                if b.unlessNegated, LexiconCheck.isNegated(before: match.words.lowerBound, in: words.tokens) { continue }
                switch b.kind {
                case .onTheChild: message = "'\(b.phrase)' puts it on the child; the plan is what the grown-ups do"
                case .label: message = "'\(b.phrase)' labels a person instead of saying what they did, and they will read it"
                }
                fix = LexiconCheck.fix(b.alternative, say: "say")
            case .frightening:
                continue
            }
            seen.insert(match.value)
            out.append(on(text, StoryCheck.Finding(location: text.location, keyPath: text.keyPath, message: message, fix: fix)))
        }
        return out
    }

    /// Sentences longer than `limit` words.
    func lengths(_ text: ToolText, limit: Int, reader: String) -> [StoryCheck.Finding] {
        Sentences.split(text.text).compactMap { sentence in
            let count = sentence.split(whereSeparator: \.isWhitespace).count
            guard count > limit else { return nil }
            return on(text, StoryCheck.Finding(
                location: text.location, keyPath: text.keyPath,
                message: "a sentence of \(count) words is long for \(reader)",
                fix: "split it into sentences of \(limit) words or fewer"))
        }
    }
}
