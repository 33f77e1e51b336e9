import Foundation
import HearthModel

/// Reads a case's story words the way a practice lead would before they reach a child: jargon that has a plain
/// alternative, words that could make a child feel to blame or that label a parent, phrases that may frighten a
/// young reader, sentences too long for the reader's age, pronouns that are not the child's, and details (a
/// postcode, an address, a phone number) that could lead someone to the child. It warns; it never changes the words.
/// The words it looks for come from the plain-words list (``PlainWords``), so a trainer can add one without code.
public struct StoryCheck {
    /// One thing worth a second look, with where it is and what to do.
    public struct Finding: Hashable, Sendable, CustomStringConvertible {
        public var location: SourceLocation?
        public var keyPath: String
        public var message: String
        public var fix: String

        public var description: String {
            (location.map { "\($0.file):\($0.line):\($0.column): " } ?? "") + "\(keyPath): \(message)\n  fix: \(fix)"
        }
    }

    public var caseFile: CaseFile
    public var lexicon: PlainWords

    public init(caseFile: CaseFile, lexicon: PlainWords) {
        self.caseFile = caseFile
        self.lexicon = lexicon
    }

    /// The most sentences one statement should have for the reader's age band: one idea a page.
    static func mostSentences(_ band: AgeBand) -> Int {
        switch band {
        case .underFive: 3
        case .fiveToEight: 5
        case .nineToTwelve, .teen: 6
        }
    }

    /// The most words a sentence should have for the reader's age band.
    static func longestSentence(_ band: AgeBand) -> Int {
        switch band {
        case .underFive, .fiveToEight: 12
        case .nineToTwelve: 16
        case .teen: 20
        }
    }

    /// Everything worth a second look, in the order of the case file's lines.
    public func findings() -> [Finding] {
        let words = LexiconCheck(lexicon: lexicon, band: caseFile.ageBand)
        let pronouns = PronounCheck(caseFile: caseFile, peopleWords: lexicon.peopleWords)
        let privacy = PrivateDetails(caseFile: caseFile, lexicon: lexicon)
        var out: [Finding] = []
        let texts = ChildFacingText.all(in: caseFile)
        out += EmergencyNumberCheck(texts: texts, talkTo: caseFile.safetyPlan.talkTo).findings()
        for text in texts {
            out += words.findings(text)
            out += lengths(text)
            out += pronouns.findings(text)
            out += privacy.findings(text)
        }
        out += numbersInReach()
        out += missingParts()
        out += EventOrderCheck(caseFile: caseFile).findings()
        out += ToolCheck(caseFile: caseFile, lexicon: lexicon).findings()
        return out.enumerated().sorted { a, b in
            let left = (a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    /// Too many sentences for one page, and sentences too long, for the reader's age.
    func lengths(_ text: ChildFacingText) -> [Finding] {
        let band = caseFile.ageBand
        let sentences = Sentences.split(text.text)
        var out: [Finding] = []
        if sentences.count > Self.mostSentences(band) {
            out.append(Finding(
                location: text.location, keyPath: text.keyPath,
                message: "\(sentences.count) sentences is a lot for one page for a reader aged \(band.rawValue)",
                fix: "keep to one idea a page: split it into two entries, each with its own picture"))
        }
        let limit = Self.longestSentence(band)
        for sentence in sentences {
            let count = sentence.split(whereSeparator: \.isWhitespace).count
            if count > limit {
                out.append(Finding(
                    location: text.location, keyPath: text.keyPath,
                    message: "a sentence of \(count) words is long for a reader aged \(band.rawValue)",
                    fix: "split it into sentences of \(limit) words or fewer"))
            }
        }
        return out
    }

    /// Parts of the story a child needs that the case leaves out: what happens next gives the story an end that
    /// is not just "the grown-ups are worried".
    func missingParts() -> [Finding] {
        guard caseFile.output.documents.contains(.wordsAndPictures) else { return [] }
        var out: [Finding] = []
        if caseFile.map.nextSteps.isEmpty, caseFile.page(.whatHappensNow)?.text.isEmpty ?? true {
            out.append(Finding(
                location: caseFile.top, keyPath: "map.next_steps",
                message: "the story does not say what happens next",
                fix: "add map.next_steps with what the grown-ups will do, each with 'child: …' words"))
        }
        // Someone the child is not safe with: the child needs to hear that stopping it is not their job, and where
        // to go.
        if caseFile.people.contains(where: \.notSafe), caseFile.safetyPlan.safePlace == nil {
            out.append(Finding(
                location: caseFile.top, keyPath: "safety_plan.safe_place",
                message: "the story does not tell the child where to go if someone is being hurt, or that stopping it is not their job",
                fix: "add 'safe_place:' under 'safety_plan:' with where the child goes, e.g. 'Amira goes to her room and closes the door'"))
        }
        return out
    }
}
