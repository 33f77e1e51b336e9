import HearthModel

extension StoryCheck {
    /// The child keeps the booklet, so anyone the child is not safe with may read it. Each person's phone number it
    /// prints (on the "who I can talk to" page) is worth a second look: whether that person should have it.
    /// Services (an entry with no `who`, such as Childline or 999) are public.
    func numbersInReach() -> [Finding] {
        let unsafe = caseFile.people.filter(\.notSafe).map(\.displayName)
        guard let lastUnsafe = unsafe.last else { return [] }
        let names = unsafe.count == 1 ? lastUnsafe : unsafe.dropLast().joined(separator: ", ") + " and " + lastUnsafe
        var out: [Finding] = []
        for (i, entry) in caseFile.safetyPlan.talkTo.enumerated() where entry.who != nil {
            let printed = [entry.phone].compactMap { $0 } + Self.phoneNumbers(in: entry.how ?? "")
            for number in printed {
                out.append(Finding(
                    location: entry.location, keyPath: "safety_plan.talk_to[\(i)]",
                    message: "the child's booklet prints \(number), and \(names) (not safe) may read it",
                    fix: "keep it only if they may have this number; otherwise leave it off the child's copy"))
            }
        }
        return out
    }

    /// Runs of seven or more digits, allowing the spaces and dashes people write numbers with.
    static func phoneNumbers(in text: String) -> [String] {
        PhoneNumber.written(in: text, fewestDigits: 7, separators: [" ", "-"])
    }
}
