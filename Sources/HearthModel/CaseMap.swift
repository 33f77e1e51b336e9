/// The Signs of Safety map (key `map`): what happened, what the worries are, what complicates things, what
/// is working well, the safety goals and the next steps. Each list keeps the order written.
public struct CaseMap: Hashable, Sendable {
    /// Harm statements: what happened in the past (key `harm`).
    public var harm: [Statement]
    /// Danger statements: who is worried, about what, and what could happen if nothing changes (key
    /// `worries`); each may say who is worried in ``Statement/worried``.
    public var worries: [Statement]
    /// Complicating factors (key `complicating`).
    public var complicating: [Statement]
    /// Strengths and existing safety (key `working_well`).
    public var workingWell: [Statement]
    /// Safety goals, one per worry as a rule (key `goals`).
    public var goals: [Statement]
    /// What happens next (key `next_steps`).
    public var nextSteps: [Statement]

    public init(
        harm: [Statement] = [], worries: [Statement] = [], complicating: [Statement] = [],
        workingWell: [Statement] = [], goals: [Statement] = [], nextSteps: [Statement] = []
    ) {
        self.harm = harm
        self.worries = worries
        self.complicating = complicating
        self.workingWell = workingWell
        self.goals = goals
        self.nextSteps = nextSteps
    }

    public var isEmpty: Bool {
        harm.isEmpty && worries.isEmpty && complicating.isEmpty && workingWell.isEmpty && goals.isEmpty
            && nextSteps.isEmpty
    }
}

/// Facts people disagree about (one of `disputes`), told without taking sides: what it is about, what each
/// person says, and who decided (if anyone has): "Mum says…, the doctors say…, the judge decided…".
public struct Dispute: Hashable, Sendable {
    /// What the disagreement is about (key `about`); its ``Statement/who`` is empty.
    public var about: Statement
    /// What each person says (key `says`), in the order written; each statement's ``Statement/who`` holds
    /// exactly the one id or role word of who says it.
    public var says: [Statement]
    /// What was decided (key `decided`), if anything has been; its ``Statement/who`` holds exactly the one id
    /// or role word of who decided (key `decided.by`).
    public var decided: Statement?
    public var picture: SceneRef?
    public var location: SourceLocation?

    public init(
        about: Statement, says: [Statement], decided: Statement? = nil, picture: SceneRef? = nil,
        location: SourceLocation? = nil
    ) {
        self.about = about
        self.says = says
        self.decided = decided
        self.picture = picture
        self.location = location
    }

    /// Who decided: an id or a role word such as `judge`.
    public var decidedBy: String? { decided?.who.first }
}
