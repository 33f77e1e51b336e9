import Foundation

/// What a screen reader says for the parts of a picture — the cover picture, a speech, thought or shout bubble, a
/// worry's "what if" cloud, a crossed-out corner, the window of someone on the phone — in the booklet's language.
/// Layout tags each part with these words; written in code, they were English in a Polish or an Urdu booklet.
public struct PictureWords: Hashable, Sendable {
    public var cover: String
    /// A picture on a page with no heading of its own.
    public var picture: String
    public var speech: String
    public var thought: String
    public var shout: String
    public var whatIf: String
    /// "not: {things}", the crossed-out corner of a rule.
    public var notTemplate: String
    /// "on the phone: {name}", the window of whoever is phoned from far away.
    public var phoneTemplate: String

    /// The words as English's strings give them: for pictures drawn outside a booklet (the catalogue, tests).
    public static let english = PictureWords(
        cover: "cover picture", picture: "A picture", speech: "speech bubble", thought: "thought bubble",
        shout: "shout bubble", whatIf: "what if", notTemplate: "not: {things}", phoneTemplate: "on the phone: {name}")

    public init(
        cover: String, picture: String, speech: String, thought: String, shout: String, whatIf: String,
        notTemplate: String, phoneTemplate: String
    ) {
        self.cover = cover
        self.picture = picture
        self.speech = speech
        self.thought = thought
        self.shout = shout
        self.whatIf = whatIf
        self.notTemplate = notTemplate
        self.phoneTemplate = phoneTemplate
    }

    /// The words of a language's strings (`wp.alt_*`).
    public init(strings: StringsCatalogue) throws(ComposeError) {
        self.init(
            cover: try strings.text("wp.alt_cover"), picture: try strings.text("wp.alt_picture"),
            speech: try strings.text("wp.alt_speech"), thought: try strings.text("wp.alt_thought"),
            shout: try strings.text("wp.alt_shout"), whatIf: try strings.text("wp.alt_what_if"),
            notTemplate: try strings.text("wp.alt_not"), phoneTemplate: try strings.text("wp.alt_on_the_phone"))
    }

    /// The crossed-out corner's words, the things joined with commas (no "and", which is one language's).
    public func crossedOut(_ things: [String]) -> String {
        notTemplate.replacingOccurrences(of: "{things}", with: things.joined(separator: ", "))
    }

    /// The phone window's words.
    public func onThePhone(_ name: String) -> String {
        phoneTemplate.replacingOccurrences(of: "{name}", with: name)
    }
}
