import HearthLooks

/// A decoded, validated case file: the single input from which every document is composed.
///
/// A value of this type only exists when the file had no problems at all, so later stages can trust
/// it (every interview names a real child, every sentence is non-empty, and so on).
public struct CaseFile: Hashable, Sendable {
    /// The case-file format version (key `hearth`); only 1 exists.
    public var schemaVersion: Int
    /// Who prepared the documents (key `case.author`); goes into PDF metadata.
    public var author: String?
    /// A title for the document set (key `case.title`); goes into PDF metadata.
    public var title: String?
    public var children: [Child]
    /// The other people in the children's lives (key `people`), in the order written. Their ids never
    /// repeat a child's.
    public var people: [Person]
    public var threeHouses: [ThreeHousesInterview]
    /// Named pictures (key `pictures`) that documents can refer to by name.
    public var pictures: [String: SceneDescription]
    public var output: OutputChoices
    /// Who the Words and Pictures story is for, its title and dates (key `story`).
    public var story: Story
    /// The Signs of Safety map (key `map`).
    public var map: CaseMap
    /// Facts people disagree about: who says what, and who decided (key `disputes`).
    public var disputes: [Dispute]
    /// The safety plan (key `safety_plan`).
    public var safetyPlan: SafetyPlan
    /// Safety scale scores, in the order written (key `scales`).
    public var scales: [ScaleScore]
    /// A worker's changes to the booklet's sections (key `pages`).
    public var pages: [BookletSection: PageOverride]
    /// Values no child-facing document may print (key `private`), beside the full names of people marked
    /// `private: yes`.
    public var privateValues: [PrivateValue]
    /// How the family began (key `history`): how the parents met, where they lived, the children being born, the
    /// happy times — told to the child before the hard events, answering "how did things get to be this way?".
    public var history: [Statement] = []
    /// Fairy/Wizard sessions (key `fairy_wizard`), in the order written.
    public var fairyWizard: [FairyWizardInterview] = []
    /// Safety Houses drawn with the children (key `safety_house`), in the order written.
    public var safetyHouses: [SafetyHouseSession] = []
    /// The children's safety circles as the case writes them (key `safety_circles`); see ``safetyCircles(for:)``.
    public var safetyCirclesMaps: [SafetyCirclesMap] = []
    /// What goes on the child's safety card (key `my_safety_plan`); `nil` when the case has no such section, and
    /// the card takes everything from the safety plan.
    public var safetyCard: SafetyCardChoices?
    /// Every piece of text the file holds, in reading order, with where it is written: a problem found in a
    /// finished document (a private value on a page) can point at the line its words came from.
    public var texts: [CaseText] {
        get { sourceTexts.all }
        set { sourceTexts.all = newValue }
    }
    private var sourceTexts = SourceTexts()

    public init(
        schemaVersion: Int = 1,
        author: String? = nil,
        title: String? = nil,
        children: [Child],
        people: [Person] = [],
        threeHouses: [ThreeHousesInterview] = [],
        pictures: [String: SceneDescription] = [:],
        output: OutputChoices = OutputChoices(),
        story: Story = Story(),
        map: CaseMap = CaseMap(),
        disputes: [Dispute] = [],
        safetyPlan: SafetyPlan = SafetyPlan(),
        scales: [ScaleScore] = [],
        pages: [BookletSection: PageOverride] = [:],
        privateValues: [PrivateValue] = [],
        safetyCard: SafetyCardChoices? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.author = author
        self.title = title
        self.children = children
        self.people = people
        self.threeHouses = threeHouses
        self.pictures = pictures
        self.output = output
        self.story = story
        self.map = map
        self.disputes = disputes
        self.safetyPlan = safetyPlan
        self.scales = scales
        self.pages = pages
        self.privateValues = privateValues
        self.safetyCard = safetyCard
    }

    /// The child with this id; interviews refer to children this way.
    public func child(id: String) -> Child? {
        children.first { $0.id == id }
    }

    /// The person (not a child) with this id.
    public func person(id: String) -> Person? {
        people.first { $0.id == id }
    }

    /// How to draw someone a scene names: a child's or person's looks by id, or — for a role word that is
    /// not an id in this case, such as `doctor` — the default looks of a grown-up in that role. `nil` for
    /// anything else.
    public func looks(of id: String) -> PersonLooks? {
        if let child = child(id: id) { return child.looks }
        if let person = person(id: id) { return person.looks }
        if let role = SceneDescription.strangerRole(id) {
            return PersonLooks.defaults(for: id, age: .adult, role: role)
        }
        return nil
    }

    /// The children the Words and Pictures story is for: those listed under `story.children`, in that
    /// order, or every child when none are listed.
    public var storyChildren: [Child] {
        story.children.isEmpty ? children : story.children.compactMap { child(id: $0) }
    }

    /// The reader's age band: `output.age_band` when written, else the band of the youngest story child
    /// whose age is known, else ``AgeBand/fallback``.
    public var ageBand: AgeBand {
        if let band = output.ageBand { return band }
        return storyChildren.compactMap(\.age).min().map(AgeBand.init(age:)) ?? AgeBand.fallback
    }

    /// When the story and plan are next reviewed: `story.review`, else `safety_plan.review` (the decoder
    /// makes sure that when both are written they agree).
    public var reviewDate: CalendarDate? {
        story.review ?? safetyPlan.review
    }

    /// The people in the safety network (`network: yes`), in the order of `people`.
    public var networkPeople: [Person] {
        people.filter(\.network)
    }

    /// The job written for a network member under `safety_plan.network`, if any.
    public func networkJob(for id: String) -> NetworkJob? {
        safetyPlan.network.first { $0.who == id }
    }

    /// What a section of the booklet should do instead of its default, if the worker wrote anything.
    public func page(_ section: BookletSection) -> PageOverride? {
        pages[section]
    }

    /// The top of the case file, for a message about something the file leaves out (it has no line of its own).
    public var top: SourceLocation? {
        texts.first?.location.map { SourceLocation(file: $0.file, line: 1, column: 1) }
    }

    /// The names under `pictures`, in the order they are written in the file.
    public var pictureNames: [String] {
        pictures.sorted { lhs, rhs in
            let left = (lhs.value.location?.line ?? 0, lhs.value.location?.column ?? 0, lhs.key)
            let right = (rhs.value.location?.line ?? 0, rhs.value.location?.column ?? 0, rhs.key)
            return left < right
        }.map(\.key)
    }
}

extension SceneDescription {
    /// The role words a scene may use for someone not in the case ("a doctor"). A foster carer is a
    /// particular person, so is added under `people:` instead.
    public static let strangerRoles: [Role] = Role.allCases.filter { $0 != .fosterCarer }

    /// The role a scene's role word names, if it is one.
    static func strangerRole(_ word: String) -> Role? {
        Role(rawValue: word).flatMap { strangerRoles.contains($0) ? $0 : nil }
    }
}

/// An index of where a case's words are written. It is not part of what the case says, so two cases that say the
/// same thing are equal however their files are laid out (a YAML and a JSON file, a value moved to another line).
struct SourceTexts: Hashable, Sendable {
    var all: [CaseText] = []

    static func == (lhs: SourceTexts, rhs: SourceTexts) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
