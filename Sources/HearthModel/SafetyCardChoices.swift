/// What goes on the child's safety card (the `my-safety-plan` document), from the case's `my_safety_plan:`
/// section. Without the section, the card takes everything from the safety plan: who the child can talk to,
/// their safe place, and the plan's numbers for the child.
///
/// `minimal: yes` is for domestic abuse, where a card found by the wrong person can endanger the child: it carries
/// exactly one number (``number``, 999 unless the case chooses another), no surnames, no address, and no one the
/// child is not safe with or whose name is private. A case that would put anything else on it is refused.
public struct SafetyCardChoices: Hashable, Sendable {
    /// The children who get a card (key `children`); empty means every story child.
    public var children: [String] = []
    /// Whether this is a minimal card (key `minimal`).
    public var minimal: Bool = false
    /// The one number on a minimal card (key `number`); `nil` means 999. On a full card it is printed first.
    public var number: String?
    public var numberLocation: SourceLocation?
    /// The people on the card (key `talk_to`), ids; `nil` means the people under `safety_plan.talk_to`.
    public var talkTo: [String]?
    /// Where each of ``talkTo`` is written.
    public var talkToLocations: [SourceLocation?] = []
    /// What to do if I feel unsafe, in words for the child (key `if_unsafe`); empty lets the card use its
    /// standard words.
    public var ifUnsafe: [CaseText] = []
    /// Whether the card also comes as a sheet of eight wallet cards to cut out (key `wallet_cards`; default yes).
    public var walletCards: Bool = true
    /// Where the section starts.
    public var location: SourceLocation?

    public init() {}

    /// The number a minimal card carries when the case chooses none.
    public static let defaultNumber = "999"

    /// The one number of a minimal card: the case's choice, or 999.
    public var minimalNumber: String { number ?? Self.defaultNumber }
}
