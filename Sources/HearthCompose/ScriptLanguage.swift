/// Guesses the language of a sentence where it changes how it must be set. Urdu shares the Arabic script but reads
/// best in Nastaliq; letters only Urdu uses (ٹ ڈ ڑ ں ے ھ ۓ ہ) tell it apart from Arabic.
enum ScriptLanguage {
    static let urduOnly: Set<Unicode.Scalar> = ["\u{0679}", "\u{0688}", "\u{0691}", "\u{06BA}", "\u{06D2}",
        "\u{06BE}", "\u{06D3}", "\u{06C1}"]

    static func languageTag(of text: String) -> String? {
        text.unicodeScalars.contains { urduOnly.contains($0) } ? "ur" : nil
    }
}
