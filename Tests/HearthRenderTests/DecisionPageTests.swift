import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLayout
import HearthLooks
import HearthModel
import Testing

@testable import Hearth
@testable import HearthRender

/// A decision page shows who decided and the outcome: the judge, and above the judge a framed card of the new
/// arrangement (the people together in the place decided), joined to the judge, with words of its own for a screen
/// reader.
struct DecisionPageTests {
    typealias A = ActionReferenceTests
    static let slot = PageGrammarTests.slot

    static let court = SceneContent(
        place: "court",
        people: [
            A.person("mum", A.adult, .holdingHands, partner: "dad", feeling: .sad), A.person("dad", A.older, feeling: .sad),
            A.person("judge", PersonLooks(role: .judge), .talking, partner: "mum"),
        ],
        bubbles: [SceneBubble(speaker: 2, text: "For now, Mei and Kai will stay with Auntie Jen.")],
        decision: Decision(
            place: "home",
            people: [
                A.person("jen", A.adult, .holdingHands, partner: "mei"), A.person("mei", A.child, .holdingHands),
                A.person("harjit", A.older, .carrying, partner: "kai"), A.person("kai", A.baby),
            ],
            things: ["heart"], decider: 2, alt: "what the judge decided: Mei and Kai live with Auntie Jen and Uncle Harjit"))

    func place(_ scene: SceneContent) throws -> (PlacedScene, Workbench) {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let placed = try SceneLayout(measurer: bench.measurer, assets: try bench.pictures()).place(scene, in: Self.slot, figureHeight: 214)
        return (placed, bench)
    }

    @Test func theCardHoldsTheArrangementClearOfThePagesFacesAndWords() throws {
        let (placed, _) = try place(Self.court)
        let decision = try #require(placed.decision)
        #expect(Self.slot.contains(decision.card))
        // Everyone of the arrangement is in the card, at a size a face reads at: over half the page's grown-ups.
        #expect(decision.faces.count == 4)
        for face in decision.faces { #expect(decision.card.contains(face)) }
        #expect(decision.figureHeight >= placed.figureHeight * 0.5, "card \(decision.figureHeight), page \(placed.figureHeight)")
        // The card takes a good part of the picture, and covers no face, bubble or name of the page.
        #expect(decision.card.height >= Self.slot.height * 0.4 && decision.card.width >= Self.slot.width * 0.5)
        for r in placed.faces + placed.bubbles + placed.labels { #expect(!r.intersects(decision.card)) }
        // The page's people stay large: well over half the document's scale.
        #expect(placed.figureHeight >= 214 * 0.6)
        // The judge stands under the card, which its pointer joins.
        let judge = placed.faces[2]
        #expect(judge.midX > decision.card.minX && judge.midX < decision.card.maxX && judge.minY > decision.card.maxY)
        #expect(decision.decider == 2)
    }

    @Test func theCardHasItsOwnWordsForAScreenReader() throws {
        let (placed, _) = try place(Self.court)
        let alts = placed.items.compactMap { item -> String? in
            if case .group(.figure(alt: let alt), _) = item { return alt } else { return nil }
        }
        #expect(alts.contains("what the judge decided: Mei and Kai live with Auntie Jen and Uncle Harjit"))
        #expect(!alts.contains("what if"))
    }

    @Test func aDecisionPictureLooksAsRecorded() throws {
        let (placed, bench) = try place(Self.court)
        let frame = Frame(size: Size(width: 484, height: 507), items: placed.items)
        try ReferenceImageTests().compare(try bench.renderer.png(frame, dpi: 36), named: "grammar-decision-36dpi")
    }

    // MARK: The example

    func decisionPage(_ caseFile: CaseFile) throws -> SceneContent {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let booklet = try WordsAndPicturesComposer(strings: try bench.catalogue("en-GB")).booklet(for: caseFile, file: "kai.yaml")
        let scenes = booklet.pages.flatMap(PageGrammarTests.scenes(of:))
        return try #require(scenes.first { $0.decision != nil })
    }

    func kai() throws -> CaseFile {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        return try bench.load(Repo.root.appendingPathComponent("Examples/baby-kai-injury.yaml"))
    }

    @Test func kaisCourtPageShowsWhatTheJudgeDecided() throws {
        let scene = try decisionPage(try kai())
        let decision = try #require(scene.decision)
        #expect(Set(decision.people.map(\.id)) == ["mei", "kai", "jen", "harjit"])
        #expect(decision.place == "home")
        #expect(scene.people[decision.decider].id == "judge")
        #expect(decision.alt == "what the judge decided: Mei and Kai live with Auntie Jen and Uncle Harjit")
        // Kai, four months old, is carried in the card, not lying on its floor.
        let kai = try #require(decision.people.first { $0.id == "kai" })
        #expect(kai.action != .lyingInBed)
        #expect(decision.people.contains { $0.action == .carrying && $0.partner == "kai" })
    }

    @Test func whereThePictureSaysNothingTheDecidedSentenceNamesTheArrangement() throws {
        var caseFile = try kai()
        caseFile.pictures["at_court"]?.decided = nil
        let decision = try #require(try decisionPage(caseFile).decision)
        // "For now, Mei and Kai live with Auntie Jen and Uncle Harjit."
        #expect(Set(decision.people.map(\.id)) == ["mei", "kai", "jen", "harjit"])
    }

    @Test func aDecisionThatNamesNoArrangementHasNoCard() throws {
        var caseFile = try kai()
        caseFile.pictures["at_court"]?.decided = nil
        let i = try #require(caseFile.disputes.firstIndex { $0.decided != nil })
        caseFile.disputes[i].decided?.child = "For now, the judge wants everyone to keep talking."
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let booklet = try WordsAndPicturesComposer(strings: try bench.catalogue("en-GB")).booklet(for: caseFile, file: "kai.yaml")
        #expect(!booklet.pages.flatMap(PageGrammarTests.scenes(of:)).contains { $0.decision != nil })
    }
}
