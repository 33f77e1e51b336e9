import HearthLooks

/// What is worn on the head once role and covering are put together.
///
/// A police officer's peaked cap replaces a cap or kippah and sits on a hijab; with a turban the turban is navy
/// with the police chequered band. A judge's wig replaces hair, cap and kippah but never a hijab or turban.
enum Headwear: Hashable, Sendable {
    case hijab, turban(police: Bool), kippah, cap, policeHat, judgeWig

    static func worn(by looks: PersonLooks, lying: Bool) -> [Headwear] {
        var worn: [Headwear] = []
        let police = looks.role == .police && looks.age != .baby && !lying
        let judge = looks.role == .judge && looks.age != .baby && !lying
        switch looks.headCovering {
        case .hijab: worn.append(.hijab)
        case .turban: worn.append(.turban(police: police))
        case .kippah where !police && !judge: worn.append(.kippah)
        case .cap where !police && !judge && !lying: worn.append(.cap)
        default: break
        }
        if police && looks.headCovering != .turban { worn.append(.policeHat) }
        if judge && looks.headCovering != .hijab && looks.headCovering != .turban { worn.append(.judgeWig) }
        return worn
    }

    /// How far above the head's centre it reaches, in head radii, over hair reaching `hairTop`.
    func top(hairTop: Double) -> Double {
        switch self {
        case .hijab: 1.26
        case .turban: 1.6
        case .kippah: hairTop + 0.21
        case .cap: max(1.16, hairTop * 0.96) + 0.04
        case .policeHat: 1.56
        case .judgeWig: 1.2
        }
    }

    /// How far it reaches to either side, in head radii.
    var halfWidth: Double {
        switch self {
        case .hijab: 1.36
        case .turban: 1.22
        case .kippah: 0.86
        case .cap: 1.64
        case .policeHat: 1.36
        case .judgeWig: 1.38
        }
    }
}
