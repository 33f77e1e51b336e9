/// A paragraph to fit: one of the child's sentences, a label, a heading.
public struct TextBlock: Hashable, Sendable {
    public var text: String
    /// Drawn with a bullet in front (a list item).
    public var bulleted: Bool
    /// The rest of a paragraph split across pages: no bullet, it carries on from the one before.
    public var continued: Bool
    /// A BCP 47 tag when the words are known to need a particular font (Urdu: Nastaliq).
    public var language: String?
    /// Where the text came from, for error messages (e.g. `mia.yaml:14:9 three_houses[0].worries[2]`).
    public var origin: String?

    public init(_ text: String, bulleted: Bool = false, continued: Bool = false, language: String? = nil,
        origin: String? = nil
    ) {
        self.text = text
        self.bulleted = bulleted
        self.continued = continued
        self.language = language
        self.origin = origin
    }
}
