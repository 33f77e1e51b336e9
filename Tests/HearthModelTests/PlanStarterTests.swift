import Foundation
import HearthTestSupport
import Testing
@testable import HearthModel

/// The starters `hearth new --kind safety-plan` and `--kind my-safety-plan` write: valid as they are, asking for their
/// own document, and showing the keys that document reads.
@Suite("Starters for the family plan and the card")
struct PlanStarterTests {
    static func url(_ kind: String) -> URL {
        Repository.url("Assets/templates/\(kind).yaml")
    }

    @Test func theFamilyPlanStarterIsValidAndShowsEveryPlanKey() throws {
        let text = try String(contentsOf: Self.url("safety-plan"), encoding: .utf8)
        let found = problems(text, file: "safety-plan.yaml")
        #expect(found.isEmpty, "\(CaseFileError(diagnostics: found))")
        let file = try CaseFileLoader.load(contentsOf: Self.url("safety-plan"))
        #expect(file.output.documents == [.safetyPlan])
        #expect(file.safetyPlan.rules.allSatisfy { $0.when != nil && $0.ifNotKept != nil && $0.phone != nil && !$0.who.isEmpty })
        #expect(file.safetyPlan.network.allSatisfy { $0.phone != nil })
        #expect(file.safetyPlan.outOfHours != nil && !file.safetyPlan.signedBy.isEmpty && file.reviewDate != nil)
        #expect(file.people.allSatisfy { $0.name.hasSuffix("Example") })
    }

    @Test func theCardStarterIsValidAndMinimal() throws {
        let found = problems(try String(contentsOf: Self.url("my-safety-plan"), encoding: .utf8), file: "my-safety-plan.yaml")
        #expect(found.isEmpty, "\(CaseFileError(diagnostics: found))")
        let file = try CaseFileLoader.load(contentsOf: Self.url("my-safety-plan"))
        #expect(file.output.documents == [.mySafetyPlan])
        let card = try #require(file.safetyCard)
        #expect(card.minimal && card.minimalNumber == "999" && !card.ifUnsafe.isEmpty)
        #expect(file.safetyPlan.safePlace?.child != nil)
        #expect(file.children.allSatisfy { $0.name.hasSuffix("Example") })
    }
}
