import HearthModel

/// A child needs one clear 999 message: who phones, and what to say. Two different ones in a booklet ("a grown-up
/// phones 999" on a rule, "phone the police: 999" on the talk-to page) leave a frightened child unsure which is
/// theirs, so every mention after the first is worth a second look.
struct EmergencyNumberCheck {
    var texts: [ChildFacingText]
    var talkTo: [TalkTo]

    static let numbers: Set<String> = ["999", "112"]

    func findings() -> [StoryCheck.Finding] {
        var mentions: [(SourceLocation?, String)] = texts.filter { says999($0.text) }.map { ($0.location, $0.keyPath) }
        for (i, entry) in talkTo.enumerated() where entry.phone.map(Self.numbers.contains) == true {
            let keyPath = "safety_plan.talk_to[\(i)]"
            if !mentions.contains(where: { $0.1 == keyPath }) { mentions.append((entry.location, keyPath)) }
        }
        mentions.sort { ($0.0?.line ?? 0, $0.0?.column ?? 0) < ($1.0?.line ?? 0, $1.0?.column ?? 0) }
        guard let first = mentions.first, mentions.count > 1 else { return [] }
        let line = first.0.map { " (line \($0.line))" } ?? ""
        return mentions.dropFirst().map { location, keyPath in
            StoryCheck.Finding(
                location: location, keyPath: keyPath,
                message: "the story already says when to phone 999 at \(first.1)\(line); two different 999 messages can leave a child unsure which is theirs",
                fix: "say it once, on the talk-to page: who phones and what to say, e.g. 'If someone is hurt, phone 999 and say your address'")
        }
    }

    func says999(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber }).contains { Self.numbers.contains(String($0)) }
    }
}
