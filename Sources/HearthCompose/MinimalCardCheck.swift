import HearthModel

/// The rules of a minimal safety card (`my_safety_plan.minimal: yes`, for domestic abuse), where a card found by the
/// wrong person must not lead them to the child: exactly one number, no surnames, no address or postcode, and no
/// name of anyone the child is not safe with or whose name is private. A case that would put anything else on the
/// card is refused, each problem naming the line that would put it there.
public struct MinimalCardCheck {
    public var caseFile: CaseFile
    /// The last words of street names (Road, Street…), from the plain-words list.
    public var streetWords: Set<String>

    public init(caseFile: CaseFile, streetWords: Set<String>) {
        self.caseFile = caseFile
        self.streetWords = streetWords
    }

    static let why = "a minimal card must be safe if someone the family is kept safe from finds it"

    public func problems(in card: SafetyCard) -> [Diagnostic] {
        guard card.minimal, let choices = caseFile.safetyCard else { return [] }
        let number = choices.minimalNumber
        let digits = PhoneNumber.nationalDigits(number)
        var out: [Diagnostic] = []
        let cardAt = choices.location
        // Numbers the plan gives the child would go on a full card; on a minimal one they are refused, not dropped.
        if choices.talkTo == nil {
            for (i, entry) in caseFile.safetyPlan.talkTo.enumerated() {
                let keyPath = "safety_plan.talk_to[\(i)]"
                if let phone = entry.phone, PhoneNumber.nationalDigits(phone) != digits {
                    out.append(Diagnostic(
                        location: caseFile.texts.first { $0.keyPath == keyPath + ".phone" }?.location ?? entry.location,
                        keyPath: keyPath + ".phone",
                        message: "a minimal card carries exactly one number (\(number)), but the child's safety card takes its people from safety_plan.talk_to, which gives the child \(phone) too",
                        fix: "list the people for the card under 'my_safety_plan:' as 'talk_to: [mum]' (the card then leaves safety_plan.talk_to alone), or make \(phone) the card's one number with 'number: \(phone)'"))
                }
                if let who = entry.who, let person = caseFile.person(id: who), person.isPrivate {
                    out.append(Diagnostic(
                        location: entry.location, keyPath: keyPath + ".who",
                        message: "'\(who)' is marked private, and a minimal card shows no one whose name is private",
                        fix: "list the people for the card under 'my_safety_plan:' as 'talk_to: […]', leaving '\(who)' out"))
                }
            }
        }
        let forbidden = forbiddenNames()
        let details = PrivateDetails(caseFile: caseFile, lexicon: PlainWords(file: "", streetWords: streetWords))
        for s in card.printed {
            let at = s.location ?? cardAt
            let keyPath = s.keyPath ?? "my_safety_plan"
            for written in PhoneNumber.written(in: s.text, fewestDigits: 3, separators: [" ", "-", "(", ")"])
            where PhoneNumber.nationalDigits(written) != digits {
                out.append(Diagnostic(
                    location: at, keyPath: keyPath,
                    message: "a minimal card carries exactly one number (\(number)), but this would print \(written) on it",
                    fix: "take \(written) out of these words; \(Self.why)"))
            }
            let folded = PrivateText.fold(s.text)
            var reported: Set<String> = []
            for (word, what, fix) in forbidden where PrivateText.contains(folded, PrivateText.letters(word)) {
                guard reported.insert(word.lowercased()).inserted else { continue }
                out.append(Diagnostic(
                    location: at, keyPath: keyPath,
                    message: "a minimal card would print '\(word)' here, \(what)",
                    fix: fix))
            }
            let tokens = WordTokens(s.text)
            for postcode in PrivateDetails.postcodes(in: s.text, tokens) {
                out.append(Diagnostic(
                    location: at, keyPath: keyPath, message: "this looks like a postcode (\(postcode)), which a minimal card never prints",
                    fix: "take it out; \(Self.why)"))
            }
            for address in details.addresses(in: s.text, tokens) {
                out.append(Diagnostic(
                    location: at, keyPath: keyPath, message: "this looks like an address (\(address)), which a minimal card never prints",
                    fix: "take it out; \(Self.why)"))
            }
        }
        return out.uniqued
    }

    /// Words a minimal card never prints: everyone's surname (the words of their full name that are not in what the
    /// child calls them), and every name of someone the child is not safe with or whose name is private.
    func forbiddenNames() -> [(word: String, what: String, fix: String)] {
        var out: [(String, String, String)] = []
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init).filter { $0.count >= 2 }
        }
        for person in caseFile.people where person.notSafe || person.isPrivate {
            let why = person.notSafe ? "the child is not safe with them (not_safe: yes)" : "their name is private (private: yes)"
            let at = person.location.map { ", line \($0.line)" } ?? ""
            for word in (words(person.name) + words(person.called ?? "")).uniqued {
                out.append((word, "a name of '\(person.id)'\(at), whom a minimal card never names", "take it out: \(why); \(Self.why)"))
            }
        }
        let named = caseFile.children.map { ($0.name, $0.called) } + caseFile.people.map { ($0.name, $0.called) }
        let firstNames = Set(named.compactMap { words($0.0).first?.lowercased() } + named.compactMap { $0.1?.lowercased() }.flatMap { words($0) })
        for (name, called) in named {
            let calledWords = Set(words(called ?? "").map { $0.lowercased() })
            for word in words(name).dropFirst() where !calledWords.contains(word.lowercased()) && !firstNames.contains(word.lowercased()) {
                out.append((word, "a surname (from \(name))", "use only the names the child calls people by; \(Self.why)"))
            }
        }
        return out
    }
}
