/// How a person is drawn: the words a case file (or the picture catalogue) uses to describe someone, so that the
/// same person looks the same on every page. Every value has a default, so a person can be described by role alone.
public struct PersonLooks: Hashable, Sendable {
    public var age: AgeGroup
    public var skin: SkinTone
    public var hair: HairStyle
    public var hairColour: HairColour
    public var build: Build
    /// Main clothes colour, as one of the palette's names.
    public var clothes: ClothesColour
    public var headCovering: HeadCovering?
    public var glasses: Bool
    public var beard: Bool
    public var hearingAid: Bool
    public var mobility: MobilityAid?
    public var role: Role?
    /// A child's age in whole years, when the case gives it: height and proportions follow the year, not only the
    /// stage of life, so a six-year-old stands visibly shorter than a nine-year-old and siblings read in age order.
    public var years: Int?
    /// What they wear for now, drawn on the figure: pyjamas, an arm in a sling, a plaster cast.
    public var wears: Set<Wearable>

    public init(
        age: AgeGroup = .adult, skin: SkinTone = .medium, hair: HairStyle = .short, hairColour: HairColour = .brown,
        build: Build = .average, clothes: ClothesColour = .blue, headCovering: HeadCovering? = nil,
        glasses: Bool = false, beard: Bool = false, hearingAid: Bool = false, mobility: MobilityAid? = nil,
        role: Role? = nil, years: Int? = nil, wears: Set<Wearable> = []
    ) {
        self.age = age
        self.skin = skin
        self.hair = hair
        self.hairColour = hairColour
        self.build = build
        self.clothes = clothes
        self.headCovering = headCovering
        self.glasses = glasses
        self.beard = beard
        self.hearingAid = hearingAid
        self.mobility = mobility
        self.role = role
        self.years = years
        self.wears = wears
    }
}

/// Stages of life; proportions change with age (head to body, height), not just size.
public enum AgeGroup: String, CaseIterable, Hashable, Sendable {
    case baby, toddler, child, teenager, adult, older
}

/// A range of natural skin tones, lightest to deepest.
public enum SkinTone: String, CaseIterable, Hashable, Sendable {
    case light, fair, medium, olive, brown, dark, deep
}

public enum HairStyle: String, CaseIterable, Hashable, Sendable {
    case short, long, curly, afro, braids, ponytail, bald, bun, bob, spiky
}

public enum HairColour: String, CaseIterable, Hashable, Sendable {
    case black, brown, blonde, red, grey, white, blue, pink
}

public enum Build: String, CaseIterable, Hashable, Sendable {
    case slim, average, broad
}

/// Clothes colours from the friendly palette.
public enum ClothesColour: String, CaseIterable, Hashable, Sendable {
    case red, orange, yellow, green, teal, blue, purple, pink, grey, brown
}

public enum HeadCovering: String, CaseIterable, Hashable, Sendable {
    case hijab, turban, kippah, cap
}

/// Mobility aids are drawn as part of the figure, the person shown capable.
public enum MobilityAid: String, CaseIterable, Hashable, Sendable {
    case wheelchair, crutches
}

/// Things worn for a while and drawn on the figure: pyjamas (striped, in a pale version of the clothes colour), an
/// arm in a sling across the chest, a white plaster cast on an arm or on a leg. A sling holds the arm on the side
/// away from the way the person faces; a cast on the arm is on that arm too.
public enum Wearable: String, CaseIterable, Hashable, Sendable {
    case pyjamas, sling
    case armCast = "arm-cast"
    case legCast = "leg-cast"
}

/// Role cues that do not rely on stereotype. A foster carer is drawn simply as a grown-up.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case socialWorker = "social-worker"
    case police
    case doctor
    case nurse
    case teacher
    case judge
    case fosterCarer = "foster-carer"
}

/// Feelings shown in face and posture.
///
/// Each is told apart from every other by at least two cues a child sees on a figure three centimetres tall: tired
/// yawns under heavy lids, hungry holds its tummy, brave makes a strong arm, proud gives a thumbs up beside a star,
/// lonely looks down and away with its arms close, safe hugs itself in a soft glow.
public enum Feeling: String, CaseIterable, Hashable, Sendable {
    case happy, sad, worried, scared, angry, confused, calm, poorly, asleep, loved
    case tired, hungry, brave, proud, lonely, safe
}

/// Something a person is doing in a scene. The actions after `crying` are done to someone else in the picture
/// (or, for phoning, someone away from it); the scene turns the two people to each other.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case standing, hugging, holdingHands = "holding-hands", talking, lyingInBed = "lying-in-bed", crying
    case sitting, kneeling, walking
    /// The phone at the ear.
    case phoning
    /// A baby or small child held against the chest.
    case carrying
    /// A book held open towards a child.
    case readingTo = "reading-to"
    /// Kneeling to a crying child's height, a hand on their shoulder.
    case comforting
    case handOnShoulder = "hand-on-shoulder"
    /// A thing held out to someone.
    case giving
    /// Sitting on a seated grown-up's lap.
    case onLap = "on-lap"

    /// The posture the action puts the body in, when the scene says no other.
    public var posture: Posture {
        switch self {
        case .lyingInBed: .lying
        case .sitting, .onLap: .sitting
        case .kneeling, .comforting: .kneeling
        case .walking: .walking
        default: .standing
        }
    }
}
