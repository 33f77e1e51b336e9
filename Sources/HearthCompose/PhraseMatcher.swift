/// Finds the phrases of a word list in a text, as whole words, ignoring case, longest first: where
/// "supervised contact" and "contact" both fit, only "supervised contact" is found. A hyphen reads like a space
/// ("looked-after"), a phrase never runs across other punctuation, never starts or ends inside a hyphenated word
/// ("engagement" is not found in "non-engagement"), and its last word may carry a plural or possessive ending
/// ("allegations", "the IRO's").
struct PhraseMatcher: Sendable {
    /// One phrase of the list; `value` says which entry it is.
    struct Phrase: Sendable {
        var words: [String]
        /// The words as written, when the phrase must match its capitals (`match_case: yes`).
        var exact: [String]?
        /// How each word is joined to the one before in the phrase itself; where the phrase has punctuation
        /// ("education, health and care plan") the text may too.
        var joins: [WordTokens.Join]
        var value: Int

        var count: Int { words.count }
    }

    /// Where a phrase was found: the range of word indices, and the phrase's value.
    struct Match: Hashable, Sendable {
        var words: Range<Int>
        var value: Int
    }

    private var byFirstWord: [String: [Phrase]] = [:]

    /// - Parameter phrases: each phrase as written, whether its capitals must match, and its value. A phrase
    ///   with no letters or digits is left out.
    init(_ phrases: [(text: String, matchCase: Bool, value: Int)]) {
        for (text, matchCase, value) in phrases {
            let tokens = WordTokens(text).tokens
            guard let first = tokens.first else { continue }
            let phrase = Phrase(
                words: tokens.map(\.lower), exact: matchCase ? tokens.map(\.text) : nil, joins: tokens.map(\.join),
                value: value)
            byFirstWord[first.lower, default: []].append(phrase)
        }
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { $0.count > $1.count }
        }
    }

    /// Every phrase found, left to right, none overlapping.
    func matches(in text: WordTokens) -> [Match] {
        let tokens = text.tokens
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            if let match = longest(at: i, in: tokens) {
                out.append(match)
                i = match.words.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    private func longest(at i: Int, in tokens: [WordTokens.Token]) -> Match? {
        guard tokens[i].join != .hyphen else { return nil }
        var best: (phrase: Phrase, plain: Bool)?
        for key in Self.stems(of: tokens[i].lower) {
            for phrase in byFirstWord[key] ?? [] where phrase.count >= (best?.phrase.count ?? 0) {
                guard let plain = fits(phrase, at: i, in: tokens) else { continue }
                // Between two phrases of one length, the one the text spells exactly ("concerns" over "concern").
                if let current = best, current.phrase.count == phrase.count, current.plain || !plain { continue }
                best = (phrase, plain)
            }
        }
        return best.map { Match(words: i..<(i + $0.phrase.count), value: $0.phrase.value) }
    }

    /// Whether the phrase fits the words from `i`: `nil` if not, `true` if every word is spelt exactly as in the
    /// phrase, `false` if the last carries an ending.
    private func fits(_ phrase: Phrase, at i: Int, in tokens: [WordTokens.Token]) -> Bool? {
        let end = i + phrase.count
        guard end <= tokens.count else { return nil }
        if end < tokens.count, tokens[end].join == .hyphen { return nil }
        var plain = true
        for k in 0..<phrase.count {
            let token = tokens[i + k]
            if k > 0, !token.join.isSoft, phrase.joins[k].isSoft { return nil }
            let last = k == phrase.count - 1
            let written = phrase.exact.map { ($0[k], token.text) } ?? (phrase.words[k], token.lower)
            if written.0 == written.1 { continue }
            guard last, Self.isInflection(written.1, of: written.0) else { return nil }
            plain = false
        }
        return plain
    }

    /// The forms a word may have come from: itself, and without a plural or possessive ending.
    static func stems(of word: String) -> [String] {
        var out = [word]
        for ending in ["'s", "s'", "s", "es"] where word.hasSuffix(ending) {
            out.append(String(word.dropLast(ending.count)))
        }
        if word.hasSuffix("ies") { out.append(String(word.dropLast(3)) + "y") }
        return out
    }

    /// Whether `word` is `base` with a possessive ending, or (for a base of four letters or more, so "laces" is not
    /// read as "LAC") a plural one.
    static func isInflection(_ word: String, of base: String) -> Bool {
        if word == base + "'s" || word == base + "'S" || word == base + "s'" { return true }
        guard base.count >= 4 else { return false }
        if word == base + "s" || word == base + "S" { return true }
        let last = base.last.map(String.init) ?? ""
        if ["s", "x", "z"].contains(last) || base.hasSuffix("ch") || base.hasSuffix("sh"), word == base + "es" {
            return true
        }
        if last == "y", let beforeY = base.dropLast().last, !"aeiou".contains(beforeY) {
            return word == base.dropLast() + "ies"
        }
        return false
    }
}
