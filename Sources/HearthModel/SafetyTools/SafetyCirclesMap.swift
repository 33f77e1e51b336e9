/// Who sits in which ring of a child's safety circles (key `safety_circles`): the people the child lives with
/// nearest the centre, then the people the child sees a lot, then the people who help.
///
/// Without an entry for a child, the rings come from `people:`: family the child is safe with in the middle ring,
/// the safety network and the professionals in the outer ring (see ``CaseFile/safetyCircles(for:)``).
public struct SafetyCirclesMap: Hashable, Sendable {
    public var child: String
    public var date: CalendarDate?
    /// Ids, closest first (keys `live_with`, `see_a_lot`, `help`).
    public var liveWith: [String]
    public var seeALot: [String]
    public var help: [String]
    public var location: SourceLocation?

    public init(
        child: String, date: CalendarDate? = nil, liveWith: [String] = [], seeALot: [String] = [], help: [String] = [],
        location: SourceLocation? = nil
    ) {
        self.child = child
        self.date = date
        self.liveWith = liveWith
        self.seeALot = seeALot
        self.help = help
        self.location = location
    }

    /// The ids in one ring.
    public func people(in ring: SafetyRing) -> [String] {
        switch ring {
        case .liveWith: liveWith
        case .seeALot: seeALot
        case .help: help
        }
    }
}

/// The rings of the safety circles, closest first; raw values are the case-file keys.
public enum SafetyRing: String, CaseIterable, Hashable, Sendable {
    case liveWith = "live_with"
    case seeALot = "see_a_lot"
    case help
}
