import HearthLooks
import Testing
@testable import HearthModel

@Suite("Pictures described in words")
struct SceneTests {
    private func location(_ line: Int, _ column: Int, file: String = "mia.yaml") -> HearthModel.SourceLocation {
        HearthModel.SourceLocation(file: file, line: line, column: column)
    }

    /// Children `mia` and `leo` (lines 1–7), person `mum` (lines 8–10); `rest` starts on line 11.
    private func withFamily(_ rest: String) -> String {
        withChildren("people:\n  - id: mum\n    name: Anna Kowalska\n") + rest
    }

    // MARK: Valid pictures

    @Test func fullFixturePictureDecodesToExactValues() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        #expect(file.pictureNames == ["at_hospital"])
        #expect(file.pictures["at_hospital"] == SceneDescription(
            place: "hospital",
            people: [
                SceneParticipant(ref: "leo", feeling: .poorly, location: location(74, 9)),
                SceneParticipant(ref: "mum", feeling: .worried, location: location(75, 9)),
                SceneParticipant(ref: "doctor", role: .doctor, location: location(76, 9)),
                SceneParticipant(ref: "mia", feeling: .sad, action: .holdingHands, crying: true, location: location(77, 9)),
            ],
            things: ["bed"],
            bubbles: [
                BubbleDescription(speaker: "mum", text: "Leo is poorly", location: location(83, 12)),
                BubbleDescription(speaker: "mia", text: "I want to go home", thought: true, location: location(85, 12)),
            ],
            location: location(72, 5)))
    }

    @Test func jsonPictureDecodesLikeYAML() throws {
        func withoutLocations(_ scene: SceneDescription?) -> SceneDescription? {
            guard var scene else { return nil }
            scene.location = nil
            scene.people = scene.people.map { var person = $0; person.location = nil; return person }
            scene.bubbles = scene.bubbles.map { var bubble = $0; bubble.location = nil; return bubble }
            return scene
        }
        let fromYAML = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        let fromJSON = try CaseFileLoader.parse(Fixtures.json, file: "mia.json")
        #expect(withoutLocations(fromJSON.pictures["at_hospital"]) == withoutLocations(fromYAML.pictures["at_hospital"]))
    }

    @Test func flowFormFromTheDesign() throws {
        let file = try CaseFileLoader.parse(withFamily("""
        pictures:
          at_hospital:
            place: hospital
            people: [leo: poorly, mum: worried, doctor]
            things: [bed]
            say: { mum: "Leo is poorly" }
            think: { leo: "I want to go home" }
          at_school: { place: school, people: [mia: happy, teacher: talking] }
        """), file: "mia.yaml")
        #expect(file.pictureNames == ["at_hospital", "at_school"])
        let hospital = try #require(file.pictures["at_hospital"])
        #expect(hospital.people.map(\.ref) == ["leo", "mum", "doctor"])
        #expect(hospital.people.map(\.feeling) == [.poorly, .worried, nil])
        #expect(hospital.people.map(\.role) == [nil, nil, .doctor])
        #expect(hospital.people.map(\.location) == [location(14, 14), location(14, 27), location(14, 41)])
        #expect(hospital.bubbles == [
            BubbleDescription(speaker: "mum", text: "Leo is poorly", location: location(16, 17)),
            BubbleDescription(speaker: "leo", text: "I want to go home", thought: true, location: location(17, 19)),
        ])
        #expect(hospital.participant("doctor")?.role == .doctor)
        let school = try #require(file.pictures["at_school"])
        #expect(school.place == "school")
        #expect(school.people == [
            SceneParticipant(ref: "mia", feeling: .happy, location: location(18, 40)),
            SceneParticipant(ref: "teacher", role: .teacher, action: .talking, location: location(18, 52)),
        ])
        #expect(file.looks(of: "teacher")?.role == .teacher)
    }

    @Test func actionCryingMeansTears() throws {
        let file = try CaseFileLoader.parse(withFamily("pictures:\n  sad:\n    people: [leo: crying, {who: mia, action: crying, crying: no}]\n"), file: "t.yaml")
        #expect(file.pictures["sad"]?.people.map(\.crying) == [true, false])
        #expect(file.pictures["sad"]?.people.map(\.action) == [.crying, .crying])
    }

    @Test func idsWinOverRoleWords() throws {
        let file = try CaseFileLoader.parse(
            withChildren("people:\n  - id: doctor\n    name: Dr Patel\n    role: doctor\npictures:\n  visit:\n    people: [doctor]\n"),
            file: "t.yaml")
        #expect(file.pictures["visit"]?.people.first?.role == nil)
        #expect(file.looks(of: "doctor") == file.person(id: "doctor")?.looks)
    }

    @Test func bubbleWordsAreVerbatimApartFromFolding() throws {
        let file = try CaseFileLoader.parse(withFamily("""
        pictures:
          kitchen:
            people: [mum]
            say:
              mum: >
                  Tea  is
                  ready,   Leo!
        """), file: "t.yaml")
        #expect(file.pictures["kitchen"]?.bubbles.map(\.text) == ["Tea  is ready,   Leo!"])
    }

    @Test func twelveWordsFit() throws {
        let twelve = (1...12).map { "w\($0)" }.joined(separator: " ")
        let file = try CaseFileLoader.parse(withFamily("pictures:\n  p:\n    people: [mum]\n    say: {mum: \(twelve)}\n"), file: "t.yaml")
        #expect(file.pictures["p"]?.bubbles.first?.text == twelve)
    }

    @Test func noPicturesIsAnEmptyMap() throws {
        #expect(try CaseFileLoader.parse(Fixtures.minimal, file: "t.yaml").pictures.isEmpty)
        #expect(try CaseFileLoader.parse(Fixtures.minimal + "\npictures: ~\n", file: "t.yaml").pictures.isEmpty)
    }

    // MARK: Public entry point

    @Test func parseSceneChecksAgainstTheCase() throws {
        let caseFile = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        let scene = try CaseFileLoader.parseScene(
            "place: park\npeople: [mia: happy, tomasz, police]\nsay: {police: Hello}\n", file: "page.yaml", in: caseFile)
        #expect(scene == SceneDescription(
            place: "park",
            people: [
                SceneParticipant(ref: "mia", feeling: .happy, location: location(2, 10, file: "page.yaml")),
                SceneParticipant(ref: "tomasz", location: location(2, 22, file: "page.yaml")),
                SceneParticipant(ref: "police", role: .police, location: location(2, 30, file: "page.yaml")),
            ],
            bubbles: [BubbleDescription(speaker: "police", text: "Hello", location: location(3, 15, file: "page.yaml"))],
            location: location(1, 1, file: "page.yaml")))
    }

    @Test func parseSceneReportsEveryProblemWithRelativePaths() {
        do {
            let caseFile = CaseFile(children: [Child(id: "mia", name: "Mia")], people: [Person(id: "mum", name: "Anna")])
            _ = try CaseFileLoader.parseScene("people: [mai, mum: hapy]\nthink: {dad: hmm}\n", file: "page.yaml", in: caseFile)
            Issue.record("expected problems")
        } catch {
            #expect(error.diagnostics.map(\.keyPath) == ["people[0]", "people[1].mum", "think.dad"])
            #expect(error.diagnostics.map(\.position) == ["1:10", "1:20", "2:9"])
            #expect(error.diagnostics.first?.fix?.hasPrefix("did you mean 'mia'?") == true)
        }
    }

    @Test func parseSceneRefusesEmptyText() {
        #expect(throws: CaseFileError.self) {
            try CaseFileLoader.parseScene("", file: "page.yaml", in: CaseFile(children: []))
        }
        #expect(throws: CaseFileError.self) {
            try CaseFileLoader.parseScene("place: [", file: "page.yaml", in: CaseFile(children: []))
        }
    }

    // MARK: Problems

    @Test func unknownPersonSuggestsNearestAndListsIds() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [lo]\n")))
        #expect(problem.position == "13:14")
        #expect(problem.keyPath == "pictures.p.people[0]")
        #expect(problem.message == "there is no child or person with the id 'lo'")
        #expect(problem.fix == "did you mean 'leo'? (the ids are 'leo', 'mia' and 'mum'; for someone not in the case, use a role word: 'doctor', 'judge', 'nurse', 'police', 'social-worker' and 'teacher')")
    }

    @Test func unknownPersonWithNoNearIdSaysHowToAddThem() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - grandad\n")))
        #expect(problem.position == "14:9")
        #expect(problem.fix == "add them under 'people:' with 'id: grandad' (the ids are 'leo', 'mia' and 'mum'; for someone not in the case, use a role word: 'doctor', 'judge', 'nurse', 'police', 'social-worker' and 'teacher')")
    }

    @Test func roleWordTypoSuggestsTheRole() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [docter]\n")))
        #expect(problem.fix?.hasPrefix("did you mean 'doctor'?") == true)
    }

    @Test func fosterCarerIsNotAStrangerRole() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [foster-carer]\n")))
        #expect(problem.message == "there is no child or person with the id 'foster-carer'")
    }

    @Test func unknownPersonInLongForm() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - who: mumm\n        feeling: sad\n")))
        #expect(problem.position == "14:14")
        #expect(problem.keyPath == "pictures.p.people[0].who")
        #expect(problem.fix?.hasPrefix("did you mean 'mum'?") == true)
    }

    @Test func bubbleForSomeoneNotInTheScene() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [leo]\n    say:\n      mum: Time for bed\n")))
        #expect(problem.position == "15:7")
        #expect(problem.keyPath == "pictures.p.say.mum")
        #expect(problem.message == "'mum' is not in this picture, so cannot have a speech bubble")
        #expect(problem.fix == "add 'mum' to the picture's 'people:' list, or give the words to someone in it ('leo')")
    }

    @Test func bubbleKeyTypoSuggestsSomeoneInTheScene() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [leo, mum]\n    think:\n      loe: I am sad\n")))
        #expect(problem.keyPath == "pictures.p.think.loe")
        #expect(problem.message == "'loe' is not in this picture, so cannot have a thought bubble")
        #expect(problem.fix == "did you mean 'leo'? (the people in this picture are 'leo' and 'mum')")
    }

    @Test func bubbleInAPictureWithNoPeople() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    place: home\n    say: {mum: Hello}\n")))
        #expect(problem.position == "14:11")
        #expect(problem.fix == "add 'mum' to the picture's 'people:' list")
    }

    @Test func tooLongBubble() throws {
        let words = "I am going to stay with Nana for a little while until Mum is better"
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [mum]\n    say:\n      mum: \(words)\n")))
        #expect(problem.position == "15:12")
        #expect(problem.keyPath == "pictures.p.say.mum")
        #expect(problem.message == "this speech bubble has 15 words; a bubble holds at most 12")
        #expect(problem.fix == "keep bubble words short; put the rest in the page's sentences")
    }

    @Test func emptyBubble() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [mum]\n    say:\n      mum: \"  \"\n")))
        #expect(problem.position == "15:12")
        #expect(problem.message == "the speech bubble is empty")
        #expect(problem.fix == "write it after the key, e.g. 'mum: Hello', or delete the line")
    }

    @Test func numberInABubbleMustBeQuoted() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [mum]\n    say: {mum: 42}\n")))
        #expect(problem.position == "14:16")
        #expect(problem.message == "expected the speech bubble written as text, found the number 42")
        #expect(problem.fix == "if you mean the text, put it in quotes: \"42\"")
    }

    @Test func badFeelingInShortForm() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [leo: sadd]\n")))
        #expect(problem.position == "13:19")
        #expect(problem.keyPath == "pictures.p.people[0].leo")
        #expect(problem.message == "'sadd' is not a feeling or an action Hearth can draw")
        #expect(problem.fix == "did you mean 'sad'? (the feelings are 'angry', 'asleep', 'brave', 'calm', 'confused', 'happy', 'hungry', 'lonely', 'loved', 'poorly', 'proud', 'sad', 'safe', 'scared', 'tired' and 'worried'; the actions are 'carrying', 'comforting', 'crying', 'giving', 'hand-on-shoulder', 'holding-hands', 'hugging', 'kneeling', 'lying-in-bed', 'on-lap', 'phoning', 'reading-to', 'sitting', 'standing', 'talking' and 'walking')")
    }

    @Test func badFeelingAndActionInLongForm() {
        let found = problems(withFamily("""
        pictures:
          p:
            people:
              - who: leo
                feeling: scarred
                action: lying in bed
                crying: maybe
        """))
        #expect(found.map(\.keyPath) == ["pictures.p.people[0].feeling", "pictures.p.people[0].action", "pictures.p.people[0].crying"])
        #expect(found.map(\.position) == ["15:18", "16:17", "17:17"])
        #expect(found.map(\.message) == [
            "'scarred' is not one of the choices for a feeling",
            "'lying in bed' is not one of the choices for an action",
            "expected yes or no for crying, found the text 'maybe'",
        ])
        #expect(found.map(\.fix) == [
            "did you mean 'scared'? (the choices are 'angry', 'asleep', 'brave', 'calm', 'confused', 'happy', 'hungry', 'lonely', 'loved', 'poorly', 'proud', 'sad', 'safe', 'scared', 'tired' and 'worried')",
            "did you mean 'lying-in-bed'? (the choices are 'carrying', 'comforting', 'crying', 'giving', 'hand-on-shoulder', 'holding-hands', 'hugging', 'kneeling', 'lying-in-bed', 'on-lap', 'phoning', 'reading-to', 'sitting', 'standing', 'talking' and 'walking')",
            "write 'yes' or 'no'",
        ])
    }

    @Test func longFormKeyTypo() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - who: leo\n        feelin: sad\n")))
        #expect(problem.position == "15:9")
        #expect(problem.keyPath == "pictures.p.people[0].feelin")
        #expect(problem.fix == "did you mean 'feeling'? (the keys allowed in someone in a picture are 'action', 'at', 'carries', 'comforts', 'crying', 'feeling', 'gives', 'hand_on_shoulder', 'holds', 'holds_hands', 'hugs', 'in', 'kneels', 'lies', 'on', 'phones', 'reads_to', 'says', 'sits', 'sits_on_lap', 'talks_to', 'thinks', 'walks', 'wears' and 'who')")
    }

    @Test func twoPeopleInOneEntry() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - leo: poorly\n        mum: worried\n")))
        #expect(problem.position == "14:9")
        #expect(problem.keyPath == "pictures.p.people[0]")
        #expect(problem.message == "expected one person, found 2 written together ('leo: …', 'mum: …')")
    }

    @Test func samePersonTwice() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - mum\n      - mum: sad\n")))
        #expect(problem.position == "15:9")
        #expect(problem.keyPath == "pictures.p.people[1]")
        #expect(problem.message == "'mum' is already in this picture on line 14")
        #expect(problem.fix == "list each person once: delete one of them")
    }

    @Test func sameRoleTwiceNeedsIds() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: [police, police]\n")))
        #expect(problem.message == "'police' is already in this picture")
        #expect(problem.fix == "list each person once; to draw two people in the role 'police', add them under 'people:' at the top level with their own ids")
    }

    @Test func sceneKeyTypo() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    peple: [mum]\n")))
        #expect(problem.position == "13:5")
        #expect(problem.keyPath == "pictures.p.peple")
        #expect(problem.fix == "did you mean 'people'? (the keys allowed in a picture are 'decided', 'not', 'one_day', 'people', 'place', 'say', 'things', 'think', 'where' and 'worry')")
    }

    @Test func pictureNameAndShapeProblems() {
        let found = problems(withFamily("""
        pictures:
          at home:
            place: home
          nothing:
          blank: {}
          listed: [mum]
          p:
            place: police car
            things: bed
        """))
        #expect(found.map(\.keyPath) == [
            "pictures.at home", "pictures.nothing", "pictures.blank", "pictures.listed", "pictures.p.place", "pictures.p.things",
        ])
        #expect(found.map(\.position) == ["12:3", "14:3", "15:10", "16:11", "18:12", "19:13"])
        #expect(found.map(\.message) == [
            "a picture's name must be one word without spaces, found 'at home'",
            "the picture 'nothing' is empty",
            "this picture is empty",
            "expected a picture, written as lines like 'place: hospital' and 'people: [leo, mum]', found a list",
            "the place must be one word without spaces, found 'police car'",
            "expected a list of things, found the text 'bed'",
        ])
        #expect(found.first?.fix == "join the words, e.g. 'at_home:'")
        #expect(found.last?.fix == "put the things in square brackets, e.g. 'things: [bed, phone]'")
    }

    @Test func picturesWrittenAsAList() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  - place: home\n")))
        #expect(problem.keyPath == "pictures")
        #expect(problem.message == "expected named pictures, written as a name such as 'at_hospital:' with the picture's lines under it, found a list")
    }

    @Test func bubblesAreNotCheckedAgainstAnUnreadablePeopleList() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people: mum\n    say: {mum: Hi}\n")))
        #expect(problem.keyPath == "pictures.p.people")
    }

    @Test func referencesAreNotCheckedWhenPeopleAreUnreadable() throws {
        let problem = try #require(singleProblem(withChildren("people: mum\npictures:\n  p:\n    people: [mum]\n")))
        #expect(problem.keyPath == "people")
    }

    /// Whatever is done to a picture's text, parsing returns a scene or problems with sane positions.
    @Test func mutatedScenesNeverCrash() throws {
        let caseFile = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        let source = """
        place: hospital
        people:
          - leo: poorly
          - {who: mia, feeling: sad, action: holding-hands, crying: yes}
          - doctor
          - mum: worried
        things: [bed, phone]
        say: {mum: "Leo is poorly", doctor: Hello}
        think:
          leo: I want to go home
        """
        #expect(try CaseFileLoader.parseScene(source, file: "page.yaml", in: caseFile).people.count == 4)
        var random = RobustnessTests.SeededGenerator(state: 47)
        var accepted = 0
        for _ in 0..<300 {
            var characters = Array(source)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let position = Int.random(in: 0...characters.count, using: &random)
                if Bool.random(using: &random), position < characters.count {
                    characters.remove(at: position)
                } else {
                    characters.insert(contentsOf: RobustnessTests.yamlAlphabet.randomElement(using: &random) ?? "", at: position)
                }
            }
            let text = String(characters)
            let lineCount = text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count + 1
            do {
                _ = try CaseFileLoader.parseScene(text, file: "page.yaml", in: caseFile)
                accepted += 1
            } catch {
                #expect(!error.diagnostics.isEmpty)
                for diagnostic in error.diagnostics {
                    #expect(!diagnostic.message.isEmpty)
                    if let location = diagnostic.location {
                        #expect(location.line >= 1 && location.line <= lineCount + 1, "\(text.debugDescription)")
                        #expect(location.column >= 1)
                    }
                }
            }
        }
        #expect(accepted > 10)
    }

    @Test func aPersonWithOtherProblemsStillCountsForPictures() {
        let found = problems(withChildren("people:\n  - id: mum\n    name: Anna\n    role: nurze\npictures:\n  p:\n    people: [mum]\n"))
        #expect(found.map(\.keyPath) == ["people[0].role"])
    }
}
