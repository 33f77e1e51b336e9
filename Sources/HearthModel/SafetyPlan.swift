/// The safety plan (key `safety_plan`): the rules and who makes sure each is kept, the warning signs, what
/// happens if the plan is not working, the safety network and each member's job, who the child can talk
/// to, and when the plan is reviewed.
public struct SafetyPlan: Hashable, Sendable {
    public var rules: [SafetyRule]
    /// Red flags the network watches for (key `warning_signs`).
    public var warningSigns: [Statement]
    /// What happens if the plan is not working (key `if_not_working`).
    public var ifNotWorking: [Statement]
    /// The network members' jobs (key `network`). Every one is a person marked `network: yes`; people so
    /// marked but not listed here are still in the network, with no job written.
    public var network: [NetworkJob]
    /// When the plan is next looked at together (key `review`).
    public var review: CalendarDate?
    /// Who the child can talk to, or what to do, when worried (key `talk_to`).
    public var talkTo: [TalkTo]
    /// Where the child goes, or to whom, if someone is being hurt (key `safe_place`): with it, the story tells the
    /// child it is not their job to stop it, and where to go.
    public var safePlace: Statement?
    /// Whom the family and network ring when the plan is not working out of office hours (key `out_of_hours`):
    /// printed on the family's plan, never on a child's document.
    public var outOfHours: OutOfHours?
    /// Who signs the family's printed plan (key `signed_by`), ids in order; empty means the family (grown-ups in
    /// the family the child is safe with) and then every network member.
    public var signedBy: [String] = []

    public init(
        rules: [SafetyRule] = [], warningSigns: [Statement] = [], ifNotWorking: [Statement] = [],
        network: [NetworkJob] = [], review: CalendarDate? = nil, talkTo: [TalkTo] = []
    ) {
        self.rules = rules
        self.warningSigns = warningSigns
        self.ifNotWorking = ifNotWorking
        self.network = network
        self.review = review
        self.talkTo = talkTo
    }

    public var isEmpty: Bool {
        rules.isEmpty && warningSigns.isEmpty && ifNotWorking.isEmpty && network.isEmpty && review == nil
            && talkTo.isEmpty && outOfHours == nil && signedBy.isEmpty
    }
}

/// One rule of the safety plan: what must happen, who makes sure it does, and how to reach them.
public struct SafetyRule: Hashable, Sendable {
    /// The rule in the professional wording (key `rule`).
    public var text: String
    /// The wording agreed with the family for the child (key `child`, or `rule.child`).
    public var child: String?
    /// Who makes sure the rule is kept: ids of people, or role words. Never a child, never someone the
    /// child is not safe with.
    public var who: [String]
    /// The number to ring about this rule, as written (checked loosely: see ``PhoneNumber``).
    public var phone: String?
    public var picture: SceneRef?
    /// When the rule applies, for the family's printed plan, e.g. "every evening after 6" (key `when`).
    public var when: String?
    /// What happens if the rule is not kept, for the family's printed plan (key `if_not_kept`).
    public var ifNotKept: String?
    public var location: SourceLocation?
    public var childLocation: SourceLocation?
    /// E.g. `safety_plan.rules[0]`.
    public var keyPath: String

    public init(
        _ text: String, child: String? = nil, who: [String] = [], phone: String? = nil, picture: SceneRef? = nil,
        location: SourceLocation? = nil, childLocation: SourceLocation? = nil, keyPath: String = ""
    ) {
        self.text = text
        self.child = child
        self.who = who
        self.phone = phone
        self.picture = picture
        self.location = location
        self.childLocation = childLocation
        self.keyPath = keyPath
    }

    /// The words for a child's document: the child's wording when agreed, else the professional wording.
    public var wording: String { child ?? text }

    public var hasChildWording: Bool { child != nil }
}

/// A safety network member and their job (one of `safety_plan.network`).
public struct NetworkJob: Hashable, Sendable {
    /// The id of a person marked `network: yes`.
    public var who: String
    /// What they do, e.g. "Nana visits every morning before school" (key `job`).
    public var job: Statement?
    /// Their number, printed on the family's plan beside their name (key `phone`); never on a child's document
    /// unless it is also given to the child under `talk_to`.
    public var phone: String?
    public var location: SourceLocation?

    public init(who: String, job: Statement? = nil, phone: String? = nil, location: SourceLocation? = nil) {
        self.who = who
        self.job = job
        self.phone = phone
        self.location = location
    }
}

/// Someone the child can talk to, or what to do, when worried (one of `safety_plan.talk_to`).
public struct TalkTo: Hashable, Sendable {
    /// The id of a child or person, or a role word such as `teacher`; never someone the child is not safe
    /// with. `nil` for a service such as Childline, described in ``how``.
    public var who: String?
    /// What to do, in words for the child, e.g. "phone Nana on 07700 900123" (key `how`).
    public var how: String?
    /// The number, as written (checked loosely: see ``PhoneNumber``).
    public var phone: String?
    public var location: SourceLocation?

    public init(who: String? = nil, how: String? = nil, phone: String? = nil, location: SourceLocation? = nil) {
        self.who = who
        self.how = how
        self.phone = phone
        self.location = location
    }
}

/// One safety scale score (one of `scales`): on 0 to 10, where 0 means the children cannot safely be with
/// their family now and 10 means everyone is confident they are safe.
public struct ScaleScore: Hashable, Sendable {
    /// The id of the child or person who gave the score.
    public var who: String
    /// 0 to 10.
    public var score: Int
    public var date: CalendarDate?
    /// What the scale is about, when not the whole case, e.g. "Mum's drinking" (key `about`).
    public var about: String?
    /// What 0 means, in plain words (key `zero`); `nil` lets the document use its standard words.
    public var zero: String?
    /// What 10 means, in plain words (key `ten`); `nil` lets the document use its standard words.
    public var ten: String?
    public var location: SourceLocation?

    public static let range: ClosedRange<Int> = 0...10

    public init(
        who: String, score: Int, date: CalendarDate? = nil, about: String? = nil, zero: String? = nil,
        ten: String? = nil, location: SourceLocation? = nil
    ) {
        self.who = who
        self.score = score
        self.date = date
        self.about = about
        self.zero = zero
        self.ten = ten
        self.location = location
    }
}
