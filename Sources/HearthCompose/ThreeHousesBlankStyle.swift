import Foundation
import HearthModel

/// How a blank Three Houses sheet is set out. Practitioners run the tool with young children who draw: by default the
/// houses are open space, with no writing lines and no printed questions to steer the talk; lines and questions are
/// asked for, and the houses stand in the order the child chooses.
public struct ThreeHousesBlankStyle: Hashable, Sendable {
    /// Writing lines in each house, for a child who would rather write.
    public var lines: Bool
    /// The usual questions, at the foot of the page for the practitioner, never inside the houses.
    public var questions: Bool
    /// The houses from left to right (from the right on a right-to-left page): all three, each once.
    public var order: [House]

    public init(lines: Bool = false, questions: Bool = false, order: [House] = House.allCases) {
        self.lines = lines
        self.questions = questions
        self.order = order
    }

    /// The order written as `good,worries,dreams` (or the houses' full names), or nil with what was wrong.
    public static func order(_ text: String) -> Result<[House], OrderProblem> {
        let words = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var out: [House] = []
        for word in words {
            guard let house = Self.names[word] else { return .failure(.unknown(word)) }
            guard !out.contains(house) else { return .failure(.repeated(word)) }
            out.append(house)
        }
        guard out.count == House.allCases.count else { return .failure(.missing(House.allCases.filter { !out.contains($0) })) }
        return .success(out)
    }

    /// The words an order may use for each house.
    static let names: [String: House] = [
        "worries": .worries, "worry": .worries, "good": .goodThings, "good_things": .goodThings,
        "good-things": .goodThings, "dreams": .dreams, "dream": .dreams,
    ]

    /// What was wrong with an order, in plain words.
    public enum OrderProblem: Error, Equatable, CustomStringConvertible {
        case unknown(String)
        case repeated(String)
        case missing([House])

        public var description: String {
            switch self {
            case .unknown(let word): "'\(word)' is not a house: use worries, good and dreams, separated with commas"
            case .repeated(let word): "'\(word)' is named twice: name each house once"
            case .missing(let houses):
                "the order leaves out \(houses.map { $0 == .goodThings ? "good" : $0.rawValue }.joined(separator: " and ")): name all three houses"
            }
        }
    }
}
