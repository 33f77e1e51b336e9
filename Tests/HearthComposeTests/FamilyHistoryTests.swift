import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// How the family began (`history:`) is told after "My family" and before anything hard happened, in the order the
/// family gave it, in the words agreed for the child; up to three moments share a page, but never two with pictures
/// of their own.
struct FamilyHistoryTests {
    typealias W = WordsAndPicturesComposerTests

    static let history = """
        history:
          - text: Kay and Dan met at college in 2015.
            child: Mummy and Daddy met at college.
            who: [mum]
          - text: Mia was born in 2019 and Leo in 2022.
            child: Then Mia was born, and Leo. Everyone was very happy.
          - text: The family went to Filey in 2024.
            child: We had a holiday by the sea.
            picture: seaside
        pictures:
          seaside:
            where: park
            people:
              mia: happy
              leo: happy
        map:
          harm:
            - { text: Mum fell asleep after drinking., child: Mummy had been drinking and fell asleep. }

        """

    @Test func theFamilysHistoryComesAfterMyFamilyAndBeforeWhatHappened() throws {
        let b = try W().booklet(W.base + Self.history)
        let sections = b.pages.map(\.section)
        let first = try #require(sections.firstIndex(of: .history))
        #expect(sections[first - 1] == .family)
        #expect(sections.lastIndex(of: .history)! < sections.firstIndex(of: .whatHappened)!)
        let pages = b.pages.filter { $0.section == .history }
        // Three moments on one page, drawn with the one picture among them.
        #expect(pages.map { $0.sentences.map(\.text) } == [[
            "Mummy and Daddy met at college.", "Then Mia was born, and Leo. Everyone was very happy.",
            "We had a holiday by the sea.",
        ]])
        #expect(pages.allSatisfy { $0.heading == "How our family began" })
        #expect(pages.first?.scene?.place == "park")
        // Only the child's words are printed, never the professional wording.
        #expect(!pages.flatMap(\.sentences).contains { $0.text.contains("Kay") })
    }

    @Test func aStoryWithoutHistoryHasNoHistoryPage() throws {
        let b = try W().booklet(W.base)
        #expect(!b.pages.contains { $0.section == .history })
    }

    @Test func aMomentIsReadLikeEveryStatementWithItsLine() throws {
        let file = try CaseFileLoader.parse(W.base + Self.history, file: "case.yaml")
        #expect(file.history.count == 3)
        #expect(file.history[0].keyPath == "history[0]")
        #expect(file.history[2].picture == .named("seaside"))
        #expect(file.history[1].location?.line != nil)
        // A misspelt key inside a moment is refused at its line, with the key it meant.
        let error = #expect(throws: CaseFileError.self) {
            try CaseFileLoader.parse(W.base + "history:\n  - { text: Kay met Dan., child: Mummy met Daddy., pictur: seaside }\n", file: "case.yaml")
        }
        let message = error?.diagnostics.first?.description ?? ""
        #expect(message.hasPrefix("case.yaml:\(W.base.split(separator: "\n", omittingEmptySubsequences: false).count + 1):"), "\(message)")
        #expect(message.contains("history[0].pictur") && message.contains("picture"), "\(message)")
    }
}
