extension NameGender {
    static let girlWords: Set<String> = [
        "she", "her", "mum", "mother", "mummy", "mam", "mom", "nan", "nanna", "nanny", "gran", "granny", "grandma",
        "grandmother", "aunt", "auntie", "aunty", "sister", "daughter", "niece", "wife", "girlfriend", "stepmum", "mrs", "miss",
        "ms", "girl", "ammi", "ammu", "nani", "dadi", "khala", "chachi", "baji", "apa", "babcia", "ciocia", "bunica", "mama",
    ]
    static let boyWords: Set<String> = [
        "he", "him", "dad", "father", "daddy", "grandad", "granddad", "grandpa", "grandfather", "uncle", "brother", "son",
        "nephew", "husband", "boyfriend", "stepdad", "mr", "boy", "abbu", "abu", "dada", "chacha", "khalu", "mamu", "bhai",
        "dziadek", "wujek", "bunicul", "tata", "papa",
    ]

    /// Reads pronouns, a relation ("grandad (Mummy's dad)") and how the child addresses someone ("Nanna Pat"):
    /// the first word that says.
    static func reading(_ texts: String?...) -> NameGender {
        for text in texts.compactMap({ $0 }) {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                if girlWords.contains(String(word)) { return .girl }
                if boyWords.contains(String(word)) { return .boy }
            }
        }
        return .unknown
    }
}
