import HearthModel

extension ChildFacingCheck {
    /// The card's safe place printed in the professional wording, which a child's card never prints.
    public func missingChildWording(in card: SafetyCard) -> [Diagnostic] {
        card.printed.filter { $0.voice == .professional }.map { s in
            Diagnostic(
                location: s.location, keyPath: s.keyPath ?? "",
                message: "there are no words agreed for the child here, so the child's safety card would print the professional wording: \"\(Self.excerpt(s.text))\"",
                fix: "agree the words with the family and write them as 'child: …' under this line")
        }
    }

    /// Private values and names the card would print, each where it would be printed.
    public func privateValues(in card: SafetyCard) -> [Diagnostic] {
        guard !privateText.isEmpty else { return [] }
        return card.printed.flatMap { s in
            find(in: s.text, place: "the child's safety card", location: s.location, keyPath: s.keyPath ?? "my_safety_plan")
        }
    }
}
