import HearthCompose
import HearthFrame
import HearthModel

extension TextDirection {
    /// The direction text in a language reads in (Urdu, Arabic, Persian, Pashto, Sorani: right to left).
    public init(language: String) {
        self = Languages.isRightToLeft(language) ? .rightToLeft : .leftToRight
    }
}

/// The language a document's own words are set in when the words do not say (a heading, a sentence Hearth wrote):
/// the document's, so Urdu headings take Nastaliq and read from the right whatever name they start with. English
/// needs no hint (the default fonts suit it), and words with no letter of a right-to-left document's script (a
/// child's English sentence in an Urdu story) keep theirs.
enum DocumentLanguage {
    static func of(_ text: String, in document: String?, given: String? = nil) -> String? {
        if let given { return given }
        guard let document, Languages.primary(document) != "en" else { return nil }
        if Languages.isRightToLeft(document) && !BidiIsolation.hasRightToLeftLetters(text) { return nil }
        return document
    }
}
