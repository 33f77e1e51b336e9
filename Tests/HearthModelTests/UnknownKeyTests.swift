import Testing
@testable import HearthModel

@Suite("Unknown and reserved keys")
struct UnknownKeyTests {
    @Test func typoInInterviewKeySuggestsNearest() throws {
        let problem = try #require(singleProblem(withChildren("three_houses:\n  - child: mia\n    wories:\n      - I am sad\n")))
        #expect(problem.position == "10:5")
        #expect(problem.keyPath == "three_houses[0].wories")
        #expect(problem.message == "'wories' is not a key Hearth knows here")
        #expect(problem.fix == "did you mean 'worries'? (the keys allowed in a Three Houses interview are 'child', 'date', 'drawings', 'dreams', 'good_things', 'language', 'questions', 'recorded_by' and 'worries')")
    }

    @Test(arguments: [
        ("good-things", "good_things"), ("Good_Things", "good_things"), ("goodthings", "good_things"),
        ("good things", "good_things"), ("dream", "dreams"), ("recorded-by", "recorded_by"),
        ("recordedby", "recorded_by"), ("qestions", "questions"), ("chlid", "child"),
    ])
    func interviewKeyTypos(typo: String, suggestion: String) throws {
        let problem = try #require(singleProblem(withChildren("three_houses:\n  - child: mia\n    \(typo): ~\n")))
        #expect(problem.keyPath == "three_houses[0].\(typo)")
        #expect(problem.fix?.hasPrefix("did you mean '\(suggestion)'?") == true)
    }

    @Test func unrelatedKeyGetsTheListOnly() throws {
        let problem = try #require(singleProblem("colour: blue\n" + Fixtures.minimal))
        #expect(problem.position == "1:1")
        #expect(problem.keyPath == "colour")
        #expect(problem.fix == "the keys allowed in the top level of the file are \(Suggestion.list((CaseFileSchema.knownKeys["root"] ?? []).sorted()))")
        #expect(problem.fix?.hasPrefix("the keys allowed in the top level of the file are 'case', 'children', 'disputes', ") == true)
    }

    @Test func misspelledChildrenReportsBothTheTypoAndTheMissingList() {
        let found = problems("childern:\n  - id: mia\n    name: Mia\n")
        #expect(found.map(\.keyPath) == ["childern", "children"])
        #expect(found.map(\.position) == ["1:1", "1:1"])
        #expect(found.first?.fix?.hasPrefix("did you mean 'children'?") == true)
    }

    @Test func childKeyTypo() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    nmae: Mia K\n"))
        #expect(problem.position == "4:5")
        #expect(problem.keyPath == "children[0].nmae")
        #expect(problem.fix?.hasPrefix("did you mean 'name'?") == true)
    }

    /// `map`, `safety_plan`, `scales` and `pages` were reserved until the Words and Pictures booklet; they
    /// are read now (see WordsAndPicturesTests). `strings` is read under `output:`; at the top it is pointed there.
    @Test func stringsAtTheTopBelongUnderOutput() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\nstrings:\n  house.worries: Worry House\n"))
        #expect(problem.position == "4:1")
        #expect(problem.keyPath == "strings")
        #expect(problem.message == "'strings' belongs under 'output:'")
        #expect(problem.fix == "move the 'strings:' lines under 'output:', indented one step further")
    }

    /// `looks` was reserved before people and pictures were built; it is now read (see PeopleTests).
    @Test func childLooksWrittenAsTextIsAMismatch() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    looks: curly hair\n"))
        #expect(problem.keyPath == "children[0].looks")
        #expect(problem.message == "expected lines such as 'hair: curly' and 'skin: brown', found the text 'curly hair'")
    }

    @Test func nonTextKeyIsReported() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\n? [a, b]\n: c\n"))
        #expect(problem.position == "4:3")
        #expect(problem.keyPath == "")
        #expect(problem.message == "a key must be a single word, found a list")
    }

    @Test func drawingsKeyTypo() throws {
        let problem = try #require(singleProblem(withChildren("three_houses:\n  - child: mia\n    drawings:\n      dreems: d.png\n")))
        #expect(problem.position == "11:7")
        #expect(problem.keyPath == "three_houses[0].drawings.dreems")
        #expect(problem.fix == "did you mean 'dreams'? (the keys allowed in 'drawings' are 'dreams', 'good_things' and 'worries')")
    }
}
