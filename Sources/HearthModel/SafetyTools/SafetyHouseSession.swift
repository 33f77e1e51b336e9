/// One Safety House (after Sonja Parker) drawn with a child (key `safety_house`): who lives in the child's safe
/// house and who visits, what needs to happen for the child to be safe there (the child's words), where the child
/// puts themselves on the path to the door, and — only on the worker's copy, when asked — the red circle outside
/// for the people the child is not safe with.
public struct SafetyHouseSession: Hashable, Sendable {
    /// The ``Child/id`` of the child.
    public var child: String
    public var date: CalendarDate?
    public var recordedBy: String?
    /// Ids of the people who live in the safe house with the child (key `lives_here`).
    public var livesHere: [String]
    /// Ids of the people who come to visit (key `visits`).
    public var visits: [String]
    /// What needs to happen for the child to be safe, in the child's words (key `rules`). Empty: the safety plan's
    /// rules in the wording agreed for the child.
    public var rules: [String]
    /// Where the child puts themselves on the path, 0 to 10 (key `score`); `nil`: the child's latest score under
    /// `scales`.
    public var score: Int?
    /// Draw the people the child is not safe with outside, in a red circle (key `red_circle`).
    public var redCircle: Bool
    /// Who keeps this copy (key `kept_by`); a copy the child keeps never shows the red circle.
    public var keptBy: CopyKeeper
    public var location: SourceLocation?
    /// Where each of the child's rules is written.
    public var ruleLocations: [SourceLocation?]

    public init(
        child: String, date: CalendarDate? = nil, recordedBy: String? = nil, livesHere: [String] = [],
        visits: [String] = [], rules: [String] = [], score: Int? = nil, redCircle: Bool = false,
        keptBy: CopyKeeper = .child, location: SourceLocation? = nil, ruleLocations: [SourceLocation?] = []
    ) {
        self.child = child
        self.date = date
        self.recordedBy = recordedBy
        self.livesHere = livesHere
        self.visits = visits
        self.rules = rules
        self.score = score
        self.redCircle = redCircle
        self.keptBy = keptBy
        self.location = location
        self.ruleLocations = ruleLocations
    }
}

/// Who keeps a printed copy of a child's sheet: raw values are what a worker writes under `kept_by`.
public enum CopyKeeper: String, CaseIterable, Hashable, Sendable {
    /// The child takes it home: nothing on it may put the child at risk if someone else reads it.
    case child
    /// It stays on the child's file and goes to the network meeting.
    case worker
}
