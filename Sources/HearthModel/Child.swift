import HearthLooks

/// A child the documents are written for or about.
///
/// `id` is the short handle the rest of the case file uses to refer to the child; it never appears on
/// paper, so a worker can keep it stable while the child's name or nickname changes.
public struct Child: Hashable, Sendable {
    public var id: String
    /// The child's full name.
    public var name: String
    /// What the child likes to be called, if different from their first name.
    public var called: String?
    public var age: Int?
    /// A young child's age in months (`age_months:`), when the case gives it: a baby under six months is drawn
    /// lying down, from six months sitting, from a year toddling. Without it, ``age`` decides.
    public var ageMonths: Int?
    /// In the child's own terms, e.g. "she/her".
    public var pronouns: String?
    /// How the child is drawn. Always complete: what the case file leaves out is filled in, the stage of
    /// life from ``age`` (see ``AgeGroup/init(age:)``) and the rest from
    /// ``PersonLooks/defaults(for:age:role:variant:)``.
    public var looks: PersonLooks

    /// - Parameter looks: how the child is drawn; `nil` means not described, giving the defaults for the
    ///   id and age, exactly as the decoder gives a child written without `looks:`.
    public init(
        id: String, name: String, called: String? = nil, age: Int? = nil, ageMonths: Int? = nil, pronouns: String? = nil,
        looks: PersonLooks? = nil
    ) {
        self.id = id
        self.name = name
        self.called = called
        self.age = age ?? ageMonths.map { $0 / 12 }
        self.ageMonths = ageMonths
        self.pronouns = pronouns
        self.looks = looks ?? PersonLooks.defaults(for: id, age: Child.ageGroup(forAge: self.age, months: ageMonths))
        self.looks = drawn(self.looks)
    }

    /// The looks with the child's year in them: a growing child's height follows their year (a baby's pose
    /// follows their months instead).
    public func drawn(_ looks: PersonLooks) -> PersonLooks {
        var looks = looks
        if looks.years == nil, [.toddler, .child, .teenager].contains(looks.age) { looks.years = age }
        return looks
    }

    /// Too young to sit up: under six months, when the case gives the months.
    public var liesDown: Bool { (ageMonths ?? Int.max) < 6 }

    /// The name to print: `called` if given, else the first word of `name`.
    public var displayName: String {
        if let called { return called }
        return name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? name
    }

    /// The stage of life drawn for a child of this age; a child whose age is not given is drawn as a child.
    public static func ageGroup(forAge age: Int?) -> AgeGroup {
        age.map(AgeGroup.init(age:)) ?? .child
    }

    /// The stage of life for an age that may be given in months: a baby until a year, then a toddler.
    public static func ageGroup(forAge age: Int?, months: Int?) -> AgeGroup {
        guard let months else { return ageGroup(forAge: age) }
        return months < 12 ? .baby : months < 48 ? .toddler : ageGroup(forAge: months / 12)
    }
}
