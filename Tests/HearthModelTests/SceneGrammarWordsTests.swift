import Testing
@testable import HearthModel

/// The plain words for pages that are not events: `not:` (a rule's crossed-out thing), `worry:` (what a worry's
/// "what if" cloud holds) and `one_day:` (a goal's frame), and the errors for words Hearth cannot draw there.
@Suite("Pictures of rules, worries and goals in plain words")
struct SceneGrammarWordsTests {
    /// Mia and Leo (lines 1–7), Mum and Nana (8–13); `rest` starts on line 14.
    private func withFamily(_ rest: String) -> String {
        withChildren("people:\n  - id: mum\n    name: Anna Kowalska\n  - id: nana\n    name: Jean Kowalska\n    called: Nana\n") + rest
    }

    private func picture(_ yaml: String) throws -> SceneDescription {
        let file = try CaseFileLoader.parse(withFamily(yaml), file: "mia.yaml")
        return try #require(file.pictures["p"])
    }

    @Test func aRuleAWorryAndAGoalAreRead() throws {
        let scene = try picture("""
        pictures:
          p:
            where: home
            people: [mum: happy, mia]
            not: bottle
            worry: [car, leo]
            one_day: yes
        """)
        #expect(scene.notThings == ["bottle"])
        #expect(scene.worry == ["car", "leo"])
        #expect(scene.oneDay)
    }

    @Test func withoutTheKeysNothingIsAdded() throws {
        let scene = try picture("pictures:\n  p:\n    people: [mia]\n")
        #expect(scene.notThings.isEmpty && scene.worry.isEmpty && !scene.oneDay)
    }

    @Test func anUnknownCrossedOutThingHasDidYouMeanAndPosition() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [mia]\n    not: botle\n")))
        #expect(problem.position == "17:10")
        #expect(problem.keyPath == "pictures.p.not")
        #expect(problem.message == "'botle' is not something Hearth can draw small in a crossed-out corner")
        #expect(problem.fix?.hasPrefix("did you mean 'bottle'?") == true)
    }

    @Test func aWorryMayNameAChildAndSuggestsOne() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [mum]\n    worry: [car, lea]\n")))
        #expect(problem.position == "17:18")
        #expect(problem.message == "'lea' is not something Hearth can draw small in a worry cloud")
        #expect(problem.fix?.hasPrefix("did you mean 'leo'?") == true)
        #expect(problem.fix?.contains("the people are") == true)
    }

    @Test func oneDayIsYesOrNo() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [mia]\n    one_day: someday\n")))
        #expect(problem.position == "17:14")
        #expect(problem.message.contains("yes or no"))
    }

    @Test func aMisspeltKeySuggestsTheNewOnes() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [mia]\n    one_dya: yes\n")))
        #expect(problem.fix?.hasPrefix("did you mean 'one_day'?") == true)
    }
}
