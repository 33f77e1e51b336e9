import Foundation
import Testing

/// `hearth blank` and `hearth new --kind` for the family's safety plan and the child's safety card, run as a user would.
struct SafetyPlanCommandTests {
    @Test func blankPlanAndCardsNeedNoCase() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let plan = try cli.run(["blank", "safety-plan", "-o", "plan.pdf"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("wrote plan.pdf ("))
        let card = try cli.run(["blank", "my-safety-plan", "-o", "card.pdf"])
        #expect(card.status == 0, "\(card.stderr)")
        #expect(card.stdout.contains("wrote card.pdf (1 page"))
        let wallet = try cli.run(["blank", "my-safety-plan", "--wallet", "-o", "wallet.pdf"])
        #expect(wallet.status == 0, "\(wallet.stderr)")
        #expect(wallet.stdout.contains("actual size"), "the wallet sheet says how to print it: \(wallet.stdout)")
        let letter = try cli.run(["blank", "safety-plan", "--paper", "letter", "-o", "plan-letter.pdf"])
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(Set(cli.files()).isSuperset(of: ["plan.pdf", "card.pdf", "wallet.pdf", "plan-letter.pdf"]))
    }

    @Test func optionsForOtherWorksheetsAreRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let named = try cli.run(["blank", "my-safety-plan", "--child", "Mia", "-o", "card.pdf"])
        #expect(named.status == 64)
        #expect(named.stderr.contains("--child"))
        let wallet = try cli.run(["blank", "safety-plan", "--wallet", "-o", "plan.pdf"])
        #expect(wallet.status == 64)
        #expect(cli.files().isEmpty)
    }

    @Test(arguments: ["safety-plan", "my-safety-plan"])
    func newKindWritesAStarterThatRenders(_ kind: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let new = try cli.run(["new", "--kind", kind, "--child", "Zara", "-o", "zara.yaml"])
        #expect(new.status == 0, "\(new.stderr)")
        let text = try String(contentsOf: cli.folder.appendingPathComponent("zara.yaml"), encoding: .utf8)
        #expect(text.contains("Zara") && !text.contains("Mia"))
        #expect(text.contains("- \(kind)") || text.contains("[\(kind)]"))
        let render = try cli.run(["render", "zara.yaml", "-o", "out/"])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout.contains("zara-\(kind)"))
    }

    @Test func newRefusesAKindThatIsNotADocument() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["new", "--kind", "safety-plans", "-o", "x.yaml"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("safety-plan"))
        #expect(cli.files().isEmpty)
    }
}
