import HearthLooks
import HearthModel

/// A picture of a moment, in words: where it happens, who is there and how they feel, what things are around,
/// and what people say or think. Layout turns it into a drawing that fits its slot.
public struct SceneContent: Hashable, Sendable {
    /// An asset name from `Assets/pictures` for the place (home, hospital, school…), or nil for no background.
    public var place: String?
    public var people: [ScenePerson]
    /// Asset names of things in the scene (bed, phone, bottle…).
    public var things: [String]
    public var bubbles: [SceneBubble]
    /// Things a rule says do not happen, drawn small and crossed out in a corner (never large in the scene).
    public var crossedOut: [String] = []
    /// What the worried grown-ups fear, drawn small in a "what if" thought cloud above them; nil for no cloud.
    public var whatIf: WhatIf?
    /// The hoped-for day: the picture is framed softly, with a sun, as "one day".
    public var oneDay: Bool = false
    /// What was decided, drawn in a framed card joined to whoever decided; nil for no decision.
    public var decision: Decision?
    /// Whoever is phoned from far away (`phones: nanna` with Nanna not in the picture), each drawn small in a round
    /// window with their own phone at the ear, joined to their caller by a zig-zag line: the call is the picture.
    public var phoned: [ScenePerson] = []

    public init(
        place: String? = nil, people: [ScenePerson], things: [String] = [], bubbles: [SceneBubble] = [],
        crossedOut: [String] = [], whatIf: WhatIf? = nil, oneDay: Bool = false, decision: Decision? = nil
    ) {
        self.decision = decision
        self.place = place
        self.people = people
        self.things = things
        self.bubbles = bubbles
        self.crossedOut = crossedOut
        self.whatIf = whatIf
        self.oneDay = oneDay
    }
}

/// What a worry is about, drawn small and soft inside a thought cloud: the feared thing (a road, a bottle) or the
/// child the grown-ups hold in their thoughts. It is a thought, not an event, so it never fills the picture.
public struct WhatIf: Hashable, Sendable {
    /// Asset names of the things in the cloud.
    public var things: [String]
    /// People drawn small in the cloud (the child the worry is about), without names.
    public var people: [ScenePerson]

    public init(things: [String] = [], people: [ScenePerson] = []) {
        self.things = things
        self.people = people
    }
}

/// A decision's outcome as a child sees it: the people together now, in the place decided (Mei and Kai at home
/// with Auntie Jen and Uncle Harjit), drawn in a framed card beside whoever decided and joined to them. It is its
/// own small scene, with its own words for a screen reader, so the page shows the outcome and not only who spoke.
public struct Decision: Hashable, Sendable {
    /// Where they are together (a place picture's name).
    public var place: String
    /// The people together, arranged: grown-ups and children side by side, a baby carried.
    public var people: [ScenePerson]
    /// Things in the card (a heart over the family).
    public var things: [String]
    /// Index in the scene's people of whoever decided; the card is joined to them.
    public var decider: Int
    /// What a screen reader says for the card: "what the judge decided: Mei and Kai live with Auntie Jen and Uncle
    /// Harjit".
    public var alt: String

    public init(place: String, people: [ScenePerson], things: [String] = [], decider: Int, alt: String) {
        self.place = place
        self.people = people
        self.things = things
        self.decider = decider
        self.alt = alt
    }
}

/// One person in a scene, with the name the child uses for them.
public struct ScenePerson: Hashable, Sendable {
    /// Stable identity: the same id draws the same person on every page.
    public var id: String
    /// The name written under the figure ("Mummy", "Leo", "the doctor"); nil for no label.
    public var label: String?
    public var looks: PersonLooks
    public var feeling: Feeling
    public var action: Action
    public var crying: Bool
    /// How the body is held; the action's own posture unless the words say otherwise.
    public var posture: Posture
    /// The id of whoever the action is done to or with (hugged, phoned, read to), when the words say.
    public var partner: String?
    /// Where in the setting they are (a seat, a bed, the cupboard they stand at), or a thing they stand by.
    public var anchor: String?
    /// A thing in their hands.
    public var holding: String?
    /// Where the case file describes this person in the picture, so a problem drawing them names the line.
    public var location: SourceLocation?

    public init(
        id: String, label: String?, looks: PersonLooks, feeling: Feeling = .calm, action: Action = .standing,
        crying: Bool = false, posture: Posture? = nil, partner: String? = nil, anchor: String? = nil,
        holding: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.label = label
        self.looks = looks
        self.feeling = feeling
        self.action = action
        self.crying = crying
        self.posture = posture ?? action.posture
        self.partner = partner
        self.anchor = anchor
        self.holding = holding
        self.location = location
    }
}

/// Words in a speech or thought bubble, tied to the person who says or thinks them.
public struct SceneBubble: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case speech, thought
    }

    /// Index into the scene's people.
    public var speaker: Int
    public var text: String
    public var kind: Kind
    public var language: String?
    /// Said angrily: the bubble's edge is jagged, as comics draw a shout ("Daddy shouted at Mummy").
    public var shouted: Bool

    public init(speaker: Int, text: String, kind: Kind = .speech, language: String? = nil, shouted: Bool = false) {
        self.speaker = speaker
        self.text = text
        self.kind = kind
        self.language = language
        self.shouted = shouted
    }
}
