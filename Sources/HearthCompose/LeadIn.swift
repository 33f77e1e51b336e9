/// Whether a view in a dispute needs "Mummy says:" in front of it, and whether in quotation marks.
///
/// Practitioners write a view in many ways: as the person's own words ("I did not hurt him"), as reported speech
/// ("Mummy says Leo fell"), or already led in ("Tata Łukasz says …", "Nanna Jo loves you"). A lead-in is added only
/// where the words do not already start with who says them, and quotation marks only around words in the first person, which are the
/// person's own; "Mummy says: “Leo fell”" would put the worker's words in Mummy's mouth.
enum LeadIn: Equatable {
    /// Print the words as written: they already say who says them.
    case none
    /// "Mummy says: “I did not hurt him.”"
    case quoted
    /// "Mummy says: Leo fell off the sofa."
    case reported

    /// Words that show a sentence is someone's own: I, me, my, we…
    static let firstPerson: Set<String> = ["i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "mine", "myself", "we", "us", "our"]
    /// Verbs that make a sentence its own lead-in when they follow the speaker's name.
    static let saying: Set<String> = [
        "say", "says", "said", "think", "thinks", "thought", "told", "tells", "decided", "decides", "decide", "believe",
        "believes", "feel", "feels", "remember", "remembers", "explained", "explains", "agree", "agrees", "agreed",
    ]

    /// - Parameter names: how the speaker may be named: what the child calls them, their name, "the judge".
    static func choose(for text: String, speaker names: [String]) -> LeadIn {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
        for name in names {
            let nameWords = name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            // "Mummy says …", "The judge decided …", "Nanna Jo loves you": words that start with who says them are
            // their own lead-in.
            if !nameWords.isEmpty, words.starts(with: nameWords) { return .none }
        }
        // "The judge decided that …" when the speaker is named differently.
        if words.prefix(4).contains(where: { saying.contains($0) }) { return .none }
        return words.contains(where: firstPerson.contains) ? .quoted : .reported
    }
}
