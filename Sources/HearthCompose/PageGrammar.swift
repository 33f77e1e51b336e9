import Foundation
import HearthModel

/// What a page's own sentence says its picture should show, for the pages that are not events (rules, worries,
/// goals) and for every page the case gives no picture: the place it happens in, the people it names, the thing a
/// rule says does not happen, the thing a worry fears. The words are read plainly, word by word; anything they do
/// not say is left to the section's default (see `notes/scene-composition.md`, "Pages that are not events").
struct PageGrammar {
    var caseFile: CaseFile

    /// The words of a sentence, lower-cased, letters only.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map { String($0) }
    }

    /// Places by the words that put a page there, in order of strength: a page about school is at school even
    /// when it also says "morning".
    static let placeWords: [(place: String, words: Set<String>)] = [
        ("court", ["court", "judge", "decided"]),
        ("hospital", ["hospital", "ambulance", "x-ray", "ward"]),
        ("clinic", ["doctor", "doctors", "nurse", "clinic", "gp"]),
        ("school", ["school", "nursery", "teacher", "class", "classroom"]),
        ("park", ["football", "park", "playground", "swings", "goal"]),
        ("bedroom", ["night", "bed", "bedtime", "sleep", "sleeps", "asleep", "stories", "story"]),
        ("kitchen", ["breakfast", "tea", "dinner", "lunch", "cook", "cooking", "cooks", "food", "hungry", "eat", "meal", "meals", "kitchen", "squash"]),
        ("street", ["road", "outside", "street", "pavement"]),
        ("office", ["meeting", "meetings", "group", "plan"]),
    ]

    /// The place a sentence happens in, or nil when it does not say.
    static func place(for text: String) -> String? {
        let said = Set(words(text))
        return placeWords.first { !$0.words.isDisjoint(with: said) }?.place
    }

    /// Things by the words that name them, for the crossed-out corner and the worry cloud.
    static let thingWords: [(thing: String, words: Set<String>)] = [
        ("bottle", ["beer", "wine", "drink", "drinks", "drinking", "drunk", "alcohol", "bottle", "bottles", "cans"]),
        ("car", ["road", "roads", "car", "cars", "traffic"]),
        ("medicine", ["medicine", "medicines", "tablets", "pills"]),
        ("empty-cupboard", ["hungry", "food"]),
        ("phone", ["phone", "phones"]),
    ]

    static func things(in text: String) -> [String] {
        let said = Set(words(text))
        return thingWords.filter { !$0.words.isDisjoint(with: said) }.map(\.thing)
    }

    /// Whether a sentence says something does not happen ("Daddy does not drink", "There is no beer").
    static func isProhibition(_ text: String) -> Bool {
        let said = words(text)
        return said.contains { ["not", "no", "never", "doesn't", "don't", "won't", "doesn’t", "don’t", "won’t"].contains($0) }
    }

    /// The things a rule's sentence says do not happen: drawn crossed out in the corner.
    static func prohibited(in text: String) -> [String] {
        guard isProhibition(text) else { return [] }
        return things(in: text).filter { $0 == "bottle" || $0 == "medicine" || $0 == "car" }
    }

    /// What a worry fears, as things that can be drawn small in the cloud.
    static func feared(in text: String) -> [String] {
        things(in: text).filter { $0 != "phone" }
    }

    /// The children and people a sentence names, by the names the child uses, in the order they are written.
    func named(in text: String) -> [String] {
        var found: [(Int, String)] = []
        let lower = text.lowercased()
        let everyone = caseFile.children.map { ($0.id, [$0.displayName]) } + caseFile.people.map { ($0.id, [$0.displayName] + ($0.called.map { [$0] } ?? [])) }
        for (id, names) in everyone {
            for name in names where name.count > 1 {
                if let r = lower.range(of: name.lowercased()) {
                    found.append((lower.distance(from: lower.startIndex, to: r.lowerBound), id))
                    break
                }
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1).uniqued
    }

    /// The scene with what its section says added, where the case's description did not say it: a prohibition's
    /// crossed-out thing, a worry's cloud, a goal's "one day" frame.
    func completed(_ scene: SceneContent, section: BookletSection, text: String, ref: SceneRef?) -> SceneContent {
        var out = scene
        let said = ref?.scene(in: caseFile)
        let saysNothing = said.map { $0.notThings.isEmpty && $0.worry.isEmpty && !$0.oneDay } ?? true
        guard saysNothing else { return out }
        switch section {
        case .rules:
            out.crossedOut = Self.prohibited(in: text)
        case .worries:
            let feared = Self.feared(in: text).filter { !scene.things.contains($0) }
            if !feared.isEmpty { out.whatIf = WhatIf(things: feared) }
        case .goal:
            out.oneDay = true
        default:
            break
        }
        return out
    }
}
