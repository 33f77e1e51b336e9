import HearthLooks
import Testing
@testable import HearthModel

/// Pictures written in plain words (`nanna: {hugs: ruby}`, `mum: {in: bed}`, `where: kitchen`): what they
/// decode to, and the errors for words Hearth cannot draw, each with its line, column and a did-you-mean.
@Suite("Pictures in plain words")
struct ScenePlainWordsTests {
    /// Mia and Leo (lines 1–7), Mum and Nana (8–13); `rest` starts on line 14.
    private func withFamily(_ rest: String) -> String {
        withChildren("people:\n  - id: mum\n    name: Anna Kowalska\n  - id: nana\n    name: Jean Kowalska\n    called: Nana\n") + rest
    }

    private func picture(_ yaml: String) throws -> SceneDescription {
        let file = try CaseFileLoader.parse(withFamily(yaml), file: "mia.yaml")
        return try #require(file.pictures["p"])
    }

    @Test func actionsWithAPartnerPostureAndPlace() throws {
        let scene = try picture("""
        pictures:
          p:
            where: kitchen
            people:
              - nana: { hugs: mia, feeling: loved }
              - mia: loved
              - mum: { in: bed, feeling: poorly }
              - leo: { at: cupboard, feeling: sad }
        """)
        #expect(scene.place == "kitchen")
        let nana = try #require(scene.participant("nana"))
        #expect(nana.action == .hugging && nana.partner == "mia" && nana.feeling == .loved)
        let mum = try #require(scene.participant("mum"))
        #expect(mum.posture == .lying && mum.anchor == "bed" && mum.feeling == .poorly)
        #expect(scene.participant("leo")?.anchor == "cupboard")
        #expect(scene.participant("leo")?.posture == nil)
    }

    @Test func peopleMayBeWrittenAsLinesUnderPeople() throws {
        let scene = try picture("""
        pictures:
          p:
            place: home
            people:
              mum: { sits: sofa, reads_to: leo }
              leo: { sits: sofa }
              mia: happy
        """)
        #expect(scene.people.map(\.ref) == ["mum", "leo", "mia"])
        #expect(scene.participant("mum")?.action == .readingTo)
        #expect(scene.participant("mum")?.posture == .sitting)
        #expect(scene.participant("mum")?.anchor == "sofa")
        // Whoever reads holds a book: it is in the picture.
        #expect(scene.things == ["book"])
    }

    @Test func aPhoneCallReachesSomeoneAwayAndTheWordsGoInTheBubble() throws {
        let scene = try picture("""
        pictures:
          p:
            people:
              - mia: { phones: nana, says: "Nana, please come!" }
        """)
        #expect(scene.participant("mia")?.action == .phoning)
        #expect(scene.participant("mia")?.partner == "nana")
        #expect(scene.things == ["phone"])
        #expect(scene.bubbles.map(\.text) == ["Nana, please come!"])
        #expect(scene.bubbles.first?.speaker == "mia")
    }

    @Test func unknownActionHasDidYouMeanAndPosition() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - nana: { hugz: mia }\n      - mia\n")))
        #expect(problem.position == "17:17")
        #expect(problem.keyPath == "pictures.p.people[0].nana.hugz")
        #expect(problem.message == "'hugz' is not a key Hearth knows here")
        #expect(problem.fix?.hasPrefix("did you mean 'hugs'?") == true)
    }

    @Test func unknownPlaceHasDidYouMeanAndPosition() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - leo: { at: cupbord }\n")))
        #expect(problem.position == "17:20")
        #expect(problem.keyPath == "pictures.p.people[0].leo.at")
        #expect(problem.message == "'cupbord' is not a place Hearth can put someone 'at'")
        #expect(problem.fix?.hasPrefix("did you mean 'cupboard'?") == true)
    }

    @Test func aSeatMustBeSomethingToSitOn() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - mum: { sits: cupboard }\n")))
        #expect(problem.message == "'cupboard' is not a place Hearth can put someone to sit")
    }

    @Test func thePartnerMustBeInThePicture() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - nana: { hugs: lea }\n      - leo\n")))
        #expect(problem.position == "17:23")
        #expect(problem.message == "'lea' is not in this picture")
        #expect(problem.fix == "did you mean 'leo'? (the people in this picture are 'leo')")
    }

    @Test func someoneInTheCaseButNotInThePictureIsNamed() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - nana: { carries: leo }\n")))
        #expect(problem.message == "'leo' is not in this picture")
        #expect(problem.fix == "add 'leo' to the picture's 'people:'")
    }

    @Test func twoActionsAreAnError() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    people:\n      - nana: { hugs: mia, reads_to: leo }\n      - mia\n      - leo\n")))
        #expect(problem.message == "'reads_to' and 'hugs' are two actions; a person does one thing in a picture")
    }

    @Test func whereAndPlaceTogetherAreAnError() throws {
        let problem = try #require(singleProblem(withFamily("pictures:\n  p:\n    place: home\n    where: kitchen\n    people: [mia]\n")))
        #expect(problem.message == "'where' and 'place' say the same thing")
    }

    @Test func aBabysMonthsAreRead() throws {
        let file = try CaseFileLoader.parse("""
        children:
          - id: kai
            name: Kai Example
            age_months: 4
          - id: ivy
            name: Ivy Example
            age_months: 8
          - id: max
            name: Max Example
            age_months: 14
        """, file: "kai.yaml")
        let kai = try #require(file.children.first)
        #expect(kai.ageMonths == 4 && kai.age == 0 && kai.liesDown && kai.looks.age == .baby)
        #expect(file.children[1].liesDown == false && file.children[1].looks.age == .baby)
        #expect(file.children[2].looks.age == .toddler && file.children[2].age == 1)
    }
}
