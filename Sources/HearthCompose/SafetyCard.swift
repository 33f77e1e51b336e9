import HearthModel

/// The child's safety card (document `my-safety-plan`) in words: who I can talk to (drawn and named), my safe
/// place, what to do if I feel unsafe, the numbers to ring, and that it is not my fault. Layout sets it as a full A5
/// page and as wallet cards, eight to an A4 sheet.
public struct SafetyCard: Hashable, Sendable {
    /// "Amira's safety plan"; a minimal card has no name on it ("My safety card").
    public var title: String
    public var talkHeading: String
    /// The people the child can talk to, as drawn: the case's looks, the names the child uses.
    public var people: [ScenePerson]
    public var safePlaceHeading: String
    public var safePlace: SheetText?
    public var unsafeHeading: String
    public var ifUnsafe: [SheetText]
    public var numbersHeading: String
    public var numbers: [CardNumber]
    /// "It is not my fault."
    public var notMyFault: String
    public var minimal: Bool
    public var isBlank: Bool
    /// A blank card's prompts ("Draw and name the people you can talk to").
    public var blankPrompts: BlankPrompts?
    public var metadata: SheetMetadata
    public var seedKey: String
    /// What a wallet card calls itself ("My safety card").
    public var walletTitle: String
    /// The wallet card's short heading for the people ("I can talk to").
    public var walletTalk: String
    /// Whether the case asks for wallet cards too.
    public var walletCards: Bool

    /// Every piece of text the card prints, with where it came from.
    public var printed: [SheetText] {
        var out = [SheetText(title), SheetText(talkHeading)]
        out += people.compactMap(\.label).map { SheetText($0) }
        out += [SheetText(safePlaceHeading)] + [safePlace].compactMap { $0 }
        out += [SheetText(unsafeHeading)] + ifUnsafe
        out += [SheetText(numbersHeading)] + numbers.flatMap { [$0.label, SheetText($0.number, location: $0.label.location, keyPath: $0.label.keyPath)] }
        out += [SheetText(notMyFault), SheetText(walletTitle), SheetText(walletTalk)]
        if let blankPrompts { out += [blankPrompts.people, blankPrompts.lines].map { SheetText($0) } }
        return out
    }
}

/// A number to ring and what it is for ("Childline, any time, for free": 0800 1111).
public struct CardNumber: Hashable, Sendable {
    public var label: SheetText
    public var number: String

    public init(label: SheetText, number: String) {
        self.label = label
        self.number = number
    }
}

/// What a blank card asks the child to do.
public struct BlankPrompts: Hashable, Sendable {
    public var people: String
    public var lines: String

    public init(people: String, lines: String) {
        self.people = people
        self.lines = lines
    }
}
