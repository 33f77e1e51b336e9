import Foundation
import HearthModel

/// What a decision's sentence says was decided, for its picture when the case's picture does not say: "For now, Mei
/// and Kai live with Auntie Jen and Uncle Harjit" names who lives with whom.
extension PageGrammar {
    /// The words that say where a child lives now.
    static let livesWith = ["live with", "lives with", "living with", "stay with", "stays with", "staying with"]

    /// The children and grown-ups a sentence says live together, children first; nil when it names no such
    /// arrangement. Children the sentence leaves unnamed ("they live with Nana") are the story's children.
    func arrangement(in text: String, storyChildren: [String]) -> [String]? {
        for sentence in text.split(whereSeparator: { ".!?".contains($0) }).map(String.init) {
            let lower = sentence.lowercased()
            guard let phrase = Self.livesWith.compactMap({ lower.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
            else { continue }
            let before = String(sentence[..<phrase.lowerBound]), after = String(sentence[phrase.upperBound...])
            let isChild = { (id: String) in caseFile.children.contains { $0.id == id } }
            let carers = named(in: after).filter { !isChild($0) }
            guard !carers.isEmpty else { continue }
            let children = named(in: before).filter(isChild)
            return (children.isEmpty ? storyChildren : children) + carers
        }
        return nil
    }
}
