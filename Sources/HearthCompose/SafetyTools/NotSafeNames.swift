import HearthModel

/// Finds the names of people the child is not safe with in words a child will keep: what the child calls them, or
/// any word of their name. A copy the child takes home must not name them, however the words came to be written.
public struct NotSafeNames {
    struct Name {
        var person: Person
        var words: [String]
    }

    var names: [Name]

    public init(caseFile: CaseFile) {
        names = caseFile.people.filter(\.notSafe).map { person in
            var phrases = [person.called, person.name].compactMap { $0 }.map(Self.words)
            phrases += person.name.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 3 }.map { [ $0.lowercased() ] }
            return phrases.filter { !$0.isEmpty }.map { Name(person: person, words: $0) }
        }.flatMap { $0 }
    }

    /// Lower-case words of a text, letters only.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// One problem for each text naming someone the child is not safe with, at the text's own line.
    public func problems(in texts: [SheetText], childName: String, fix: String) -> [Diagnostic] {
        texts.compactMap { text in
            let said = Self.words(text.text)
            guard let found = names.first(where: { name in
                said.count >= name.words.count
                    && (0...(said.count - name.words.count)).contains { Array(said[$0..<$0 + name.words.count]) == name.words }
            }) else { return nil }
            return Diagnostic(
                location: text.location, keyPath: text.keyPath ?? "",
                message: "these words name \(found.person.displayName), whom \(childName) is not safe with, on a copy \(childName) keeps",
                fix: fix)
        }
    }
}
