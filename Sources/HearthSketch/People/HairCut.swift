import HearthLooks

/// The hair actually drawn: the person's style as it shows under their headwear, at their age, in their pose.
///
/// A hijab or turban covers the hair; a cap or police hat flattens an afro, bun or spikes; a judge's wig hides
/// it; a baby has a tuft or soft curls; lying on a pillow, long hair, braids and ponytails spread out of sight.
enum HairCut: Hashable, Sendable {
    case none, short, long, curly, afro, braids, ponytail, bun, bob, spiky, babyTuft, babyCurls

    static func drawn(for looks: PersonLooks, lying: Bool) -> HairCut {
        if looks.headCovering == .hijab || looks.headCovering == .turban { return .none }
        if looks.role == .judge && looks.age != .baby { return .none }
        let style = looks.hair
        if looks.age == .baby {
            switch style {
            case .bald: return .none
            case .afro, .curly, .braids: return .babyCurls
            default: return .babyTuft
            }
        }
        var cut: HairCut = switch style {
        case .short: .short
        case .long: .long
        case .curly: .curly
        case .afro: .afro
        case .braids: .braids
        case .ponytail: .ponytail
        case .bald: .none
        case .bun: .bun
        case .bob: .bob
        case .spiky: .spiky
        }
        let hatted = looks.headCovering == .cap || looks.role == .police
        if hatted {
            switch cut {
            case .afro: cut = .curly
            case .bun, .spiky: cut = .short
            default: break
            }
        }
        if lying {
            switch cut {
            case .long: cut = .bob
            case .ponytail, .bun: cut = .short
            default: break
            }
        }
        return cut
    }

    /// How far the hair reaches above the head's centre, in head radii (the head itself reaches 1).
    var top: Double {
        switch self {
        case .none: 1
        case .short, .long, .bob, .braids, .ponytail: 1.13
        case .curly: 1.4
        case .afro: 1.84
        case .bun: 1.68
        case .spiky: 1.42
        case .babyTuft: 1.3
        case .babyCurls: 1.2
        }
    }

    /// How far the hair reaches to either side, in head radii (the ears reach about 1.15).
    var halfWidth: Double {
        switch self {
        case .none, .babyTuft: 1.15
        case .short, .bun, .babyCurls: 1.15
        case .long: 1.36
        case .curly: 1.4
        case .afro: 1.74
        case .braids: 1.44
        case .ponytail: 1.9
        case .bob: 1.26
        case .spiky: 1.42
        }
    }
}
