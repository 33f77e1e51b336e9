/// The languages Hearth has fixed words for (house names, headings, dates), and how a language code written in a
/// case file is matched to one of them.
///
/// Codes follow BCP 47 and case does not matter. A code Hearth has no words for falls back only where the reader
/// would still read them: `en`, `en-US` → `en-GB`, `pt-BR` → `pt` (with a note), never Shahmukhi Panjabi
/// (`pa-Arab`) to the Gurmukhi words, which its readers cannot read.
public enum Languages {
    /// One language with fixed words: its code (the strings file's name) and its names, for lists in messages.
    public struct Language: Hashable, Sendable {
        public let code: String
        public let englishName: String
        /// The language's name for itself, so a family can find theirs in a list.
        public let ownName: String
        /// The script the words are written in (ISO 15924), for refusing a code that asks for another one.
        public let script: String
        /// Regions whose usage the words follow (`pt`: Portugal), so `pt-PT` matches without a note.
        public var regions: Set<String> = []
    }

    /// The languages of `Assets/strings/` (a test keeps the two the same), in the order the design lists them.
    public static let supported: [Language] = [
        Language(code: "en-GB", englishName: "English", ownName: "English", script: "Latn", regions: ["gb"]),
        Language(code: "cy", englishName: "Welsh", ownName: "Cymraeg", script: "Latn"),
        Language(code: "pl", englishName: "Polish", ownName: "polski", script: "Latn"),
        Language(code: "ro", englishName: "Romanian", ownName: "română", script: "Latn"),
        Language(code: "pa", englishName: "Panjabi", ownName: "ਪੰਜਾਬੀ", script: "Guru"),
        Language(code: "ur", englishName: "Urdu", ownName: "اردو", script: "Arab"),
        Language(code: "pt", englishName: "Portuguese", ownName: "português", script: "Latn", regions: ["pt"]),
        Language(code: "es", englishName: "Spanish", ownName: "español", script: "Latn"),
        Language(code: "ar", englishName: "Arabic", ownName: "العربية", script: "Arab"),
        Language(code: "bn", englishName: "Bengali", ownName: "বাংলা", script: "Beng"),
        Language(code: "gu", englishName: "Gujarati", ownName: "ગુજરાતી", script: "Gujr"),
        Language(code: "so", englishName: "Somali", ownName: "Soomaali", script: "Latn"),
    ]

    /// Languages written from right to left (by primary subtag): their pages mirror and their paragraphs run
    /// right to left whatever letter they start with.
    public static let rightToLeft: Set<String> = ["ar", "ur", "fa", "ps", "ckb", "he", "yi", "sd", "ug", "dv"]

    /// Whether text in `tag` runs right to left: by its script subtag when it has one (`pa-Arab` does, `az-Latn`
    /// does not), else by its language.
    public static func isRightToLeft(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-").map { $0.lowercased() }
        if let script = parts.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
            return ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"].contains(script)
        }
        return parts.first.map(rightToLeft.contains) ?? false
    }

    /// The primary language subtag, lowercased: `en-GB` → `en`.
    public static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? "").lowercased()
    }

    /// What a code written in a case file comes to.
    public enum Match: Hashable, Sendable {
        /// One of ``supported``; `note` says what was dropped to get there (`pt-BR` → `pt`), nil when nothing was.
        case language(Language, note: String?)
        /// A language Hearth has words for, but in a script the code does not ask for (`pa-Arab`).
        case otherScript(Language, asked: String)
        /// No words in this language.
        case unknown
    }

    /// Matches a well-formed BCP 47 tag to the language whose words print (see the type's note on fallbacks).
    public static func match(_ tag: String) -> Match {
        if let exact = supported.first(where: { $0.code.lowercased() == tag.lowercased() }) {
            return .language(exact, note: nil)
        }
        let parts = tag.split(separator: "-").map(String.init)
        guard let language = supported.first(where: { primary($0.code) == primary(tag) }) else { return .unknown }
        if let script = parts.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }),
            script.lowercased() != language.script.lowercased()
        {
            return .otherScript(language, asked: script)
        }
        // `en` is British English, and so is `en-Latn`: nothing a reader would notice is dropped.
        let dropped = parts.dropFirst().filter {
            $0.lowercased() != language.script.lowercased() && !language.regions.contains($0.lowercased())
        }
        if dropped.isEmpty || (language.code == "en-GB" && parts.count == 1) { return .language(language, note: nil) }
        return .language(
            language,
            note: "Hearth has one set of \(language.englishName) words, so '\(tag)' prints them ('\(language.code)'); "
                + "read them with the family, and change any word that reads oddly to them under output.strings")
    }

    /// `en-GB (English), cy (Welsh, Cymraeg), …` for messages that list what there is.
    public static var list: String {
        supported.map { l in
            l.ownName == l.englishName ? "\(l.code) (\(l.englishName))" : "\(l.code) (\(l.englishName), \(l.ownName))"
        }.joined(separator: ", ")
    }
}
