import Testing
@testable import HearthModel

/// `decided:` in a picture: the arrangement a decision made (who is together now, and where), and its errors with
/// position, key and a did-you-mean like every other scene key.
@Suite("What was decided, in plain words")
struct SceneDecidedTests {
    /// Mia and Leo (lines 1–7), Mum and Nana (8–13); `rest` starts on line 14.
    private func withFamily(_ rest: String) -> String {
        withChildren("people:\n  - id: mum\n    name: Anna Kowalska\n  - id: nana\n    name: Jean Kowalska\n    called: Nana\n") + rest
    }

    private func picture(_ yaml: String) throws -> SceneDescription {
        let file = try CaseFileLoader.parse(withFamily(yaml), file: "mia.yaml")
        return try #require(file.pictures["p"])
    }

    @Test func theLongFormNamesThePeopleThePlaceAndWhoDecided() throws {
        let scene = try picture("""
        pictures:
          p:
            where: court
            people: [mum, judge]
            decided: { people: [mia, leo, nana], where: garden, by: judge }
        """)
        let decided = try #require(scene.decided)
        #expect(decided.people == ["mia", "leo", "nana"])
        #expect(decided.place == "garden")
        #expect(decided.by == "judge")
        #expect(decided.location?.line == 18)
    }

    @Test func aListIsThePeopleTogetherAtHome() throws {
        let scene = try picture("pictures:\n  p:\n    people: [judge]\n    decided: [mia, nana]\n")
        #expect(scene.decided == DecisionDescription(people: ["mia", "nana"], place: "home", location: scene.decided?.location))
    }

    @Test func withoutTheKeyNothingIsDecided() throws {
        #expect(try picture("pictures:\n  p:\n    people: [judge]\n").decided == nil)
    }

    @Test func anUnknownPersonHasDidYouMeanAndPosition() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [judge]\n    decided: [mia, nanna]\n")))
        #expect(problem.position == "17:20")
        #expect(problem.keyPath == "pictures.p.decided[1]")
        #expect(problem.message == "there is no child or person with the id 'nanna'")
        #expect(problem.fix?.hasPrefix("did you mean 'nana'?") == true)
    }

    @Test func whoDecidedMustBeInThePicture() throws {
        let problem = try #require(singleProblem(withFamily(
            "pictures:\n  p:\n    people: [judge, mum]\n    decided: { people: [mia], by: jduge }\n")))
        #expect(problem.message == "'jduge' is not in this picture, so cannot be who decided")
        #expect(problem.fix?.hasPrefix("did you mean 'judge'?") == true)
    }

    @Test func aMisspeltKeyInsideSuggestsTheRightOne() throws {
        let found = problems(withFamily("pictures:\n  p:\n    people: [judge]\n    decided: { poeple: [mia] }\n"))
        // The misspelt key, and the people it should have given.
        #expect(found.count == 2)
        #expect(found.contains { $0.fix?.contains("did you mean 'people'?") == true })
        #expect(found.contains { $0.message == "who is together now is missing" })
    }

    @Test func aMisspeltSceneKeySuggestsDecided() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [judge]\n    decidd: [mia]\n")))
        #expect(problem.fix?.hasPrefix("did you mean 'decided'?") == true)
    }

    @Test func thePeopleAreNeeded() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [judge]\n    decided: { where: home }\n")))
        #expect(problem.message == "who is together now is missing")
        #expect(problem.keyPath == "pictures.p.decided.people")
    }
}
