import HearthModel

/// The content of a Safety House page: who lives in the safe house and who visits (drawn and named), what needs to
/// happen for the child to be safe (on the roof), the path to the door as a 0–10 scale with the child's mark, and —
/// on the worker's copy only, when the case asks — the red circle outside.
public struct SafetyHouseSheet: Hashable, Sendable {
    public var title: String
    public var details: [String]
    public var blankFields: [String]
    public var livesHere: [SheetPerson]
    public var visitors: [SheetPerson]
    /// "Who lives here", "Who comes to visit".
    public var livesHereLabel: String
    public var visitsLabel: String
    /// "What needs to happen for me to be safe".
    public var rulesHeading: String
    public var rules: [SheetText]
    /// The path to the door, with the child's mark when known.
    public var path: ScaleStrip
    /// "How safe do I feel? Find my stone on the path." (blank) or where the child put themselves.
    public var pathLabel: String
    /// The people the child is not safe with, outside in a red circle; `nil` when not asked for (always on a copy
    /// the child keeps).
    public var redCircle: [SheetPerson]?
    public var redCircleLabel: String
    /// "Worker's copy: …", at the foot of a copy that stays on the file.
    public var copyNote: String?
    public var record: [SheetText]
    public var isBlank: Bool
    public var metadata: SheetMetadata
    public var seedKey: String
    public var titleOrigin: String?
}
