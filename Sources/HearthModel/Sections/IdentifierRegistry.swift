/// The ids of children and people, which share one namespace: a scene says `mum` or `leo` without
/// saying which list they are in, so no id may be used twice across `children:` and `people:`.
///
/// Each section records its ids as it reads them; ``reportRepeats(_:)`` then reports every id used
/// again, at the later use in the file, naming the first.
struct IdentifierRegistry {
    enum Kind {
        case child, person

        var word: String {
            switch self {
            case .child: "child"
            case .person: "person"
            }
        }
    }

    struct Claim {
        var id: String
        /// The child or person that uses it, e.g. `people[2]`.
        var owner: FieldPath
        /// The `id:` value, for the position of a message.
        var reader: NodeReader
        var kind: Kind
    }

    private(set) var claims: [Claim] = []

    mutating func claim(_ id: String, by owner: FieldPath, at reader: NodeReader, kind: Kind) {
        claims.append(Claim(id: id, owner: owner, reader: reader, kind: kind))
    }

    /// Every id claimed, once each, in the order first claimed.
    var ids: [String] {
        var seen: Set<String> = []
        return claims.compactMap { seen.insert($0.id).inserted ? $0.id : nil }
    }

    /// Reports each id used more than once, at every use after the first in reading order.
    static func reportRepeats(_ claims: [Claim]) {
        let ordered = claims.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.reader.location?.line ?? Int.max, lhs.element.reader.location?.column ?? Int.max, lhs.offset)
            let right = (rhs.element.reader.location?.line ?? Int.max, rhs.element.reader.location?.column ?? Int.max, rhs.offset)
            return left < right
        }.map(\.element)
        var first: [String: Claim] = [:]
        for claim in ordered {
            guard let earlier = first[claim.id] else {
                first[claim.id] = claim
                continue
            }
            let line = earlier.reader.location.map { " on line \($0.line)" } ?? ""
            claim.reader.report(
                "the id '\(claim.id)' is already used by \(earlier.owner)\(line)",
                fix: "give each \(claim.kind.word) a different id, e.g. '\(claim.id)-2'")
        }
    }
}
