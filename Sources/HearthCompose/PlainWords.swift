import HearthModel

/// The words `hearth check` looks for in what a child's booklet prints, each with what to say instead: jargon from
/// case files, phrasings that blame the child or label a parent, and phrases that may frighten a young reader. It
/// also holds the words that name someone (for the pronoun check), street words (for spotting an address) and
/// public phone numbers. It lives in `Assets/lint/plain-words.yaml` so a trainer can add a word without touching
/// code; ``load(from:)`` reads it.
public struct PlainWords: Hashable, Sendable {
    /// What to write instead of a word.
    public enum Alternative: Hashable, Sendable {
        /// Plain words a child would understand (key `say`).
        case say(String)
        /// An instruction, where the right words depend on the family (key `instead`).
        case instead(String)

        /// The words or the instruction.
        public var text: String {
            switch self {
            case .say(let s), .instead(let s): s
            }
        }
    }

    /// A word or phrase from case files, meetings or the law (one of `jargon`).
    public struct Jargon: Hashable, Sendable {
        public var term: String
        public var alternative: Alternative
        /// Only the capitals as written are found (`match_case: yes`), for an abbreviation that is also a word.
        public var matchCase: Bool
        /// Where the entry is in the data file.
        public var line: Int
    }

    /// Whom a blaming phrase is unfair to.
    public enum BlameKind: String, Hashable, Sendable {
        /// Puts it on the child (`blame.on_the_child`).
        case onTheChild = "on_the_child"
        /// Labels a parent or anyone the child loves, instead of saying what they did (`blame.labels`).
        case label = "labels"
    }

    /// A phrase that blames the child or labels a person (one of `blame.on_the_child` or `blame.labels`).
    public struct Blame: Hashable, Sendable {
        public var phrase: String
        public var kind: BlameKind
        /// Fine when negated: "it is not your fault" (`unless_negated: yes`).
        public var unlessNegated: Bool
        public var alternative: Alternative
        public var line: Int
    }

    /// A true phrase that may frighten a young reader (one of `frightening`).
    public struct Frightening: Hashable, Sendable {
        public var phrase: String
        /// The reader age bands for which it is flagged.
        public var ages: Set<AgeBand>
        public var alternative: Alternative
        public var line: Int
    }

    /// A number any child may have, such as Childline's.
    public struct PublicNumber: Hashable, Sendable {
        public var number: String
        public var name: String
    }

    /// The data file, for messages.
    public var file: String
    public var jargon: [Jargon]
    public var blame: [Blame]
    public var frightening: [Frightening]
    /// Lower-case words that name someone, or a pet or toy (`people_words`).
    public var peopleWords: Set<String>
    /// The last word of a street name, as printed: Road, Rd, Street… (`street_words`).
    public var streetWords: Set<String>
    public var publicNumbers: [PublicNumber]

    public init(
        file: String, jargon: [Jargon] = [], blame: [Blame] = [], frightening: [Frightening] = [],
        peopleWords: Set<String> = [], streetWords: Set<String> = [], publicNumbers: [PublicNumber] = []
    ) {
        self.file = file
        self.jargon = jargon
        self.blame = blame
        self.frightening = frightening
        self.peopleWords = peopleWords
        self.streetWords = streetWords
        self.publicNumbers = publicNumbers
    }

    /// Every jargon term, blaming phrase and frightening phrase.
    public var count: Int { jargon.count + blame.count + frightening.count }
}
