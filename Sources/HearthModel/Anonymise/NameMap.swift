import HearthGeometry

/// Every name in a case and the fictional name that replaces it, word by word: "Kerry Walsh" and "Nanna Pat"
/// give Kerry → Sarah, Walsh → Hughes, Pat → Jo, used everywhere the words stand whole. A replacement keeps the
/// culture and, where the case says, whether the name is a girl's or a boy's; no two names share one, and none
/// is a name the case already holds.
struct NameMap: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case given, family }

    /// Original word → replacement, exactly as written (case-sensitive).
    private(set) var words: [String: String] = [:]
    /// The order names were first met, for a report that reads like the case.
    private(set) var order: [String] = []
    private var taken: Set<String> = []
    let lists: NameLists
    let language: String
    let seed: UInt64

    init(lists: NameLists, language: String, seed: UInt64, originals: [String]) {
        self.lists = lists
        self.language = language
        self.seed = seed
        taken = Set(originals.flatMap(Self.words(in:)).map { $0.lowercased() })
    }

    subscript(word: String) -> String? { words[word] }

    /// Adds the names in `text` (a `name:`, `called:` or a name met in words): after Mr, Mrs and the like a word
    /// is a family name; in a full name the last word (with its hyphenated parts, "Campbell-Doyle") is; the rest are
    /// given names. A full name's culture is the one any of its words is found in ("Ayesha Khan" by "Khan").
    mutating func add(nameText text: String, gender: NameGender, fullName: Bool) {
        let spaced = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let lists = self.lists
        let culture = fullName ? Self.words(in: text).lazy.compactMap { lists.listedCulture(of: $0) }.first : nil
        var previous: String?
        for (i, chunk) in spaced.enumerated() {
            for word in Self.words(in: chunk) {
                defer { previous = word }
                guard Self.isName(word) else { continue }
                let afterTitle = previous.map(NameWords.familyNameTitles.contains) ?? false
                let isLast = fullName && spaced.count > 1 && i == spaced.count - 1
                add(word, kind: afterTitle || isLast ? .family : .given, gender: gender, culture: culture)
            }
        }
    }

    mutating func add(_ word: String, kind: Kind, gender: NameGender, culture known: NameLists.Culture? = nil) {
        guard words[word] == nil else { return }
        let culture = lists.listedCulture(of: word) ?? known ?? lists.culture(of: word, language: language)
        let gender = gender == .unknown ? lists.listedGender(of: word) : gender
        let pools = [culture].compactMap { $0 } + lists.cultures.filter { $0.name != culture?.name }
        for pool in pools {
            let names = kind == .family ? pool.family : pool.given(gender)
            let free = names.filter { !taken.contains($0.lowercased()) }
            guard !free.isEmpty else { continue }
            let pick = free[Int(StableHash.fnv1a64("\(seed)\u{1F}\(word)") % UInt64(free.count))]
            words[word] = pick
            // A name written in capitals ("JAYDEN") is replaced in capitals.
            if word.uppercased() != word { words[word.uppercased()] = pick.uppercased() }
            order.append(word)
            taken.insert(pick.lowercased())
            return
        }
    }

    /// The replacement of an identifier made from names (`nanna_pat` → `nanna_jo`), or nil when no part is a name.
    func identifier(_ id: String) -> String? {
        var changed = false
        let parts = id.split(separator: "_", omittingEmptySubsequences: false).map { part -> String in
            let sub = part.split(separator: "-", omittingEmptySubsequences: false).map { piece -> String in
                guard piece.count >= 2, let original = words.keys.first(where: { $0.lowercased() == piece && $0.uppercased() != $0 }),
                      let new = words[original] else { return String(piece) }
                changed = true
                return Self.asIdentifier(new)
            }
            return sub.joined(separator: "-")
        }
        return changed ? parts.joined(separator: "_") : nil
    }

    /// The words of a text: runs of letters (an apostrophe or hyphen ends a word, so "Pat’s" holds "Pat").
    static func words(in text: String) -> [String] {
        text.split { !$0.isLetter }.map(String.init)
    }

    /// Whether a word of a name field is a name rather than a title or a role.
    static func isName(_ word: String) -> Bool {
        word.count >= 2 && !NameWords.ordinary.contains(word) && word.first.map { $0.isUppercase || !$0.isCased } == true
    }

    static func asIdentifier(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map(Character.init))
    }
}
