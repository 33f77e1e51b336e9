import Yams

/// The fictional names `hearth anonymise` draws from, one list per culture (`Assets/names/*.yaml`): a replacement
/// comes from the culture the original name belongs to, so a training copy of a Polish family's case still reads as
/// a Polish family's.
public struct NameLists: Hashable, Sendable {
    /// One culture's names.
    public struct Culture: Hashable, Sendable {
        public var name: String
        /// The language codes whose cases default to this culture (`pl`, `ur`).
        public var languages: [String]
        public var girls: [String]
        public var boys: [String]
        public var family: [String]

        public init(name: String, languages: [String], girls: [String], boys: [String], family: [String]) {
            self.name = name
            self.languages = languages
            self.girls = girls
            self.boys = boys
            self.family = family
        }

        func given(_ gender: NameGender) -> [String] {
            switch gender {
            case .girl: girls
            case .boy: boys
            case .unknown: Self.interleaved(girls, boys)
            }
        }

        static func interleaved(_ a: [String], _ b: [String]) -> [String] {
            (0..<max(a.count, b.count)).flatMap { i in [i < a.count ? a[i] : nil, i < b.count ? b[i] : nil].compactMap { $0 } }
        }

        func holds(_ name: String) -> Bool {
            let n = name.lowercased()
            return (girls + boys + family).contains { $0.lowercased() == n }
        }
    }

    public var cultures: [Culture]

    public init(cultures: [Culture]) {
        self.cultures = cultures.sorted { $0.name < $1.name }
    }

    /// Reads one culture's file; nil with the reason when it is not a names file.
    public static func culture(fromYAML text: String) -> Result<Culture, NameListError> {
        guard let node = try? Yams.compose(yaml: text, .basic), let map = node.mapping else {
            return .failure(NameListError(reason: "it is not a list of names in YAML"))
        }
        func list(_ key: String) -> [String] { map[key]?.sequence?.compactMap(\.string) ?? [] }
        guard let name = map["culture"]?.string else { return .failure(NameListError(reason: "it has no 'culture:'")) }
        let culture = Culture(name: name, languages: list("languages"), girls: list("girls"), boys: list("boys"), family: list("family"))
        guard !culture.girls.isEmpty, !culture.boys.isEmpty, !culture.family.isEmpty else {
            return .failure(NameListError(reason: "it needs names under 'girls:', 'boys:' and 'family:'"))
        }
        return .success(culture)
    }

    /// The culture whose lists hold `name`, if any.
    func listedCulture(of name: String) -> Culture? {
        cultures.first { $0.holds(name) }
    }

    /// Whether `name` is listed as a girl's or a boy's name (and not both).
    func listedGender(of name: String) -> NameGender {
        let n = name.lowercased()
        let girl = cultures.contains { $0.girls.contains { $0.lowercased() == n } }
        let boy = cultures.contains { $0.boys.contains { $0.lowercased() == n } }
        return girl == boy ? .unknown : (girl ? .girl : .boy)
    }

    /// The culture an original name belongs to, else the one for the case's language, else English.
    func culture(of original: String, language: String) -> Culture? {
        if let found = cultures.first(where: { $0.holds(original) }) { return found }
        let base = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return cultures.first { $0.languages.contains(base) } ?? cultures.first { $0.name == "english" } ?? cultures.first
    }
}

/// Why a names file could not be used.
public struct NameListError: Error, Hashable, Sendable {
    public var reason: String
}

/// Whether a replacement first name should be a girl's or a boy's, read from pronouns and relation words.
enum NameGender: Hashable, Sendable {
    case girl, boy, unknown
}
