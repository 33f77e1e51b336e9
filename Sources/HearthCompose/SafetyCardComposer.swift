import Foundation
import HearthLooks
import HearthModel

/// Composes the child's safety card from a case: one card for each child it is for, in words for the child. The
/// people come from `my_safety_plan.talk_to` (else `safety_plan.talk_to`), the safe place from the plan's
/// `safe_place` in the child's wording, the numbers from the plan's numbers for the child. A minimal card has no
/// name on it, exactly one number and names no one but the people on it (see ``MinimalCardCheck``).
public struct SafetyCardComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    /// The children who get a card: `my_safety_plan.children`, else every story child.
    public static func children(of caseFile: CaseFile) -> [Child] {
        let chosen = caseFile.safetyCard?.children ?? []
        return chosen.isEmpty ? caseFile.storyChildren : chosen.compactMap { caseFile.child(id: $0) }
    }

    public func card(for child: Child, in caseFile: CaseFile) throws(ComposeError) -> SafetyCard {
        let choices = caseFile.safetyCard ?? SafetyCardChoices()
        let plan = caseFile.safetyPlan
        let minimal = choices.minimal
        let name = Typography.unbroken(child.displayName)

        var ids: [String] = choices.talkTo ?? plan.talkTo.compactMap(\.who)
        ids = ids.uniqued.filter { id in !caseFile.children.contains { $0.id == id } }
        let participants = ids.map { id in
            SceneParticipant(ref: id, role: caseFile.person(id: id) == nil ? Role(rawValue: id) : nil, feeling: .happy, action: .standing)
        }
        var people = try SceneComposer(strings: strings).scene(SceneDescription(place: nil, people: participants), in: caseFile).people
        for i in people.indices { people[i].label = people[i].label.map(Typography.unbroken) }

        var safePlace: SheetText? = nil
        if let place = plan.safePlace {
            safePlace = place.child.map { SheetText($0, location: place.childLocation ?? place.location, keyPath: place.keyPath + ".child") }
                ?? SheetText(place.text, location: place.location, keyPath: place.keyPath, voice: .professional)
        }

        var numbers: [CardNumber] = []
        if minimal {
            numbers = [CardNumber(
                label: SheetText(try strings.text("card.minimal_number")), number: choices.minimalNumber)]
        } else {
            var seen: Set<String> = []
            func add(_ label: SheetText, _ number: String) {
                guard seen.insert(PhoneNumber.nationalDigits(number)).inserted else { return }
                numbers.append(CardNumber(label: label, number: number))
            }
            if let number = choices.number {
                add(SheetText(try strings.text("card.number")), number)
            }
            for (i, entry) in plan.talkTo.enumerated() {
                guard let phone = entry.phone else { continue }
                let keyPath = "safety_plan.talk_to[\(i)]"
                var label: String
                if let how = entry.how { label = how } else if let who = entry.who { label = try Cast(caseFile: caseFile, strings: strings).name(who) } else { label = "" }
                label = Self.withoutNumber(phone, in: label)
                let key = keyPath + (entry.how == nil ? ".phone" : ".how")
                let at = caseFile.texts.first { $0.keyPath == key }?.location ?? entry.location
                add(SheetText(label, location: at, keyPath: key), phone)
            }
            if numbers.isEmpty {
                add(SheetText(try strings.text("card.emergency")), SafetyCardChoices.defaultNumber)
            }
        }

        var ifUnsafe = choices.ifUnsafe.map { SheetText($0.text, location: $0.location, keyPath: $0.keyPath) }
        if ifUnsafe.isEmpty {
            ifUnsafe = [SheetText(try strings.text("card.unsafe_go")), SheetText(try strings.text("card.unsafe_tell"))]
        }

        let curly = { (s: SheetText) -> SheetText in
            var s = s
            s.text = Typography.curlyApostrophes(s.text)
            return s
        }
        safePlace = safePlace.map(curly)
        ifUnsafe = ifUnsafe.map(curly)
        numbers = numbers.map { CardNumber(label: curly($0.label), number: $0.number) }
        let title = minimal ? try strings.text("card.title_minimal") : try strings.text("card.title", ["name": name])
        let date = caseFile.story.date?.iso ?? ThreeHousesComposer.pinnedDate
        return SafetyCard(
            title: title, talkHeading: try strings.text("card.talk_to"), people: people,
            safePlaceHeading: try strings.text("card.safe_place"), safePlace: safePlace,
            unsafeHeading: try strings.text("card.if_unsafe"), ifUnsafe: ifUnsafe,
            numbersHeading: try strings.text(minimal ? "card.numbers_one" : "card.numbers"), numbers: numbers,
            notMyFault: try strings.text("card.not_my_fault"), minimal: minimal, isBlank: false, blankPrompts: nil,
            metadata: SheetMetadata(
                // A minimal card names no one, not even in its PDF's details.
                title: title, author: minimal ? nil : caseFile.author, subject: try strings.text("card.subject"),
                creationDate: date + "T00:00:00Z", language: strings.language),
            seedKey: "my-safety-plan/\(child.id)/\(date)",
            walletTitle: try strings.text("card.title_minimal"), walletTalk: try strings.text("card.wallet_talk"),
            walletCards: choices.walletCards)
    }

    /// A card with nothing from any case: spaces to draw and name the people, lines for the safe place, what to do
    /// and the numbers.
    public func blankCard() throws(ComposeError) -> SafetyCard {
        let title = try strings.text("card.title_blank")
        return SafetyCard(
            title: title, talkHeading: try strings.text("card.talk_to"), people: [],
            safePlaceHeading: try strings.text("card.safe_place"), safePlace: nil,
            unsafeHeading: try strings.text("card.if_unsafe"), ifUnsafe: [],
            numbersHeading: try strings.text("card.numbers"), numbers: [],
            notMyFault: try strings.text("card.not_my_fault"), minimal: false, isBlank: true,
            blankPrompts: BlankPrompts(people: try strings.text("card.blank_people"), lines: try strings.text("card.blank_lines")),
            metadata: SheetMetadata(
                title: title, author: nil, subject: try strings.text("card.subject"),
                creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z", language: strings.language),
            seedKey: "my-safety-plan/blank",
            walletTitle: try strings.text("card.title_minimal"), walletTalk: try strings.text("card.wallet_talk"),
            walletCards: true)
    }

    /// "Phone Childline, any time, for free" from "Phone Childline on 0800 1111, any time": the number is printed
    /// beside the words, so it is not printed twice.
    static func withoutNumber(_ number: String, in text: String) -> String {
        guard let range = text.range(of: number) else { return text }
        var out = text
        out.removeSubrange(range)
        for joiner in [" on ,", " on .", " on"] where out.hasSuffix(joiner) { out.removeLast(joiner.count) }
        out = out.replacingOccurrences(of: " on ,", with: ",").replacingOccurrences(of: "  ", with: " ")
        return out.trimmingCharacters(in: .whitespaces)
    }
}
