import Foundation
import HearthModel
import Yams

extension PlainWords {
    /// The data file's place under `Assets/`.
    public static let path = "lint/plain-words.yaml"

    /// Reads `lint/plain-words.yaml` from Hearth's assets folder. A mistake in the file is an error naming the file
    /// and the line, in words a trainer editing it can act on.
    public static func load(from assets: URL) throws(ComposeError) -> PlainWords {
        let url = assets.appendingPathComponent(path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw .plainWords(
                file: url.path, line: nil, problem: "the file is missing, or is not plain UTF-8 text",
                fix: "reinstall Hearth's assets, or set HEARTH_RESOURCES to the folder holding Assets/\(path)")
        }
        return try parse(text, file: url.path)
    }

    /// Reads the data file's text; `file` names it in errors.
    static func parse(_ text: String, file: String) throws(ComposeError) -> PlainWords {
        try PlainWordsReader(file: file).read(text)
    }
}

/// Turns the data file's YAML into ``PlainWords``, checking every entry, so that a trainer's slip is reported at
/// its line rather than found later as a word that is never flagged.
private struct PlainWordsReader {
    var file: String

    static let topKeys = ["language", "jargon", "blame", "frightening", "people_words", "street_words", "public_numbers"]

    func read(_ text: String) throws(ComposeError) -> PlainWords {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw fail(line: nil, "the file is empty", fix: "restore it from Hearth's source")
            }
            root = node
        } catch let error as ComposeError {
            throw error
        } catch {
            throw syntax(error)
        }
        guard let top = root.mapping else {
            throw fail(root, "the file must be a list of sections (jargon:, blame:, frightening: …)",
                       fix: "restore the layout from Hearth's source and add entries under the sections")
        }
        try unknownKeys(top, allowed: Self.topKeys, what: "section")
        var words = PlainWords(file: file)
        if let node = top["jargon"] { words.jargon = try sequence(node, "jargon").map(jargon) }
        if let node = top["blame"] { words.blame = try blame(node) }
        if let node = top["frightening"] { words.frightening = try sequence(node, "frightening").map(frightening) }
        if let node = top["people_words"] { words.peopleWords = Set(try strings(node, "people_words").map { $0.lowercased() }) }
        if let node = top["street_words"] { words.streetWords = Set(try strings(node, "street_words")) }
        if let node = top["public_numbers"] { words.publicNumbers = try sequence(node, "public_numbers").map(publicNumber) }
        try noRepeats(words)
        return words
    }

    // MARK: Entries

    func jargon(_ node: Node) throws(ComposeError) -> PlainWords.Jargon {
        let entry = try mapping(node, "a jargon entry", keys: ["term", "say", "instead", "match_case"])
        return PlainWords.Jargon(
            term: try phrase(entry, node, key: "term"), alternative: try alternative(entry, node),
            matchCase: try flag(entry["match_case"]), line: line(node))
    }

    func blame(_ node: Node) throws(ComposeError) -> [PlainWords.Blame] {
        guard let lists = node.mapping else {
            throw fail(node, "'blame' must hold two lists, 'on_the_child' and 'labels'",
                       fix: "write 'on_the_child:' and 'labels:' under 'blame:', each with its entries")
        }
        let kinds: [PlainWords.BlameKind] = [.onTheChild, .label]
        try unknownKeys(lists, allowed: kinds.map(\.rawValue), what: "list under 'blame'")
        var out: [PlainWords.Blame] = []
        for kind in kinds {
            guard let list = lists[kind.rawValue] else { continue }
            for item in try sequence(list, "blame.\(kind.rawValue)") {
                let entry = try mapping(item, "a blame entry", keys: ["phrase", "unless_negated", "say", "instead"])
                out.append(PlainWords.Blame(
                    phrase: try phrase(entry, item, key: "phrase"), kind: kind,
                    unlessNegated: try flag(entry["unless_negated"]), alternative: try alternative(entry, item),
                    line: line(item)))
            }
        }
        return out
    }

    func frightening(_ node: Node) throws(ComposeError) -> PlainWords.Frightening {
        let entry = try mapping(node, "a frightening phrase", keys: ["phrase", "ages", "say", "instead"])
        let bands = AgeBand.allCases.map(\.rawValue)
        guard let agesNode = entry["ages"] else {
            throw fail(node, "this phrase does not say for which ages it is flagged",
                       fix: "add e.g. 'ages: [under-5, 5-8]' (bands: \(bands.joined(separator: ", ")))")
        }
        var ages: Set<AgeBand> = []
        for age in try strings(agesNode, "ages") {
            guard let band = AgeBand(rawValue: age) else {
                throw fail(agesNode, "'\(age)' is not an age band", fix: "use \(bands.joined(separator: ", "))")
            }
            ages.insert(band)
        }
        return PlainWords.Frightening(
            phrase: try phrase(entry, node, key: "phrase"), ages: ages, alternative: try alternative(entry, node),
            line: line(node))
    }

    func publicNumber(_ node: Node) throws(ComposeError) -> PlainWords.PublicNumber {
        let entry = try mapping(node, "a public number", keys: ["number", "name"])
        let number = try phrase(entry, node, key: "number")
        guard number.contains(where: \.isNumber) else {
            throw fail(node, "'\(number)' has no digits", fix: "write the number as it is dialled, e.g. 0800 1111")
        }
        return PlainWords.PublicNumber(number: number, name: try phrase(entry, node, key: "name"))
    }

    // MARK: Pieces

    func mapping(_ node: Node, _ what: String, keys: [String]) throws(ComposeError) -> Node.Mapping {
        guard let entry = node.mapping else {
            throw fail(node, "\(what) must be written with its keys (\(keys.joined(separator: ", ")))",
                       fix: "write it like the entries around it, e.g. '- \(keys[0]): …' with '\(keys[1]): …' below")
        }
        try unknownKeys(entry, allowed: keys, what: "key")
        return entry
    }

    func sequence(_ node: Node, _ key: String) throws(ComposeError) -> [Node] {
        guard let items = node.sequence else {
            throw fail(node, "'\(key)' must be a list", fix: "start each entry on its own line with '- '")
        }
        return Array(items)
    }

    func strings(_ node: Node, _ key: String) throws(ComposeError) -> [String] {
        var out: [String] = []
        for item in try sequence(node, key) {
            guard let s = item.scalar?.string.trimmingCharacters(in: .whitespaces), !s.isEmpty else {
                throw fail(item, "each item of '\(key)' must be a word", fix: "write the words separated by commas")
            }
            out.append(s)
        }
        return out
    }

    /// A non-empty text under `key` that has at least one letter or digit.
    func phrase(_ entry: Node.Mapping, _ node: Node, key: String) throws(ComposeError) -> String {
        guard let value = entry[key] else {
            throw fail(node, "this entry has no '\(key)'", fix: "add '\(key): …'")
        }
        guard let text = value.scalar?.string.trimmingCharacters(in: .whitespaces),
            text.contains(where: WordTokens.isWordCharacter)
        else {
            throw fail(value, "'\(key)' must be words", fix: "write the words after '\(key): '")
        }
        return text
    }

    /// Exactly one of `say` and `instead`, not empty.
    func alternative(_ entry: Node.Mapping, _ node: Node) throws(ComposeError) -> PlainWords.Alternative {
        switch (entry["say"], entry["instead"]) {
        case (let say?, nil): .say(try phrase(entry, say, key: "say"))
        case (nil, let instead?): .instead(try phrase(entry, instead, key: "instead"))
        case (.some, .some):
            throw fail(node, "this entry has both 'say' and 'instead'",
                       fix: "keep one: 'say' for the plain words, 'instead' for an instruction")
        case (nil, nil):
            throw fail(node, "this entry does not say what to write instead",
                       fix: "add 'say: …' with plain words a child would understand, or 'instead: …' with what to do")
        }
    }

    func flag(_ node: Node?) throws(ComposeError) -> Bool {
        guard let node else { return false }
        switch node.scalar?.string.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default: throw fail(node, "this must be yes or no", fix: "write 'yes' or 'no'")
        }
    }

    func unknownKeys(_ mapping: Node.Mapping, allowed: [String], what: String) throws(ComposeError) {
        for key in mapping.keys {
            let name = key.scalar?.string ?? ""
            if !allowed.contains(name) {
                throw fail(key, "'\(name)' is not a \(what) this file can have",
                           fix: "use one of: \(allowed.joined(separator: ", "))")
            }
        }
    }

    /// The same words twice would make one of the entries never win.
    func noRepeats(_ words: PlainWords) throws(ComposeError) {
        var seen: [String: Int] = [:]
        let all = words.jargon.map { ($0.term, $0.line) } + words.blame.map { ($0.phrase, $0.line) }
            + words.frightening.map { ($0.phrase, $0.line) }
        for (text, line) in all {
            let key = WordTokens(text).tokens.map(\.lower).joined(separator: " ")
            if let first = seen[key] {
                throw fail(line: line, "'\(text)' is already written at line \(first)",
                           fix: "keep one of the two entries")
            }
            seen[key] = line
        }
    }

    // MARK: Errors

    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    func fail(_ node: Node, _ problem: String, fix: String) -> ComposeError {
        fail(line: node.mark?.line, problem, fix: fix)
    }

    func fail(line: Int?, _ problem: String, fix: String) -> ComposeError {
        .plainWords(file: file, line: line, problem: problem, fix: fix)
    }

    /// The YAML parser's complaint, said in a trainer's terms at the line it gives.
    func syntax(_ error: any Error) -> ComposeError {
        let fix = "check the indentation (spaces, not tabs, lined up with the entries around it), that each entry "
            + "starts with '- ', and put quotes around words that hold ': ' or ' #'"
        switch error as? YamlError {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return fail(line: mark.line, "the file's layout is broken here", fix: fix)
        case .duplicatedKeysInMapping(let keys, let context):
            return fail(line: context.mark.line, "'\(keys.joined(separator: "', '"))' is written twice in one entry",
                        fix: "keep one of them")
        case .reader:
            return fail(line: nil, "the file has a character YAML cannot read", fix: "save it as plain UTF-8 text")
        default:
            return fail(line: nil, "the file cannot be read", fix: fix)
        }
    }
}
