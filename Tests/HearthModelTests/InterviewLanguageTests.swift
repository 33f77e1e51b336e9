import Testing

@testable import HearthModel

@Suite("The language of the child's words")
struct InterviewLanguageTests {
    func file(_ language: String) -> String {
        """
        children:
          - id: zofia
            name: Zofia
        three_houses:
          - child: zofia
            language: \(language)
            worries:
              - Boję się

        """
    }

    @Test func aCodeIsKept() throws {
        let parsed = try CaseFileLoader.parse(file("pl"), file: "z.yaml")
        #expect(parsed.threeHouses.first?.language == "pl")
    }

    @Test func aLanguageNameGetsItsCodeSuggested() {
        do {
            _ = try CaseFileLoader.parse(file("Polish"), file: "z.yaml")
            Issue.record("expected a problem")
        } catch {
            #expect(error.diagnostics.count == 1)
            let d = error.diagnostics[0]
            #expect(d.location == HearthModel.SourceLocation(file: "z.yaml", line: 6, column: 15))
            #expect(d.keyPath == "three_houses[0].language")
            #expect(d.fix?.hasPrefix("did you mean 'pl'?") == true)
        }
    }
}
