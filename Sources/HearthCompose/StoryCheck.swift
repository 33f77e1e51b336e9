import Foundation
import HearthModel

/// Reads a case's story words the way a practice lead would before they reach a child: sentences with only the
/// professional wording, jargon that has a plain alternative, words that could make a child feel to blame, and
/// sentences too long for the reader's age. It warns; it never changes the words.
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

    /// Words from case files that a child (or a parent who reads little English) will not understand, with
    /// what to say instead.
    static let jargon: [(String, String)] = [
        ("contact", "say 'family time'"),
        ("neglect", "say what happened, e.g. 'there was not always food in the cupboard'"),
        ("domestic violence", "say what happened, e.g. 'Daddy hurt Mummy'"),
        ("domestic abuse", "say what happened, e.g. 'Daddy shouted at Mummy and hurt her'"),
        ("substance misuse", "say 'drinking too much alcohol' or 'taking drugs'"),
        ("significant harm", "say 'hurt'"),
        ("section 47", "say 'the social workers needed to check that everyone was safe'"),
        ("looked after child", "say who the child lives with"),
        ("lac", "say who the child lives with"),
        ("placement", "say 'living with …'"),
        ("safeguarding", "say 'keeping children safe'"),
        ("child protection plan", "say 'the plan to keep you safe'"),
        ("perpetrator", "use the person's name"),
        ("allegation", "say 'someone said'"),
        ("disclosed", "say 'told'"),
        ("disclosure", "say 'told'"),
        ("strategy meeting", "say 'a meeting of the grown-ups who help'"),
        ("non-compliance", "say what the person did or did not do"),
        ("non-engagement", "say what the person did or did not do"),
    ]

    /// Phrases that tell a child it was down to them.
    static let blaming = ["your fault", "because of you", "you caused", "if you had", "you should have", "you made"]

    public var caseFile: CaseFile

    public init(caseFile: CaseFile) {
        self.caseFile = caseFile
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

    public func findings() -> [Finding] {
        var out: [Finding] = []
        let map = caseFile.map
        // The words the child's booklet prints (complicating factors, warning signs and what happens if the plan
        // is not working are for the grown-ups' documents).
        let statements = map.harm + map.worries + map.workingWell + map.goals + map.nextSteps
            + caseFile.disputes.flatMap { [$0.about] + $0.says + [$0.decided].compactMap { $0 } }
            + caseFile.safetyPlan.network.compactMap(\.job)
        for s in statements {
            if !s.hasChildWording {
                out.append(Finding(
                    location: s.location, keyPath: s.keyPath,
                    message: "only the professional wording is given, so the child will read: \"\(s.text)\"",
                    fix: "agree the words with the family and add them as 'child: …'"))
            }
            out += words(s.wording, at: s.childLocation ?? s.location, keyPath: s.keyPath)
        }
        for rule in caseFile.safetyPlan.rules {
            if !rule.hasChildWording {
                out.append(Finding(
                    location: rule.location, keyPath: rule.keyPath,
                    message: "only the professional wording is given, so the child will read: \"\(rule.text)\"",
                    fix: "agree the words with the family and add them as 'child: …'"))
            }
            out += words(rule.wording, at: rule.childLocation ?? rule.location, keyPath: rule.keyPath)
        }
        for (section, page) in caseFile.pages.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for (i, text) in page.text.enumerated() {
                let at = i < page.textLocations.count ? page.textLocations[i] : page.location
                out += words(text, at: at, keyPath: "pages.\(section.rawValue).text[\(i)]")
            }
        }
        out += numbersInReach()
        out += missingParts()
        return out.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
    }

    /// The child keeps the booklet, so anyone the child is not safe with may read it. Each person's phone number it
    /// prints (on the "who I can talk to" page) is worth a second look: whether that person should have it.
    /// Services (an entry with no `who`, such as Childline or 999) are public.
    func numbersInReach() -> [Finding] {
        let unsafe = caseFile.people.filter(\.notSafe).map(\.displayName)
        guard !unsafe.isEmpty else { return [] }
        let names = unsafe.count == 1 ? unsafe[0] : unsafe.dropLast().joined(separator: ", ") + " and " + unsafe.last!
        var out: [Finding] = []
        for (i, entry) in caseFile.safetyPlan.talkTo.enumerated() where entry.who != nil {
            let printed = [entry.phone].compactMap { $0 } + Self.phoneNumbers(in: entry.how ?? "")
            for number in printed {
                out.append(Finding(
                    location: entry.location, keyPath: "safety_plan.talk_to[\(i)]",
                    message: "the child's booklet prints \(number), and \(names) (not safe) may read it",
                    fix: "keep it only if they may have this number; otherwise leave it off the child's copy"))
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
                location: nil, keyPath: "map.next_steps",
                message: "the story does not say what happens next",
                fix: "add map.next_steps with what the grown-ups will do, each with 'child: …' words"))
        }
        return out
    }

    /// Runs of seven or more digits, allowing the spaces and dashes people write numbers with.
    static func phoneNumbers(in text: String) -> [String] {
        var out: [String] = []
        var current = "", digits = 0
        func flush() {
            if digits >= 7 { out.append(current.trimmingCharacters(in: .whitespaces)) }
            current = ""
            digits = 0
        }
        for c in text {
            if c.isASCII, c.isNumber { current.append(c); digits += 1 }
            else if (c == " " || c == "-") && digits > 0 { current.append(c) }
            else if c == "+" && digits == 0 { current.append(c) }
            else { flush() }
        }
        flush()
        return out
    }

    func words(_ text: String, at location: SourceLocation?, keyPath: String) -> [Finding] {
        var out: [Finding] = []
        let lower = " " + text.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : " " }.reduce("") { $0 + String($1) } + " "
        for (term, instead) in Self.jargon where lower.contains(" \(term) ") {
            out.append(Finding(
                location: location, keyPath: keyPath, message: "'\(term)' is a word from case files, not from a child's world",
                fix: instead))
        }
        let plain = text.lowercased()
        for phrase in Self.blaming where plain.contains(phrase) && !plain.contains("not \(phrase)") && !plain.contains("n't \(phrase)") {
            out.append(Finding(
                location: location, keyPath: keyPath, message: "'\(phrase)' could make a child feel it was down to them",
                fix: "say what the grown-ups did, and that it is not the child's fault"))
        }
        let limit = Self.longestSentence(caseFile.ageBand)
        let sentences = text.split(whereSeparator: { ".!?".contains($0) }).filter { !$0.allSatisfy(\.isWhitespace) }
        if sentences.count > Self.mostSentences(caseFile.ageBand) {
            out.append(Finding(
                location: location, keyPath: keyPath,
                message: "\(sentences.count) sentences is a lot for one page for a reader aged \(caseFile.ageBand.rawValue)",
                fix: "keep to one idea a page: split it into two entries, each with its own picture"))
        }
        for sentence in sentences {
            let count = sentence.split(whereSeparator: \.isWhitespace).count
            if count > limit {
                out.append(Finding(
                    location: location, keyPath: keyPath,
                    message: "a sentence of \(count) words is long for a reader aged \(caseFile.ageBand.rawValue)",
                    fix: "split it into sentences of \(limit) words or fewer"))
            }
        }
        return out
    }
}
