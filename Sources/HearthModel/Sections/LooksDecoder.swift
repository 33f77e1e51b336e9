import HearthLooks
import Yams

/// Reads `looks:` on a child or a person: how to draw them, in the words of the picture vocabulary
/// (``PersonLooks``). Every key is optional; what is left out is filled in later, so that the whole case
/// can be looked at when picking defaults (see ``LooksDescription/resolve(_:)``).
enum LooksDecoder {
    static func decode(_ reader: NodeReader) -> LooksDescription? {
        reader.mapping(
            object: "looks",
            expected: "lines such as 'hair: curly' and 'skin: brown'",
            fix: "put 'age:', 'skin:', 'hair:', 'clothes:'… on their own lines under 'looks:', indented"
        ) { map in
            var looks = LooksDescription()
            looks.age = map.optional("age")?.choice(AgeGroup.self, what: "the age group")
            looks.skin = map.optional("skin")?.choice(SkinTone.self, what: "the skin tone")
            looks.hair = map.optional("hair")?.choice(HairStyle.self, what: "the hair style")
            looks.hairColour = map.optional("hair_colour")?.choice(HairColour.self, what: "the hair colour")
            looks.build = map.optional("build")?.choice(Build.self, what: "the build")
            looks.clothes = map.optional("clothes")?.choice(ClothesColour.self, what: "the clothes colour")
            looks.headCovering = map.optional("head_covering")?.choice(HeadCovering.self, what: "the head covering")
            looks.glasses = map.optional("glasses")?.flag(what: "glasses")
            looks.beard = map.optional("beard")?.flag(what: "a beard")
            looks.hearingAid = map.optional("hearing_aid")?.flag(what: "a hearing aid")
            looks.mobility = map.optional("mobility")?.choice(MobilityAid.self, what: "the mobility aid")
            looks.wears = map.optional("wears").map(Self.wears)
            return looks
        }
    }

    /// `wears: sling` or `wears: [pyjamas, leg-cast]`.
    static func wears(_ reader: NodeReader) -> Set<Wearable> {
        if case .scalar(_) = reader.node {
            return reader.choice(Wearable.self, what: "a thing worn").map { [$0] } ?? []
        }
        let fix = "list the things worn in brackets, e.g. 'wears: [pyjamas, sling]' (\(Suggestion.list(Wearable.allCases.map(\.rawValue))))"
        let items = reader.list(expected: "a list of things worn", whenSingle: fix, whenMapping: fix) ?? []
        return Set(items.compactMap { $0.choice(Wearable.self, what: "a thing worn") })
    }
}

/// What a case file says about someone's looks: only the parts written, before defaults are filled in.
struct LooksDescription: Hashable {
    var age: AgeGroup?
    var skin: SkinTone?
    var hair: HairStyle?
    var hairColour: HairColour?
    var build: Build?
    var clothes: ClothesColour?
    var headCovering: HeadCovering?
    var glasses: Bool?
    var beard: Bool?
    var hearingAid: Bool?
    var mobility: MobilityAid?
    var wears: Set<Wearable>?

    /// The written parts laid over `base`, the defaults for the person.
    func applied(to base: PersonLooks) -> PersonLooks {
        var looks = base
        if let age { looks.age = age }
        if let skin { looks.skin = skin }
        if let hair { looks.hair = hair }
        if let hairColour { looks.hairColour = hairColour }
        if let build { looks.build = build }
        if let clothes { looks.clothes = clothes }
        if let headCovering { looks.headCovering = headCovering }
        if let glasses { looks.glasses = glasses }
        if let beard { looks.beard = beard }
        if let hearingAid { looks.hearingAid = hearingAid }
        if let mobility { looks.mobility = mobility }
        if let wears { looks.wears = wears }
        return looks
    }

    /// Someone to draw: their id, what the case file says about their looks, and what it implies.
    struct Subject {
        var id: String
        var description: LooksDescription
        /// The stage of life when `looks.age` is not written: from a child's age, else adult.
        var defaultAge: AgeGroup
        var role: Role?
    }

    /// Complete looks for everyone in a case, in order.
    ///
    /// Each subject gets ``PersonLooks/defaults(for:age:role:variant:)`` under what the file says. If that
    /// makes them look exactly like someone earlier in the file, the next variants are tried, so two
    /// undescribed people never come out as identical twins (unless the file describes them so). The
    /// outcome depends only on the file, so it is the same on every run.
    static func resolve(_ subjects: [Subject]) -> [PersonLooks] {
        var taken: Set<PersonLooks> = []
        var resolved: [PersonLooks] = []
        for subject in subjects {
            let age = subject.description.age ?? subject.defaultAge
            var description = subject.description
            if description.clothes == nil {
                let hashed = PersonLooks.defaults(for: subject.id, age: age, role: subject.role).clothes
                description.clothes = apartInLightness(from: resolved.map(\.clothes), startingAt: hashed)
            }
            let subject = Subject(id: subject.id, description: description, defaultAge: subject.defaultAge, role: subject.role)
            let first = subject.description.applied(to: PersonLooks.defaults(for: subject.id, age: age, role: subject.role))
            var looks = first
            var variant = 1
            while taken.contains(looks), variant <= maximumVariants {
                looks = subject.description.applied(
                    to: PersonLooks.defaults(for: subject.id, age: age, role: subject.role, variant: variant))
                variant += 1
            }
            if taken.contains(looks) { looks = first }
            taken.insert(looks)
            resolved.append(looks)
        }
        return resolved
    }

    /// A clothes colour a clear step of lightness from the people before: from everyone so far where the palette
    /// allows (five steps fit between the darkest and the lightest clothes), else from the two just before
    /// (`lightnessWindow`), else as far as it can.
    /// Colours are tried in the palette's order from `start` (picked from the person's id), so the choice stays
    /// the person's own and the same on every run.
    static func apartInLightness(from before: [ClothesColour], startingAt start: ClothesColour) -> ClothesColour {
        let all = ClothesColour.allCases
        let offset = all.firstIndex(of: start) ?? 0
        let order = (0..<all.count).map { all[(offset + $0) % all.count] }
        func gap(_ c: ClothesColour, _ others: ArraySlice<ClothesColour>) -> Double {
            others.map { abs($0.lightness - c.lightness) }.min() ?? .infinity
        }
        for others in [before[...], before.suffix(lightnessWindow)] {
            if let c = order.first(where: { gap($0, others) >= ClothesColour.lightnessStep }) { return c }
        }
        let near = before.suffix(lightnessWindow)
        return order.max { gap($0, near) < gap($1, near) } ?? start
    }

    /// How many people before someone their default clothes must differ from, when the palette's five lightness
    /// steps cannot keep a whole case apart.
    static let lightnessWindow = 2

    /// Enough tries to escape a lookalike among the hundreds of combinations, few enough to stay cheap.
    static let maximumVariants = 32
}
