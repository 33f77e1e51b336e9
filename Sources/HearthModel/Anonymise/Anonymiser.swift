import HearthGeometry
import Yams

/// Makes a training copy of a real case: the same documents, with nothing that identifies the family. Names become
/// fictional names of the same culture ("Nanna Pat" → "Nanna Jo"), phone numbers become Ofcom's drama numbers,
/// dates move by whole weeks, postcodes, street addresses, schools and private values are replaced, the author
/// becomes "a social worker", drawings are left out, and comments (which may name anyone) are not copied. The same
/// case always gives the same copy.
public struct Anonymiser: Sendable {
    public var names: NameLists
    /// Keep the child's drawings (their paths made absolute, so the copy still finds them).
    public var keepDrawings: Bool
    /// The folder the original case's drawing paths are relative to.
    public var caseFolder: String

    public init(names: NameLists, keepDrawings: Bool = false, caseFolder: String = ".") {
        self.names = names
        self.keepDrawings = keepDrawings
        self.caseFolder = caseFolder
    }

    /// Values under these keys are words from Hearth's vocabulary, never names, even when a name's letters match.
    static let vocabularyKeys: Set<String> = [
        "skin", "hair", "hair_colour", "clothes", "beard", "glasses", "mobility", "build", "feeling", "pronouns", "paper",
        "language", "languages", "documents", "role", "covering", "head", "wears", "action", "age", "where", "things",
        "not", "one_day", "hearth", "relation_word", "voice", "at", "in", "on", "size", "format",
    ]

    /// The anonymised copy of `text` (the case file `file`); the case must be one Hearth can read.
    public func anonymise(text: String, file: String, outputFile: String) throws(CaseFileError) -> AnonymisedCase {
        let caseFile = try CaseFileLoader.parse(text, file: file)
        let body = text.first == "\u{FEFF}" ? String(text.dropFirst()) : text
        guard let root = try? Yams.compose(yaml: body, .basic) else {
            throw CaseFileError(diagnostics: [Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1), keyPath: "", message: "the case file could not be read",
                fix: "check it with 'hearth check' first")])
        }
        var walk = AnonymisingWalk(
            file: file, names: nameMap(for: caseFile, text: body), book: ReplacementBook(seed: StableHash.fnv1a64(body)),
            keepDrawings: keepDrawings, caseFolder: caseFolder)
        walk.book.addPrivateValues(caseFile.privateValues.map(\.text))
        let anonymous = walk.node(root, path: "", key: nil)
        let yaml = (try? Yams.serialize(node: anonymous, width: -1, allowUnicode: true)) ?? ""
        let out = Self.header + yaml
        // The copy must still be a case Hearth renders; anything else is Hearth's mistake, not the user's.
        do { _ = try CaseFileLoader.parse(out, file: outputFile) } catch {
            throw CaseFileError(diagnostics: error.diagnostics.map { d in
                var d = d
                d.message = "the anonymised copy would not be a case Hearth can read (\(d.message)); this is a mistake in Hearth"
                d.fix = "please report it, with this message but not the case"
                return d
            })
        }
        let warnings = UncertainWords(names: walk.names, book: walk.book).warnings(in: out, file: outputFile)
        return AnonymisedCase(text: out, changes: walk.changes, warnings: warnings)
    }

    static let header = """
        # A training copy made by `hearth anonymise`: every name, number, date, address, school and private value
        # in it is fictional. Comments of the original case were not copied, and drawings are left out unless
        # --keep-drawings was given. Check it before sharing: see the warnings hearth printed.

        """

    /// Every name the case gives its children and people, and names met after a title or a relation word in any
    /// text ("Miss Begum", "my cousin Sana").
    func nameMap(for caseFile: CaseFile, text: String) -> NameMap {
        let all = caseFile.children.flatMap { [$0.name, $0.called ?? ""] } + caseFile.people.flatMap { [$0.name, $0.called ?? ""] }
        var map = NameMap(
            lists: names, language: caseFile.output.language, seed: StableHash.fnv1a64(text), originals: all + caseFile.texts.map(\.text))
        for child in caseFile.children {
            let gender = NameGender.reading(child.pronouns)
            map.add(nameText: child.name, gender: gender, fullName: true)
            map.add(nameText: child.called ?? "", gender: gender, fullName: false)
        }
        for person in caseFile.people {
            let gender = NameGender.reading(person.relation, person.called, person.name)
            map.add(nameText: person.name, gender: gender, fullName: true)
            map.add(nameText: person.called ?? "", gender: gender, fullName: false)
        }
        for text in caseFile.texts {
            if text.keyPath.hasSuffix("recorded_by") || text.keyPath.hasSuffix(".by") {
                let person = text.text.split(whereSeparator: { "(,".contains($0) }).first.map(String.init) ?? ""
                map.add(nameText: person, gender: .unknown, fullName: true)
            }
            for (word, kind, gender) in Self.introducedNames(in: text.text) { map.add(word, kind: kind, gender: gender) }
        }
        return map
    }

    /// Capitalised words standing after a title or a relation word: "Miss Begum" (a family name), "cousin Sana".
    static func introducedNames(in text: String) -> [(String, NameMap.Kind, NameGender)] {
        let words = NameMap.words(in: text)
        var found: [(String, NameMap.Kind, NameGender)] = []
        for i in words.indices.dropFirst() where NameMap.isName(words[i]) && words[i].first?.isUppercase == true {
            let before = words[i - 1]
            if NameWords.familyNameTitles.contains(before) {
                found.append((words[i], .family, NameGender.reading(before)))
            } else if NameWords.introducers.contains(before.lowercased()) && before.first?.isLowercase == true {
                found.append((words[i], .given, NameGender.reading(before)))
            }
        }
        return found
    }
}
