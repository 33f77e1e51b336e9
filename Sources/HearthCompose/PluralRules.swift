/// CLDR's cardinal plural categories for whole numbers, in the languages Hearth has words for, so "2 people" and
/// "5 people" can take different words where a language says them differently (Welsh, Polish, Arabic, Romanian).
///
/// Only whole numbers: Hearth counts people and pages. Rules from CLDR 44 `plurals.xml` (European Portuguese for
/// `pt`, as the `pt` strings are written).
public enum PluralCategory: String, CaseIterable, Hashable, Sendable {
    case zero, one, two, few, many, other
}

public enum PluralRules {
    /// The category of `n` (≥ 0) in `language` (a BCP 47 tag; its primary subtag decides).
    public static func category(of n: Int, in language: String) -> PluralCategory {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        let mod10 = n % 10, mod100 = n % 100
        switch primary {
        case "cy":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        case "ar":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default: return (3...10).contains(mod100) ? .few : (11...99).contains(mod100) ? .many : .other
            }
        case "pl":
            if n == 1 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case "ro":
            if n == 1 { return .one }
            return n == 0 || (1...19).contains(mod100) ? .few : .other
        case "pa", "bn", "gu":
            // pa: n = 0..1; bn, gu: i = 0 or n = 1.
            return n <= 1 ? .one : .other
        case "es", "pt":
            if n == 1 { return .one }
            return n != 0 && n % 1_000_000 == 0 ? .many : .other
        default:
            // en, ur, so and the rest: one for 1.
            return n == 1 ? .one : .other
        }
    }
}
