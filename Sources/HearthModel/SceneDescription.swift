import HearthLooks

/// A picture described in words: where it happens, who is there and how they feel, what things are
/// around, and what people say or think.
///
/// The case file defines named scenes under `pictures:`; later sections (Words and Pictures pages) use the
/// same form for a page's `picture:`. A value of this type has been checked against the case: every
/// participant is a child or person of the case or a role word ("a doctor"), every bubble belongs to
/// someone in the scene and holds at most ``SceneDescription/maximumBubbleWords`` words.
public struct SceneDescription: Hashable, Sendable {
    /// The most words a speech or thought bubble may hold; longer words belong in the page's sentences.
    public static let maximumBubbleWords = 12

    /// An asset name for the background (home, hospital, school…); checked against `Assets/pictures`
    /// when the picture is drawn, not here. `nil` for no background.
    public var place: String?
    /// Who is in the picture, in the order written (left to right, unless layout decides otherwise).
    public var people: [SceneParticipant]
    /// Asset names of things in the picture (bed, phone…), checked when drawn.
    public var things: [String]
    /// Speech bubbles (key `say`) first, then thought bubbles (key `think`), each in the order written.
    public var bubbles: [BubbleDescription]
    /// What a rule says does not happen (`not: bottle`): drawn small and crossed out (a red circle and slash) in
    /// a corner, beside the safe version of the day. Thing names, checked against ``insetThingWords``.
    public var notThings: [String]
    /// What the worried grown-ups fear might happen (`worry: road`): things, or children and people of the case,
    /// drawn small and softened in a "what if" thought cloud above them; whoever is in the picture stays outside it.
    public var worry: [String]
    /// The hoped-for ordinary day (`one_day: yes`): drawn in a soft rounded frame with a sun, so it reads as
    /// "one day", not as today.
    public var oneDay: Bool
    /// What was decided (`decided: {people: [mei, kai, jen, harjit], where: home}`): the new arrangement, drawn in a
    /// framed card joined to whoever decided, so a decision page shows the outcome, not only the people who spoke.
    public var decided: DecisionDescription?
    /// Where the picture is described in the case file.
    public var location: SourceLocation?

    public init(
        place: String? = nil, people: [SceneParticipant] = [], things: [String] = [],
        bubbles: [BubbleDescription] = [], notThings: [String] = [], worry: [String] = [], oneDay: Bool = false,
        decided: DecisionDescription? = nil, location: SourceLocation? = nil
    ) {
        self.decided = decided
        self.place = place
        self.people = people
        self.things = things
        self.bubbles = bubbles
        self.notThings = notThings
        self.worry = worry
        self.oneDay = oneDay
        self.location = location
    }

    /// The things a crossed-out corner (`not:`) or a worry cloud (`worry:`) may hold: small things a child
    /// recognises on their own. A new thing picture that should be usable there is added to this list too.
    public static let insetThingWords: [String] = [
        "bottle", "glass", "cans", "medicine", "phone", "car", "police-car", "ambulance", "bus", "road", "door",
        "empty-cupboard", "food-cupboard", "meal", "cooker", "fridge", "tv", "bed", "cot", "sofa", "rain", "cloud",
        "clock", "book", "ball", "teddy", "heart", "star", "sun", "calendar", "worry-box",
    ]

    /// The participant a bubble belongs to.
    public func participant(_ ref: String) -> SceneParticipant? {
        people.first { $0.ref == ref }
    }
}

/// Someone in a scene.
public struct SceneParticipant: Hashable, Sendable {
    /// The id of a child or person in the case — or, when ``role`` is set, a role word (`doctor`,
    /// `police`…) meaning someone in that role who is not in the case.
    public var ref: String
    /// Set when ``ref`` is a role word rather than an id: "a doctor", drawn with the role's default looks
    /// (``CaseFile/looks(of:)`` gives them).
    public var role: Role?
    /// How they feel; `nil` lets the document choose (usually calm).
    public var feeling: Feeling?
    /// What they are doing; `nil` lets the document choose (usually standing).
    public var action: Action?
    /// Tears on the face: `crying: yes` in the long form, or the action `crying`.
    public var crying: Bool
    /// Sitting, lying, kneeling or walking, when the words say so (`sits: sofa`, `in: bed`); `nil` lets the
    /// action choose.
    public var posture: Posture?
    /// Who the action is done to or with (`hugs: ruby`, `phones: nanna`): someone in the picture, except that
    /// whoever is phoned may be away from it.
    public var partner: String?
    /// Where they are in the place (`at: cupboard`, `in: bed`, `sits: sofa`): one of ``anchorWords`` or a thing
    /// in the picture; checked against the drawn setting when the picture is laid out.
    public var anchor: String?
    /// A thing in their hands (`holds: teddy`), also in the picture's things.
    public var holding: String?
    /// What they wear in this picture only (`wears: pyjamas`), instead of what their looks say.
    public var wears: Set<Wearable>?
    /// Where this participant is written.
    public var location: SourceLocation?

    public init(
        ref: String, role: Role? = nil, feeling: Feeling? = nil, action: Action? = nil, crying: Bool = false,
        posture: Posture? = nil, partner: String? = nil, anchor: String? = nil, holding: String? = nil,
        location: SourceLocation? = nil, wears: Set<Wearable>? = nil
    ) {
        self.wears = wears
        self.ref = ref
        self.role = role
        self.feeling = feeling
        self.action = action
        self.crying = crying
        self.posture = posture
        self.partner = partner
        self.anchor = anchor
        self.holding = holding
        self.location = location
    }

    /// The places in the settings Hearth ships that a person may be put (see `Assets/pictures`), for suggestions;
    /// a setting a trainer adds may declare others, which the layout checks.
    public static let anchorWords: [String] = [
        "floor", "bed", "cot", "sofa", "table", "chair", "bench", "door", "cupboard", "fridge", "cooker", "window",
        "tv", "board", "pavement", "kerb", "road", "tree", "bath", "sink", "toys", "gate",
    ]
    /// Anchors someone sits on, and lies on.
    public static let seatWords: Set<String> = ["floor", "sofa", "chair", "bench", "bed"]
    public static let restWords: Set<String> = ["floor", "bed", "cot", "sofa"]
}

/// Words in a speech or thought bubble, quoted verbatim (only the ends trimmed and line breaks folded).
public struct BubbleDescription: Hashable, Sendable {
    /// The ``SceneParticipant/ref`` of who says or thinks the words.
    public var speaker: String
    public var text: String
    /// A thought bubble (key `think`) rather than a speech bubble (key `say`).
    public var thought: Bool
    /// Where the words are written.
    public var location: SourceLocation?

    public init(speaker: String, text: String, thought: Bool = false, location: SourceLocation? = nil) {
        self.speaker = speaker
        self.text = text
        self.thought = thought
        self.location = location
    }
}
