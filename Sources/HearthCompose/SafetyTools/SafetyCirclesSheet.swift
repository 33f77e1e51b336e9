import HearthModel

/// The content of a safety circles page: the child at the centre and three rings of people, closest first.
public struct SafetyCirclesSheet: Hashable, Sendable {
    public var title: String
    public var details: [String]
    public var blankFields: [String]
    /// `nil` on a blank sheet: the centre says "Me".
    public var child: SheetPerson?
    public var centreLabel: String
    public var rings: [CircleRing]
    public var isBlank: Bool
    public var metadata: SheetMetadata
    public var seedKey: String
    public var titleOrigin: String?
}

/// One ring: its name ("People I live with") and its people.
public struct CircleRing: Hashable, Sendable {
    public var ring: SafetyRing
    public var name: String
    public var people: [SheetPerson]
}
