import HearthModel

/// Text or pictures that cannot be placed without breaking a promise (no clipping, no missing glyphs). Each
/// names the text and where it came from so the user can fix the case file.
///
/// `origin` is `file:line:column: key` when the words come from the case file (the span back to the value, kept
/// from decoding through composing to here), or a plain description for Hearth's own words. Echoed text is cut to
/// about 80 characters with invisible characters shown as codes (see ``Excerpt``).
public enum LayoutError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingGlyphs(text: String, characters: [Character], origin: String?)
    case doesNotFit(text: String, place: String, origin: String?)
    case unknownPicture(name: String, known: [String], origin: String? = nil)
    /// Someone put at, in or on a place (`sits: sofa`) the picture's setting does not have.
    case unknownAnchor(person: String, anchor: String, setting: String, known: [String], origin: String?)
    /// Something the words ask for that cannot be drawn (a grown-up carried, two people lying down at once).
    case cannotDraw(what: String, fix: String, origin: String?)

    public var description: String {
        switch self {
        case .missingGlyphs(let text, let chars, let origin):
            let list = chars.map { c in
                let codes = c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPad(4) }
                return "'\(Excerpt.of(String(c)))' (\(codes.joined(separator: " ")))"
            }.joined(separator: ", ")
            return (origin.map { "\($0): " } ?? "")
                + "no bundled font can draw \(list) in \"\(Excerpt.of(text))\"\n  fix: remove or replace "
                + (chars.count == 1 ? "that character" : "those characters")
                + " (for a picture such as an emoji, describe it in words)"
        case .doesNotFit(let text, let place, let origin):
            return (origin.map { "\($0): " } ?? "")
                + "\"\(Excerpt.of(text))\" does not fit in \(place), even at the smallest type size\n  fix: "
                + Self.fitFix(text, place: place)
        case .unknownPicture(let name, let known, let origin):
            return (origin.map { "\($0): " } ?? "")
                + "there is no picture called '\(Excerpt.of(name))'\n  fix: use one of: \(known.joined(separator: ", "))"
        case .unknownAnchor(let person, let anchor, let setting, let known, let origin):
            return (origin.map { "\($0): " } ?? "")
                + "\(person) is put at '\(Excerpt.of(anchor))', but the \(setting) picture has no \(Excerpt.of(anchor))\n  fix: use one of: "
                + known.joined(separator: ", ") + ", or a 'where:' with a \(Excerpt.of(anchor))"
        case .cannotDraw(let what, let fix, let origin):
            return (origin.map { "\($0): " } ?? "") + what + "\n  fix: " + fix
        }
    }

    /// What to do about words that do not fit: a word too long to break is the usual cause in a small place, and
    /// shortening the sentence around it would not help.
    static func fitFix(_ text: String, place: String) -> String {
        if place.contains("title") {
            return "give the child a shorter name to print, with 'called:' (for example their first name)"
        }
        if place.contains("record") {
            return "shorten the words at that line: the record is made from the child's name, who wrote the words down "
                + "and the questions asked (a name to print can be given with 'called:')"
        }
        let longest = text.split(whereSeparator: \.isWhitespace).max { $0.count < $1.count }
        if let word = longest, word.count > 24 {
            return "the word '\(Excerpt.of(String(word), limit: 30))' (\(word.count) characters) has no place to break "
                + "the line; put spaces in it, or write it shorter"
        }
        return "shorten it, or split it into two sentences"
    }
}

extension LayoutError {
    /// The same error, saying where it happened when it did not already.
    public func on(_ origin: String) -> LayoutError {
        switch self {
        case .missingGlyphs(let text, let characters, nil): .missingGlyphs(text: text, characters: characters, origin: origin)
        case .doesNotFit(let text, let place, nil): .doesNotFit(text: text, place: place, origin: origin)
        case .unknownPicture(let name, let known, nil): .unknownPicture(name: name, known: known, origin: origin)
        case .unknownAnchor(let person, let anchor, let setting, let known, nil):
            .unknownAnchor(person: person, anchor: anchor, setting: setting, known: known, origin: origin)
        case .cannotDraw(let what, let fix, nil): .cannotDraw(what: what, fix: fix, origin: origin)
        default: self
        }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
