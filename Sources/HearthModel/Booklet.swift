/// Who the Words and Pictures story is for, and its dates (key `story`).
public struct Story: Hashable, Sendable {
    /// The ids of the children the story is for, as written; empty means every child in the case (a
    /// sibling group shares one story). ``CaseFile/storyChildren`` resolves it.
    public var children: [String]
    /// The title on the cover, instead of the one composed from the names ("Mia and Leo's story").
    public var title: String?
    /// The date the story is dated and its PDF created on (key `date`), pinned so a re-render is identical.
    public var date: CalendarDate?
    /// When the story is next looked at together (key `review`). When the safety plan also gives a review
    /// date, the two are the same (the decoder checks).
    public var review: CalendarDate?
    /// The sections the practitioner put in another order (key `order`); see ``BookletSection/ordered(_:)``.
    public var order: [BookletSection]
    /// The most pages the story should have (key `pages`), instead of the budget for the reader's age.
    public var pages: Int?
    /// Who wrote the story with the worker, as ids (key `written_by`): the cover says "Written by Mummy, Daddy and
    /// Jo", so the child sees it is their family's story, not the council's.
    public var writtenBy: [String] = []
    /// Each parent's or carer's own words to the child (key `messages`), printed as they wrote them on the last
    /// page: "Daddy says: “It was not your fault.”"
    public var messages: [FamilyMessage] = []
    /// Whether the story ends with a page "We agree this is our story" with a line for each author to sign (key
    /// `agree_page`).
    public var agreePage: Bool = false
    /// Whether each story child gets a story of their own (key `per_child`), in their own age band and tone, when
    /// brothers and sisters are too far apart in age to share one: a teenager does not read a picture book.
    public var perChild: Bool = false
    public var location: SourceLocation?

    public init(
        children: [String] = [], title: String? = nil, date: CalendarDate? = nil, review: CalendarDate? = nil,
        order: [BookletSection] = [], pages: Int? = nil, location: SourceLocation? = nil
    ) {
        self.children = children
        self.title = title
        self.date = date
        self.review = review
        self.order = order
        self.pages = pages
        self.location = location
    }
}

/// The sections of a Words and Pictures booklet, in the order a child follows them: who is in my family, what
/// happened, why the grown-ups are worried, what they did, what is going well, what everyone is working for, the
/// rules and who makes sure, who helps, who I can talk to, what happens next, what to remember, the review and,
/// when the family signs it, "we agree this is our story". A worry says
/// "if it happens again", so it comes after the page that tells what happened. Raw values are the keys under
/// `pages:` and `story.order`. Each section is skipped when the case has nothing for it.
public enum BookletSection: String, CaseIterable, Hashable, Sendable {
    /// "Mia and Leo's story".
    case cover
    /// My family: the people, drawn together, named as the child calls them.
    case family
    /// How our family began: the family's history, before the hard events (key `history`).
    case history
    /// What happened, and where facts are disputed, what each person says and who decided.
    case whatHappened = "what_happened"
    case whoIsWorried = "who_is_worried"
    /// What they are worried about.
    case worries
    case whatGrownUpsDid = "what_grown_ups_did"
    case workingWell = "working_well"
    /// The safety goal: what everyone is working for.
    case goal
    case rules
    /// My safety network.
    case network
    /// Who I can talk to, and what to do if I feel worried.
    case talkTo = "talk_to"
    case whatHappensNow = "what_happens_now"
    /// A hopeful close: "it is not your fault".
    case close
    /// The review date.
    case review
    /// "We agree this is our story", with a line for each author to sign (only when `story.agree_page` asks).
    case agree

    /// The sections in the order a case asks for (`story.order`): the sections it lists take, in its order, the
    /// places those sections have in the usual order; the rest keep theirs.
    public static func ordered(_ listed: [BookletSection]) -> [BookletSection] {
        var queue = listed[...]
        return allCases.map { section in
            guard listed.contains(section), let next = queue.popFirst() else { return section }
            return next
        }
    }
}

/// One person's own words to the child (one line of `story.messages`).
public struct FamilyMessage: Hashable, Sendable {
    /// The id of the child or person whose words they are.
    public var from: String
    /// Their words, verbatim.
    public var words: String
    public var location: SourceLocation?
    /// E.g. `story.messages.dad`.
    public var keyPath: String

    public init(from: String, words: String, location: SourceLocation? = nil, keyPath: String = "") {
        self.from = from
        self.words = words
        self.location = location
        self.keyPath = keyPath
    }
}

/// A worker's changes to one section of the booklet (one entry of `pages`).
public struct PageOverride: Hashable, Sendable {
    /// Sentences in the child's words, printed instead of the composed ones (verbatim, like a child's words).
    public var text: [String]
    /// The picture instead of the section's default.
    public var picture: SceneRef?
    /// Leave the section out (`skip: yes`).
    public var skip: Bool
    public var location: SourceLocation?
    /// Where each sentence of ``text`` is written.
    public var textLocations: [SourceLocation?]

    public init(
        text: [String] = [], picture: SceneRef? = nil, skip: Bool = false, location: SourceLocation? = nil,
        textLocations: [SourceLocation?] = []
    ) {
        self.text = text
        self.picture = picture
        self.skip = skip
        self.location = location
        self.textLocations = textLocations
    }
}

/// The reader's age band, which sets type sizes, sentence lengths and wording (key `output.age_band`).
public enum AgeBand: String, CaseIterable, Hashable, Sendable {
    case underFive = "under-5"
    case fiveToEight = "5-8"
    case nineToTwelve = "9-12"
    case teen

    /// The band for a child of this age: 0–4 under 5, 5–8, 9–12, and 13 up teen.
    public init(age: Int) {
        switch age {
        case ..<5: self = .underFive
        case 5...8: self = .fiveToEight
        case 9...12: self = .nineToTwelve
        default: self = .teen
        }
    }

    /// The band when no child's age is known.
    public static let fallback: AgeBand = .fiveToEight
}
