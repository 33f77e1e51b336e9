import Testing
@testable import HearthModel

/// `fairy_wizard`, `safety_house` and `safety_circles`: what they read, and a located, plain problem for each
/// mistake a worker can make in them.
@Suite("Safety tools: decoding")
struct SafetyToolsDecodingTests {
    /// Children mia and leo (lines 1–7), then people from line 8: mum (network), tomasz (not safe), sam (worker).
    func family(_ rest: String) -> String {
        withChildren("""
        people:
          - { id: mum, name: Anna Kowalska, called: Mama, relation: mum, network: yes }
          - { id: tomasz, name: Tomasz Kowalski, relation: dad, not_safe: yes }
          - { id: sam, name: Sam Jones, role: social-worker }

        """ + rest)
    }

    @Test func readsEveryKeyOfTheThreeSections() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        let session = try #require(file.fairyWizard.first)
        #expect(session.child == "leo" && session.helper == .wizard)
        #expect(session.takeAway == ["the shouting"] && session.keep == ["my nana"] && session.makeHappen == ["Mummy feels better"])
        #expect(session.drawings[.keep]?.path == "drawings/leo-keep.png")
        let house = try #require(file.safetyHouses.first)
        #expect(house.livesHere == ["mum"] && house.visits == ["sam"] && house.score == 7)
        #expect(house.redCircle && house.keptBy == .worker)
        let circles = file.safetyCircles(for: "mia")
        #expect(circles.liveWith == ["mum"] && circles.seeALot == ["leo"] && circles.help == ["sam"])
    }

    @Test func typoInAFairyWizardKeySuggestsTheNearest() throws {
        let problem = try #require(singleProblem(family("fairy_wizard:\n  - child: leo\n    take-away: [the shouting]\n")))
        #expect(problem.position == "14:5")
        #expect(problem.keyPath == "fairy_wizard[0].take-away")
        #expect(problem.fix?.hasPrefix("did you mean 'take_away'?") == true)
    }

    @Test func aHelperThatIsNotAFairyOrAWizardIsRefused() throws {
        let problem = try #require(singleProblem(family("fairy_wizard:\n  - child: leo\n    helper: wizzard\n")))
        #expect(problem.position == "14:13")
        #expect(problem.keyPath == "fairy_wizard[0].helper")
        #expect(problem.fix == "did you mean 'wizard'? (the choices are 'fairy' and 'wizard')")
    }

    @Test func anUnknownChildSuggestsTheNearestId() throws {
        let problem = try #require(singleProblem(family("safety_house:\n  - child: mai\n")))
        #expect(problem.position == "13:12")
        #expect(problem.keyPath == "safety_house[0].child")
        #expect(problem.fix?.hasPrefix("did you mean 'mia'?") == true)
    }

    @Test func aPersonIsNotAChildAtTheCentreOfTheCircles() throws {
        let problem = try #require(singleProblem(family("safety_circles:\n  - child: mum\n")))
        #expect(problem.keyPath == "safety_circles[0].child")
        #expect(problem.message == "'mum' is a person, not one of the children")
    }

    @Test func aPathScoreOutsideZeroToTenIsRefused() throws {
        let problem = try #require(singleProblem(family("safety_house:\n  - child: mia\n    score: 11\n")))
        #expect(problem.position == "14:12")
        #expect(problem.keyPath == "safety_house[0].score")
        #expect(problem.message == "the child's place on the path must be from 0 to 10, found 11")
    }

    @Test func theRedCircleIsRefusedOnACopyTheChildKeeps() throws {
        let problem = try #require(singleProblem(family("safety_house:\n  - child: mia\n    red_circle: yes\n")))
        #expect(problem.position == "14:17")
        #expect(problem.keyPath == "safety_house[0].red_circle")
        #expect(problem.message == "a copy the child keeps never shows the red circle of people the child is not safe with")
        #expect(problem.fix?.contains("kept_by: worker") == true)
        let explicit = try #require(singleProblem(family("safety_house:\n  - child: mia\n    red_circle: yes\n    kept_by: child\n")))
        #expect(explicit.keyPath == "safety_house[0].red_circle")
    }

    @Test func theRedCircleIsDrawnOnlyWhenTheWorkersCopyAsks() throws {
        let asked = try CaseFileLoader.parse(family("safety_house:\n  - child: mia\n    red_circle: yes\n    kept_by: worker\n"), file: "mia.yaml")
        #expect(asked.safetyHouses[0].redCircle)
        let notAsked = try CaseFileLoader.parse(family("safety_house:\n  - child: mia\n    kept_by: worker\n"), file: "mia.yaml")
        #expect(!notAsked.safetyHouses[0].redCircle)
        #expect(try CaseFileLoader.parse(family("safety_house:\n  - child: mia\n"), file: "mia.yaml").safetyHouses[0].keptBy == .child)
    }

    @Test func someoneTheChildIsNotSafeWithIsNeverInsideTheHouse() throws {
        let problem = try #require(singleProblem(family("safety_house:\n  - child: mia\n    visits: [mum, tomasz]\n")))
        #expect(problem.position == "14:19")
        #expect(problem.keyPath == "safety_house[0].visits[1]")
        #expect(problem.message == "'tomasz' is marked 'not_safe: yes', and the safe house holds only people the child is safe with")
    }

    @Test func aKeptByThatIsNotAChoiceSuggestsTheNearest() throws {
        let problem = try #require(singleProblem(family("safety_house:\n  - child: mia\n    kept_by: workr\n")))
        #expect(problem.keyPath == "safety_house[0].kept_by")
        #expect(problem.fix == "did you mean 'worker'? (the choices are 'child' and 'worker')")
    }

    @Test func someoneTheChildIsNotSafeWithIsNeverInARing() throws {
        let problem = try #require(singleProblem(family("safety_circles:\n  - child: mia\n    see_a_lot: [tomasz]\n")))
        #expect(problem.position == "14:17")
        #expect(problem.keyPath == "safety_circles[0].see_a_lot[0]")
    }

    @Test func eachPersonSitsInOneRingOnly() throws {
        let problem = try #require(singleProblem(family("safety_circles:\n  - child: mia\n    live_with: [mum]\n    help: [sam, mum]\n")))
        #expect(problem.position == "15:17")
        #expect(problem.keyPath == "safety_circles[0].help[1]")
        #expect(problem.message == "'mum' is already in a closer ring")
    }

    @Test func anUnknownIdInARingSuggestsTheNearest() throws {
        let problem = try #require(singleProblem(family("safety_circles:\n  - child: mia\n    help: [sma]\n")))
        #expect(problem.keyPath == "safety_circles[0].help[0]")
        #expect(problem.fix?.hasPrefix("did you mean 'sam'?") == true)
    }

    @Test func aFairyWizardDrawingMustBeAPicture() throws {
        let problem = try #require(singleProblem(family("fairy_wizard:\n  - child: leo\n    drawings:\n      keep: nana.pdf\n")))
        #expect(problem.keyPath == "fairy_wizard[0].drawings.keep")
        #expect(problem.message.hasPrefix("a drawing must be a PNG or JPEG picture"))
    }

    @Test func withoutTheirOwnSectionTheCirclesComeFromThePeople() throws {
        let file = try CaseFileLoader.parse(family(""), file: "mia.yaml")
        let circles = file.safetyCircles(for: "mia")
        #expect(circles.liveWith.isEmpty)
        #expect(circles.seeALot == ["mum"], "family the child is safe with; never tomasz")
        #expect(circles.help == ["sam"])
    }

    @Test func theLatestScoreIsTheOneOnTheLatestDate() throws {
        let file = try CaseFileLoader.parse(family("""
        scales:
          - { who: mia, score: 3, date: 2026-01-10 }
          - { who: mia, score: 8, date: 2026-03-10 }
          - { who: mia, score: 5, date: 2026-02-10 }

        """), file: "mia.yaml")
        #expect(file.latestScore(of: "mia")?.score == 8)
    }
}
