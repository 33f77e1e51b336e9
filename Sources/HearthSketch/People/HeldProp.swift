import HearthLooks

/// Something a role carries in one hand: the social worker's folder, the teacher's book.
///
/// A prop needs a free hand, so it is left out when both hands are busy (crutches, a hug); in a wheelchair it
/// rests on the lap.
enum HeldProp: Hashable, Sendable {
    case folder, book

    static func carried(by looks: PersonLooks, action: Action) -> HeldProp? {
        let busy: Set<Action> = [.hugging, .lyingInBed, .phoning, .carrying, .readingTo, .giving, .comforting, .handOnShoulder]
        guard looks.mobility != .crutches, !busy.contains(action), looks.age != .baby, !looks.wears.contains(.sling) else {
            return nil
        }
        switch looks.role {
        case .socialWorker: return .folder
        case .teacher: return .book
        default: return nil
        }
    }
}
