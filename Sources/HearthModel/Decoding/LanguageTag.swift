/// The shape of a BCP 47 language tag (`en-GB`, `pa`, `sr-Latn`) and the codes of the languages the
/// design names, so "Polish" can be answered with "did you mean 'pl'?".
///
/// Whether Hearth has the strings for a language is decided when composing, not here.
enum LanguageTag {
    /// `[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*`, as `output.language` in the JSON Schema.
    static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isASCIILetter) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
        }
    }

    static func code(forName name: String) -> String? {
        names[name.lowercased()]
    }

    private static let names: [String: String] = [
        "english": "en-GB", "welsh": "cy", "cymraeg": "cy", "polish": "pl", "polski": "pl",
        "romanian": "ro", "punjabi": "pa", "panjabi": "pa", "urdu": "ur", "portuguese": "pt",
        "spanish": "es", "arabic": "ar", "bengali": "bn", "bangla": "bn", "gujarati": "gu", "somali": "so",
    ]
}
