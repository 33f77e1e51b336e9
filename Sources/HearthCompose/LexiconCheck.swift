import HearthModel

/// Reads a text against the plain-words list for one reader age band: jargon, blaming phrases (a negated one such
/// as "it is not your fault" passes) and phrases that may frighten a reader of that age (except in what the child
/// should do when worried, which must name the danger plainly). Each entry is reported at most once a text, and
/// where entries overlap only the longest is.
struct LexiconCheck: Sendable {
    /// One entry of the list, whatever its kind.
    enum Entry: Hashable, Sendable {
        case jargon(PlainWords.Jargon)
        case blame(PlainWords.Blame)
        case frightening(PlainWords.Frightening)
    }

    /// Words that negate a blaming phrase a few words later: "it is not your fault", "none of this is your fault".
    static let negations: Set<String> = ["not", "never", "no", "none", "nothing", "nobody", "cannot"]
    /// How many words before a phrase a negation may stand.
    static let negationReach = 4

    var band: AgeBand
    var entries: [Entry]
    var matcher: PhraseMatcher

    init(lexicon: PlainWords, band: AgeBand) {
        self.band = band
        entries = lexicon.jargon.map(Entry.jargon) + lexicon.blame.map(Entry.blame)
            + lexicon.frightening.filter { $0.ages.contains(band) }.map(Entry.frightening)
        matcher = PhraseMatcher(entries.enumerated().map { i, entry in
            switch entry {
            case .jargon(let j): (j.term, j.matchCase, i)
            case .blame(let b): (b.phrase, false, i)
            case .frightening(let f): (f.phrase, false, i)
            }
        })
    }

    func findings(_ text: ChildFacingText) -> [StoryCheck.Finding] {
        let words = WordTokens(text.text)
        var seen: Set<Int> = []
        var out: [StoryCheck.Finding] = []
        for match in matcher.matches(in: words) where !seen.contains(match.value) {
            let (message, fix): (String, String)
            switch entries[match.value] {
            case .jargon(let j):
                message = "'\(j.term)' is a word from case files, not from a child's world"
                fix = Self.fix(j.alternative, say: "say")
            case .blame(let b):
                if b.unlessNegated, Self.isNegated(before: match.words.lowerBound, in: words.tokens) { continue }
                switch b.kind {
                case .onTheChild: message = "'\(b.phrase)' could make a child feel it was down to them"
                case .label:
                    message = "'\(b.phrase)' labels a person instead of saying what they did; "
                        + "a child hears it about someone they love"
                }
                fix = Self.fix(b.alternative, say: "say")
            case .frightening(let f):
                if text.isInstruction { continue }
                message = "'\(f.phrase)' may frighten a reader aged \(band.rawValue)"
                fix = Self.fix(f.alternative, say: "say it gently and still truthfully, e.g.")
            }
            seen.insert(match.value)
            out.append(StoryCheck.Finding(location: text.location, keyPath: text.keyPath, message: message, fix: fix))
        }
        return out
    }

    static func fix(_ alternative: PlainWords.Alternative, say: String) -> String {
        switch alternative {
        case .say(let words): "\(say) '\(words)'"
        case .instead(let instruction): instruction
        }
    }

    /// Whether a negation stands up to ``negationReach`` words before the word at `start`, with no punctuation
    /// between.
    static func isNegated(before start: Int, in tokens: [WordTokens.Token]) -> Bool {
        var k = start - 1
        while k >= 0, k >= start - negationReach, tokens[k + 1].join.isSoft {
            let word = tokens[k].lower
            if negations.contains(word) || word.hasSuffix("n't") { return true }
            k -= 1
        }
        return false
    }
}
