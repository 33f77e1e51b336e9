/// What the safety tools (scale, house, circles) read from a case beyond their own sections.
extension CaseFile {
    /// A child's latest score under `scales` (the last written among those with the latest date).
    public func latestScore(of id: String, about: String? = nil) -> ScaleScore? {
        let mine = scales.filter { $0.who == id && (about == nil || $0.about == about) }
        return mine.enumerated().max { lhs, rhs in
            let l = lhs.element.date?.iso ?? "", r = rhs.element.date?.iso ?? ""
            return (l, lhs.offset) < (r, rhs.offset)
        }?.element
    }

    /// The child's safety circles: the case's own `safety_circles` entry for the child, or rings made from
    /// `people`: family the child is safe with in the middle ring, everyone else who helps (the network and
    /// professionals) in the outer ring. People the child is not safe with are never in a ring.
    public func safetyCircles(for child: String) -> SafetyCirclesMap {
        let safe = people.filter { !$0.notSafe }
        var map = safetyCirclesMaps.first { $0.child == child }
            ?? SafetyCirclesMap(
                child: child,
                seeALot: safe.filter(\.isFamily).map(\.id),
                help: safe.filter { !$0.isFamily && ($0.network || $0.role != nil) }.map(\.id))
        let notSafe = Set(people.filter(\.notSafe).map(\.id))
        map.liveWith.removeAll { notSafe.contains($0) }
        map.seeALot.removeAll { notSafe.contains($0) }
        map.help.removeAll { notSafe.contains($0) }
        return map
    }
}
