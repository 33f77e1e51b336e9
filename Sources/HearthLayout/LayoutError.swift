/// Text or pictures that cannot be placed without breaking a promise (no clipping, no missing glyphs). Each
/// names the text and where it came from so the user can fix the case file.
public enum LayoutError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingGlyphs(text: String, characters: [Character], origin: String?)
    case doesNotFit(text: String, place: String, origin: String?)
    case unknownPicture(name: String, known: [String])
    /// Someone put at, in or on a place (`sits: sofa`) the picture's setting does not have.
    case unknownAnchor(person: String, anchor: String, setting: String, known: [String], origin: String?)
    /// Something the words ask for that cannot be drawn (a grown-up carried, two people lying down at once).
    case cannotDraw(what: String, fix: String, origin: String?)

    public var description: String {
        switch self {
        case .missingGlyphs(let text, let chars, let origin):
            let list = chars.map { c in
                let codes = c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPad(4) }
                return "'\(c)' (\(codes.joined(separator: " ")))"
            }.joined(separator: ", ")
            return (origin.map { "\($0): " } ?? "")
                + "no bundled font can draw \(list) in \"\(text)\"\n  fix: remove or replace "
                + (chars.count == 1 ? "that character" : "those characters")
                + " (for a picture such as an emoji, describe it in words)"
        case .doesNotFit(let text, let place, let origin):
            return (origin.map { "\($0): " } ?? "")
                + "\"\(text)\" does not fit in \(place), even at the smallest type size\n  fix: shorten it"
        case .unknownPicture(let name, let known):
            return "there is no picture called '\(name)'\n  fix: use one of: \(known.joined(separator: ", "))"
        case .unknownAnchor(let person, let anchor, let setting, let known, let origin):
            return (origin.map { "\($0): " } ?? "")
                + "\(person) is put at '\(anchor)', but the \(setting) picture has no \(anchor)\n  fix: use one of: "
                + known.joined(separator: ", ") + ", or a 'where:' with a \(anchor)"
        case .cannotDraw(let what, let fix, let origin):
            return (origin.map { "\($0): " } ?? "") + what + "\n  fix: " + fix
        }
    }
}

extension LayoutError {
    /// The same error, saying where it happened when it did not already.
    func on(_ origin: String) -> LayoutError {
        switch self {
        case .missingGlyphs(let text, let characters, nil): .missingGlyphs(text: text, characters: characters, origin: origin)
        case .doesNotFit(let text, let place, nil): .doesNotFit(text: text, place: place, origin: origin)
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
