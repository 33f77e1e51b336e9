import Yams

/// Reads `my_safety_plan:`, what goes on the child's safety card:
///
/// ```yaml
/// my_safety_plan:
///   children: [amira]          # who gets a card; default: every story child
///   minimal: yes               # domestic abuse: one number, no surnames, no address, no one unsafe or private
///   number: "999"              # the one number on a minimal card (999 by default)
///   talk_to: [mum, mrs_lewis]  # the people on the card; default: the people under safety_plan.talk_to
///   if_unsafe:                 # what to do if I feel unsafe, in words for the child
///     - Go to my room and close the door.
///   wallet_cards: yes          # also a sheet of eight wallet cards to cut out (default yes)
/// ```
enum SafetyCardDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> SafetyCardChoices? {
        reader.mapping(
            object: "my_safety_plan",
            expected: "what goes on the child's safety card, written as lines like 'minimal: yes' and 'talk_to: [mum]'",
            fix: "put 'children:', 'minimal:', 'number:', 'talk_to:', 'if_unsafe:' and 'wallet_cards:' on their own lines under 'my_safety_plan:', indented"
        ) { map in
            var card = SafetyCardChoices()
            card.location = reader.location
            card.children = map.optional("children")
                .map { references.ids($0, allowing: .child, example: "children: [amira]").map(\.id) } ?? []
            card.minimal = map.optional("minimal")?.flag(what: "whether the card is minimal") ?? false
            if let numberReader = map.optional("number") {
                card.number = SafetyPlanDecoder.phoneNumber(numberReader)
                card.numberLocation = numberReader.location
            }
            if let talkReader = map.optional("talk_to") {
                let read = references.ids(talkReader, allowing: .anyone, example: "talk_to: [mum, mrs_lewis]")
                var ids: [String] = []
                for (id, idReader) in read where checkTalkTo(id, at: idReader, minimal: card.minimal, references: references) {
                    ids.append(id)
                    card.talkToLocations.append(idReader.location)
                }
                card.talkTo = ids
            }
            if let unsafeReader = map.optional("if_unsafe") {
                let items = unsafeReader.list(
                    expected: "a list of things to do, in words for the child",
                    whenSingle: "put each one on its own line starting with '- ', e.g. '- Go to my room and close the door.'",
                    whenMapping: "put each one on its own line starting with '- ', e.g. '- Go to my room and close the door.'")
                for item in items ?? [] {
                    guard let text = item.text(what: "what to do", example: "'- Go to my room and close the door.'") else { continue }
                    card.ifUnsafe.append(CaseText(text, location: item.location, keyPath: item.path.description))
                }
            }
            card.walletCards = map.optional("wallet_cards")?.flag(what: "whether to make wallet cards") ?? true
            return card
        }
    }

    /// Someone on the card: never a child the card is for, never someone the child is not safe with, and on a
    /// minimal card never someone whose name is private.
    private static func checkTalkTo(_ id: String, at reader: NodeReader, minimal: Bool, references: CaseReferences) -> Bool {
        if references.childIDs?.contains(id) == true {
            reader.report(
                "'\(id)' is one of the children; the card lists the grown-ups a child can talk to",
                fix: "name grown-ups the child is safe with, e.g. 'talk_to: [mum, mrs_lewis]'")
            return false
        }
        guard let person = references.people[id] else { return true }
        if person.notSafe {
            reader.report(
                "the child is not safe with '\(id)' (not_safe: yes), so they cannot be on the child's safety card",
                fix: "take '\(id)' off the card and name a grown-up the child is safe with")
            return false
        }
        if minimal && person.isPrivate {
            reader.report(
                "'\(id)' is marked private, and a minimal card shows no one whose name is private",
                fix: "take '\(id)' off the card, or make the card not minimal ('minimal: no')")
            return false
        }
        return true
    }
}
