import HearthModel

/// Honours a child's pronouns (`pronouns: she/her`) in the words about them: a sentence that names the child and
/// then says "he" when the child is she/her is flagged, naming the child and their pronouns. Misgendering a child
/// in their own story tells them they are not listened to.
///
/// It is deliberately cautious, because "he" in a sentence about Mia is often someone else: it only reads a
/// pronoun in the sentence that names the child or the one after, and only when those sentences name nobody else
/// (no other child or person of the case, no word such as "Daddy", "teacher" or "dog", no other capitalised name),
/// and when the text is not about someone it does not name (a statement's `who`). Only "he" and "she" words are
/// read: "they" can mean a group.
struct PronounCheck: Sendable {
    /// A story child whose pronouns rule out some words.
    struct Subject: Sendable {
        var child: Child
        var names: [[String]]
        /// The pronoun words that contradict the child's pronouns.
        var wrong: Set<String>
    }

    static let she: Set<String> = ["she", "her", "hers", "herself"]
    static let he: Set<String> = ["he", "him", "his", "himself"]
    static let they: Set<String> = ["they", "them", "their", "theirs", "themselves", "themself"]

    var subjects: [Subject]
    /// Everyone else in the case, by id: the children without pronouns written, and the people.
    var others: [(id: String, names: [[String]])]
    var peopleWords: Set<String>

    init(caseFile: CaseFile, peopleWords: Set<String>) {
        let story = caseFile.storyChildren
        subjects = story.compactMap { child in
            guard let pronouns = child.pronouns, let wrong = Self.wrongWords(for: pronouns) else { return nil }
            return Subject(child: child, names: Self.names(child.name, child.called), wrong: wrong)
        }
        let subjectIDs = Set(subjects.map(\.child.id))
        others = caseFile.children.filter { !subjectIDs.contains($0.id) }.map { ($0.id, Self.names($0.name, $0.called)) }
            + caseFile.people.map { ($0.id, Self.names($0.name, $0.called)) }
        self.peopleWords = peopleWords
    }

    /// The "he" and "she" words that contradict pronouns as written ("she/her", "he/they", "ze/zir"); `nil` when
    /// none do ("any pronouns", "he/she").
    static func wrongWords(for pronouns: String) -> Set<String>? {
        let words = Set(WordTokens(pronouns).tokens.map(\.lower))
        if words.contains("any") || words.contains("all") { return nil }
        var wrong = she.union(he)
        if !words.isDisjoint(with: she) { wrong.subtract(she) }
        if !words.isDisjoint(with: he) { wrong.subtract(he) }
        return wrong.isEmpty ? nil : wrong
    }

    /// The ways a text may name someone: what they are called, their first name and their full name, as words.
    static func names(_ name: String, _ called: String?) -> [[String]] {
        let full = WordTokens(name).tokens.map(\.lower)
        var out = [full]
        if let first = full.first { out.append([first]) }
        if let called { out.append(WordTokens(called).tokens.map(\.lower)) }
        return Array(Set(out)).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// What one sentence says: which story children it names, whether it names anyone else, and its words.
    private struct Reading {
        var named: Set<String> = []
        var othersNamed: Set<String> = []
        var someoneElse = false
        var words: [WordTokens.Token] = []
        var covered: Set<Int> = []
    }

    func findings(_ text: ChildFacingText) -> [StoryCheck.Finding] {
        guard !subjects.isEmpty else { return [] }
        let readings = Sentences.split(text.text).map { read(String($0)) }
        let namedAnywhere = readings.reduce(into: Set<String>()) { $0.formUnion($1.named.union($1.othersNamed)) }
        var out: [StoryCheck.Finding] = []
        var reported: Set<String> = []
        for subject in subjects {
            // The text is about someone it never names, who may be the "he" or "she".
            let unnamed = text.about.filter { $0 != subject.child.id && !namedAnywhere.contains($0) }
            guard unnamed.isEmpty else { continue }
            for (j, reading) in readings.enumerated() {
                let window = readings[max(0, j - 1)...j]
                guard window.contains(where: { $0.named.contains(subject.child.id) }),
                    !window.contains(where: { $0.someoneElse || !$0.named.subtracting([subject.child.id]).isEmpty })
                else { continue }
                for (k, word) in reading.words.enumerated()
                where !reading.covered.contains(k) && subject.wrong.contains(word.lower) {
                    guard reported.insert(subject.child.id + " " + word.lower).inserted else { continue }
                    let name = subject.child.displayName
                    let pronouns = subject.child.pronouns ?? ""
                    out.append(StoryCheck.Finding(
                        location: text.location, keyPath: text.keyPath,
                        message: "\(name)'s pronouns are \(pronouns), but '\(word.lower)' here seems to mean \(name)",
                        fix: "use \(pronouns) for \(name); if '\(word.lower)' means someone else, name them in the sentence"))
                }
            }
        }
        return out
    }

    private func read(_ sentence: String) -> Reading {
        var reading = Reading(words: WordTokens(sentence).tokens)
        for subject in subjects where mark(subject.names, in: &reading) {
            reading.named.insert(subject.child.id)
        }
        for other in others where mark(other.names, in: &reading) {
            reading.othersNamed.insert(other.id)
            reading.someoneElse = true
        }
        for (k, word) in reading.words.enumerated() where !reading.covered.contains(k) {
            let isPronoun = Self.she.contains(word.lower) || Self.he.contains(word.lower) || Self.they.contains(word.lower)
            if PhraseMatcher.stems(of: word.lower).contains(where: peopleWords.contains)
                || (k > 0 && word.isCapitalised && word.text != "I" && !isPronoun)
            {
                reading.someoneElse = true
            }
        }
        return reading
    }

    /// Marks where any of the names is written; whether one was.
    private func mark(_ names: [[String]], in reading: inout Reading) -> Bool {
        var found = false
        let words = reading.words
        for name in names where !name.isEmpty && name.count <= words.count {
            for i in 0...(words.count - name.count) {
                let span = i..<(i + name.count)
                guard span.allSatisfy({ !reading.covered.contains($0) }) else { continue }
                // "Mia's" names Mia too.
                let fits = zip(span, name).allSatisfy { k, part in
                    [part, part + "'s", part + "'"].contains(words[k].lower)
                }
                if fits {
                    reading.covered.formUnion(span)
                    found = true
                }
            }
        }
        return found
    }
}
