import HearthGeometry
import HearthLooks
/// Looks for people the case file does not (fully) describe.
///
/// A drawing needs every parameter, but a worker may describe someone only by role, or not at all. Rather
/// than drawing every undescribed person the same — a page of identical twins, where the child cannot tell
/// Mummy from the social worker — the missing hair style, hair colour and clothes colour are picked from a
/// stable hash of the person's id. The same id gives the same person on every page, in every run and on
/// every machine (FNV-1a, not Swift's per-process seeded `Hasher`).
///
/// Skin tone is deliberately **not** varied: a default that drew a child's undescribed mum with a different
/// skin from the child would say something untrue about the family. It stays ``SkinTone/medium`` until the
/// case file says otherwise; describe `looks:` to draw people as they are.
extension PersonLooks {
    /// The looks of someone the case file does not describe.
    ///
    /// - Parameters:
    ///   - id: the child's or person's id (or a role word such as `doctor` for a stranger in a scene).
    ///   - age: their stage of life; it narrows the hair choices (no grey-haired babies, no braids on them).
    ///   - role: drawn as a prop; kept as given.
    ///   - variant: another, equally deterministic pick for the same id. The decoder uses it only when two
    ///     people in one case file would otherwise look exactly alike.
    public static func defaults(for id: String, age: AgeGroup, role: Role? = nil, variant: Int = 0) -> PersonLooks {
        var stable = StableHash()
        stable.combine(id)
        if variant != 0 { stable.combine("#\(variant)") }
        let hash = Self.spread(stable.value)
        let styles = defaultHairStyles(for: age)
        let colours = defaultHairColours(for: age)
        let clothes = ClothesColour.allCases
        return PersonLooks(
            age: age,
            hair: styles[Int(hash % UInt64(styles.count))],
            hairColour: colours[Int((hash >> 21) % UInt64(colours.count))],
            clothes: clothes[Int((hash >> 42) % UInt64(clothes.count))],
            role: role)
    }

    private static func defaultHairStyles(for age: AgeGroup) -> [HairStyle] {
        switch age {
        case .baby: [.short, .curly, .bald]
        case .toddler: [.short, .curly, .bob, .ponytail, .afro]
        case .child, .teenager: [.short, .long, .curly, .afro, .braids, .ponytail, .bob, .bun]
        case .adult: [.short, .long, .curly, .afro, .braids, .bun, .bob]
        case .older: [.short, .bob, .bun, .curly, .bald]
        }
    }

    private static func defaultHairColours(for age: AgeGroup) -> [HairColour] {
        switch age {
        case .older: [.grey, .white]
        // Black and brown hair listed twice: most people have dark hair, and a page of redheads reads
        // as a choice, not a default.
        default: [.black, .brown, .black, .brown, .blonde, .red]
        }
    }
}

extension AgeGroup {
    /// The stage of life for an age in whole years: 0–1 baby, 2–3 toddler, 4–12 child, 13–17 teenager,
    /// 18 and over adult.
    public init(age: Int) {
        switch age {
        case ..<2: self = .baby
        case 2...3: self = .toddler
        case 4...12: self = .child
        case 13...17: self = .teenager
        default: self = .adult
        }
    }
}

extension PersonLooks {
    /// Spreads every input bit over the whole word (MurmurHash3's finaliser), so short ids that differ in one
    /// letter still pick far-apart values from small lists.
    static func spread(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
