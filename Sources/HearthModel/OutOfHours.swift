/// Whom to ring when the safety plan is not working and the social worker's office is closed (key
/// `safety_plan.out_of_hours`): a service such as the Emergency Duty Team, and its number. Printed on the family's
/// plan; a child's document gives the child only the numbers the plan gives the child.
public struct OutOfHours: Hashable, Sendable {
    /// Who answers, in the family's words: "the Emergency Duty Team" (key `who`).
    public var who: String
    /// The number, as written (checked loosely: see ``PhoneNumber``).
    public var phone: String
    public var location: SourceLocation?

    public init(who: String, phone: String, location: SourceLocation? = nil) {
        self.who = who
        self.phone = phone
        self.location = location
    }
}
