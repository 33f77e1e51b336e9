import Foundation
import HearthModel

extension LayoutError {
    /// The same problem pointing at the case-file line its words come from. Layout knows the line of the words it was
    /// given with their origin (a house's sentences, the title's name); for the rest (a picture's name, a phrase it
    /// placed) the words are looked up among `texts`, every text the case file holds.
    public func located(in texts: [CaseText]) -> LayoutError {
        CaseTextLocator(texts: texts).locate(self)
    }
}

/// Finds where in a case file a piece of text a layout problem names is written.
struct CaseTextLocator {
    var texts: [CaseText]

    func locate(_ error: LayoutError) -> LayoutError {
        switch error {
        case .unknownPicture(let name, let known, let origin):
            // A picture's name is found where the case names pictures, even when layout already gave the line of
            // the page's words as a fallback: the name's own line is the one to fix.
            let named = texts.first { $0.text == name && Self.namesAPicture($0.keyPath) }
            if let named { return .unknownPicture(name: name, known: known, origin: Self.origin(of: named, after: Self.place(in: origin))) }
            guard !Self.isLocated(origin), let written = texts.first(where: { $0.text == name }) else { return error }
            return .unknownPicture(name: name, known: known, origin: Self.origin(of: written, after: origin))
        case .doesNotFit(let text, let place, let origin) where !Self.isLocated(origin):
            guard let written = find(text) ?? findInside(text) else { return error }
            return .doesNotFit(text: text, place: place, origin: Self.origin(of: written, after: origin))
        case .missingGlyphs(let text, let characters, let origin) where !Self.isLocated(origin):
            guard let written = find(text) ?? findHolding(characters) else { return error }
            return .missingGlyphs(text: text, characters: characters, origin: Self.origin(of: written, after: origin))
        default:
            return error
        }
    }

    /// The case text the words are, ignoring the typography Hearth adds (curly quotes, isolates around names); for
    /// words Hearth joined ("Ruby, Mummy and Oakley" under a picture), the longest of the parts the case holds, the
    /// likeliest not to fit.
    func find(_ text: String) -> CaseText? {
        if let whole = findWhole(text) { return whole }
        let parts = Self.plain(text).components(separatedBy: ", ").flatMap { $0.components(separatedBy: " and ") }
        guard parts.count > 1 else { return nil }
        return parts.sorted { $0.count > $1.count }.lazy.compactMap(findWhole).first
    }

    func findWhole(_ text: String) -> CaseText? {
        let plain = Self.plain(text)
        return texts.first { $0.text == text } ?? texts.first { Self.plain($0.text) == plain }
    }

    /// For words Hearth composed around the case's (a title made from the children's names, "More from Mia’s
    /// House of Worries"): the longest case text standing as whole words inside them — the part the user can change.
    func findInside(_ text: String) -> CaseText? {
        let plain = Self.plain(text)
        return texts
            .filter { $0.text.count >= 2 && Self.holdsAsWords(plain, Self.plain($0.text)) }
            .max { ($0.text.count, -Self.namePreference($0.keyPath)) < ($1.text.count, -Self.namePreference($1.keyPath)) }
    }

    /// For characters no font can draw in words Hearth composed: the first case text that holds one of them, a
    /// name before anything else (names are what templates are made from).
    func findHolding(_ characters: [Character]) -> CaseText? {
        let holding = texts.filter { t in characters.contains { t.text.contains($0) } }
        return holding.first { Self.namePreference($0.keyPath) == 0 } ?? holding.first
    }

    /// 0 for the keys names and titles are written at, 1 for everything else.
    static func namePreference(_ keyPath: String) -> Int {
        ["called", "name", "title", "recorded_by"].contains { keyPath.hasSuffix($0) } ? 0 : 1
    }

    /// Whether `part` stands in `whole` as whole words (not "Ann" inside "Anne").
    static func holdsAsWords(_ whole: String, _ part: String) -> Bool {
        var from = whole.startIndex
        while let r = whole.range(of: part, range: from..<whole.endIndex) {
            let before = r.lowerBound == whole.startIndex ? nil : whole[whole.index(before: r.lowerBound)]
            let after = r.upperBound == whole.endIndex ? nil : whole[r.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            from = whole.index(after: r.lowerBound)
        }
        return false
    }

    static func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            switch s {
            case "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}": nil
            case "\u{2018}", "\u{2019}": "'"
            case "\u{201C}", "\u{201D}": "\""
            case "\u{00A0}", "\u{202F}": " "
            default: s
            }
        }))
    }

    /// Whether an origin already starts `file:line:column`.
    static func isLocated(_ origin: String?) -> Bool {
        guard let origin else { return false }
        let parts = origin.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        return parts.count >= 3 && Int(parts[1]) != nil && Int(parts[2]) != nil
    }

    /// What layout said of the place after a located origin (`file:1:2: key (the picture on …)` → `the picture on …`),
    /// or the whole origin when it is only a description.
    static func place(in origin: String?) -> String? {
        guard let origin, isLocated(origin) else { return origin }
        guard let open = origin.firstIndex(of: "("), origin.hasSuffix(")") else { return nil }
        return String(origin[origin.index(after: open)..<origin.index(before: origin.endIndex)])
    }

    static func namesAPicture(_ keyPath: String) -> Bool {
        ["place", "where", "things", "picture", "holds", "gives"].contains { keyPath.contains($0) }
    }

    /// `file:line:column: key`, with what layout said of the place (e.g. the picture on which page) after it.
    static func origin(of text: CaseText, after place: String?) -> String {
        let at = text.location.map { "\($0): " } ?? ""
        return at + text.keyPath + (place.map { " (\($0))" } ?? "")
    }
}
