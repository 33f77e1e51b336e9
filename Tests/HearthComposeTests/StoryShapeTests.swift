import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// The shape of a story a child can follow: its length by age, its order, who counts as family, and lead-ins that
/// never double what the practitioner wrote.
struct StoryShapeTests {
    let compose = WordsAndPicturesComposerTests()

    static func caseText(age: Int, rules: Int, extra: String = "") -> String {
        var yaml = """
            children:
              - { id: mia, name: Mia Stone, called: Mia, age: \(age) }
            people:
              - { id: mum, name: Kay Stone, called: Mummy, relation: mum, network: yes }
              - { id: dad, name: Lee Stone, called: Daddy, relation: dad, not_safe: yes }
              - { id: nan, name: Jo Stone, called: Nanna Jo, relation: nan (Mummy's mum), network: yes }
              - { id: pat, name: Pat Green, called: Pat, relation: neighbour, network: yes }
              - { id: fc, name: Ann Bell, called: Ann, role: foster-carer }
              - { id: sam, name: Sam Jones, called: Sam, relation: social worker, role: social-worker }
            map:
              harm:
                - { text: Harm., child: Mia saw Daddy hurt Mummy. }
              worries:
                - { text: Worry., child: "Sam is worried Daddy could hurt Mummy again.", worried: [sam] }

            """
        yaml += "safety_plan:\n  rules:\n"
        for i in 0..<rules {
            yaml += "    - { rule: Rule \(i)., child: Rule number \(i) keeps Mia safe., who: [mum] }\n"
        }
        return yaml + extra
    }

    @Test(arguments: [(3, 10), (4, 10), (5, 14), (8, 14), (9, 18), (12, 18), (13, 20), (16, 20)])
    func theBudgetFollowsTheYoungestReader(age: Int, pages: Int) throws {
        let file = try CaseFileLoader.parse(Self.caseText(age: age, rules: 1), file: "case.yaml")
        #expect(PageBudget(caseFile: file).pages == pages)
    }

    @Test func aBabyInTheStoryDoesNotSetTheBudgetAndStoryPagesDoes() throws {
        let yaml = """
            children:
              - { id: kai, name: Kai Lin, age: 0 }
              - { id: mei, name: Mei Lin, age: 6 }

            """
        #expect(PageBudget(caseFile: try CaseFileLoader.parse(yaml, file: "c.yaml")).pages == 14)
        let set = try CaseFileLoader.parse(yaml + "story: { pages: 9 }\n", file: "c.yaml")
        #expect(PageBudget(caseFile: set) == PageBudget(pages: 9, reason: "story.pages"))
    }

    @Test func rulesShareAStoryboardOnlyWhenTheStoryIsTooLong() throws {
        // Aged 9, eight rules fit in 18 pages: a page each.
        let roomy = try compose.booklet(Self.caseText(age: 9, rules: 8))
        #expect(roomy.pages.filter { $0.section == .rules }.count == 8)
        #expect(roomy.pages.allSatisfy { $0.panels.isEmpty })
        // Aged 4, ten pages: the eight rules become storyboards of at most six panels, each keeping its words.
        let short = try compose.booklet(Self.caseText(age: 4, rules: 8))
        let boards = short.pages.filter { $0.section == .rules }
        #expect(boards.map(\.panels.count) == [4, 4])
        #expect(boards.flatMap(\.panels).map { $0.sentences[0].text } == (0..<8).map { "Rule number \($0) keeps Mia safe." })
        #expect(boards.flatMap(\.panels).allSatisfy { $0.scene != nil })
        #expect(short.pages.count <= 10)
    }

    @Test func aChildFollowsWhatHappenedBeforeTheWorries() throws {
        let b = try compose.booklet(Self.caseText(age: 7, rules: 1))
        let sections = b.pages.map(\.section).reduce(into: [BookletSection]()) { if $0.last != $1 { $0.append($1) } }
        #expect(sections == [.cover, .family, .whatHappened, .whoIsWorried, .worries, .rules, .network, .close, .review])
    }

    @Test func aPractitionerCanReorderSections() throws {
        #expect(BookletSection.ordered([.worries, .whatHappened]).prefix(6) == [.cover, .family, .history, .worries, .whoIsWorried, .whatHappened])
        let b = try compose.booklet(Self.caseText(age: 7, rules: 1, extra: "story: { order: [worries, what_happened] }\n"))
        let sections = b.pages.map(\.section)
        let worries = try #require(sections.firstIndex(of: .worries))
        let happened = try #require(sections.firstIndex(of: .whatHappened))
        #expect(worries < happened)
    }

    @Test func familyIsARelationshipNotTheAbsenceOfARole() throws {
        let b = try compose.booklet(Self.caseText(age: 7, rules: 1))
        let family = try #require(b.pages.first { $0.section == .family })
        // Mummy, Daddy (not safe, still family), Nanna Jo and Ann the foster carer; never Pat the neighbour or Sam.
        #expect(family.sentences.first?.text == "This is Mia’s family: Mummy, Daddy, Nanna\u{00A0}Jo and Ann.")
        let file = try CaseFileLoader.parse(Self.caseText(age: 7, rules: 1), file: "case.yaml")
        #expect(file.people.map(\.isFamily) == [true, true, true, false, true, false])
        let friend = Person(id: "x", name: "X", relation: "Mum's friend")
        #expect(!friend.isFamily)
        var saidNo = Person(id: "d", name: "D", relation: "dad")
        saidNo.family = false
        #expect(!saidNo.isFamily)
    }

    @Test(arguments: [
        ("I did not hurt him.", LeadIn.quoted),
        ("Leo fell off the sofa.", LeadIn.reported),
        ("Tata Łukasz says Leo fell.", LeadIn.none),
        ("The judge decided Leo stays with Nana.", LeadIn.none),
        ("The doctors think it happened another way.", LeadIn.none),
    ])
    func aLeadInNeverDoublesWhatIsWritten(text: String, leadIn: LeadIn) {
        #expect(LeadIn.choose(for: text, speaker: ["Tata Łukasz", "the judge", "The doctor"]) == leadIn)
    }
}

/// A page that says "again" before the story has told what happened is worth a second look.
struct EventOrderCheckTests {
    @Test func againBeforeWhatHappenedIsFlaggedOnlyWhenReordered() throws {
        let usual = try CaseFileLoader.parse(StoryShapeTests.caseText(age: 7, rules: 1), file: "case.yaml")
        #expect(EventOrderCheck(caseFile: usual).findings().isEmpty)
        let reordered = try CaseFileLoader.parse(
            StoryShapeTests.caseText(age: 7, rules: 1, extra: "story: { order: [worries, what_happened] }\n"), file: "case.yaml")
        let found = EventOrderCheck(caseFile: reordered).findings()
        #expect(found.map(\.keyPath) == ["map.worries[0]"])
        #expect(found.first?.location?.line == 14)
    }
}

/// The safety messages a child needs, each once: one 999 message, and what happens if the plan is not working.
struct SafetyMessageTests {
    static let yaml = """
        children:
          - { id: amira, name: Amira, age: 7 }
        people:
          - { id: mum, name: Samia, called: Mummy, relation: mum, network: yes }
          - { id: nan, name: Pat, called: Nanna Pat, relation: nan, network: yes }
        safety_plan:
          rules:
            - { rule: Rule., child: "If anyone is hurt, a grown-up phones 999.", who: [mum] }
          if_not_working:
            - { text: Nan comes., child: "If the plan is not working, Nanna Pat will come." }
            - Ellie calls the network together.
          talk_to:
            - { who: mum, how: Tell Mummy }
            - { how: "If someone is hurt, phone 999", phone: "999" }

        """

    @Test func a999MessageSaidTwiceIsWorthASecondLook() throws {
        let found = try LintFixture.findings(Self.yaml).filter { $0.message.contains("999") }
        #expect(found.map(\.keyPath) == ["safety_plan.talk_to[1]"])
        #expect(found.first?.message.contains("safety_plan.rules[0] (line 8)") == true)
    }

    @Test func whatHappensIfThePlanIsNotWorkingIsOnTheTalkToPageInTheChildsWords() throws {
        let b = try WordsAndPicturesComposerTests().booklet(Self.yaml)
        let page = try #require(b.pages.first { $0.section == .talkTo })
        #expect(page.sentences.map(\.text).last == "If the plan is not working, Nanna\u{00A0}Pat will come.")
        // Words only for the grown-ups ("Ellie calls the network together") are not printed, and not a problem.
        #expect(!b.pages.flatMap(\.allSentences).contains { $0.text.contains("Ellie") })
        #expect(ChildFacingCheck(caseFile: try CaseFileLoader.parse(Self.yaml, file: "c.yaml")).missingChildWording(in: b).isEmpty)
    }
}

/// The family's voice: the cover names who wrote the story, each parent's own words are on the last page, and the
/// story can end with a page they sign.
struct FamilyVoiceTests {
    static let yaml = StoryShapeTests.caseText(age: 7, rules: 1, extra: """
        story:
          written_by: [mum, sam]
          messages:
            mum: I love you. None of this is your fault.
            nan: Nanna Jo loves you to the moon.
            mia: I was brave and I told Sam.
          agree_page: yes

        """)

    @Test func theCoverSaysWhoWroteTheStory() throws {
        let b = try WordsAndPicturesComposerTests().booklet(Self.yaml)
        #expect(b.pages.first?.sentences.map(\.text) == ["Written by Mummy and Sam"])
    }

    @Test func eachParentsOwnWordsAreOnTheLastPageAsWritten() throws {
        let b = try WordsAndPicturesComposerTests().booklet(Self.yaml)
        let close = try #require(b.pages.first { $0.section == .close })
        #expect(Array(close.sentences.map(\.text).prefix(2)) == [
            "Mummy says: “I love you. None of this is your fault.”",
            "Nanna\u{00A0}Jo loves you to the moon.",
        ])
        #expect(close.sentences[0].location?.line == 21)
        // The child's own words, where recorded, have the same slot.
        #expect(close.sentences[2].text == "Mia says: “I was brave and I told Sam.”")
        // A practitioner's own last page keeps them too.
        let written = try WordsAndPicturesComposerTests().booklet(Self.yaml + "pages:\n  close:\n    text: [It is not Mia's fault.]\n")
        let page = try #require(written.pages.first { $0.section == .close })
        #expect(page.sentences.map(\.text).count == 4)
        #expect(page.sentences.last?.text == "It is not Mia’s fault.")
    }

    @Test func theSigningPageHasALineForEachAuthorAndChildAndIsNotCounted() throws {
        let b = try WordsAndPicturesComposerTests().booklet(Self.yaml)
        let last = try #require(b.pages.last)
        #expect(last.section == .agree)
        #expect(last.signatures == ["Mummy", "Sam", "Mia"])
        #expect(last.sentences.map(\.text) == ["We agree this is Mia’s story."])
        #expect(PageBudget.counted(b.pages) == b.pages.count - 1)
        let without = try WordsAndPicturesComposerTests().booklet(StoryShapeTests.caseText(age: 7, rules: 1))
        #expect(!without.pages.contains { $0.section == .agree })
    }
}

/// The first time a young child meets someone in a role, a sentence says what their job is.
struct RoleIntroductionTests {
    @Test func aJobIsSaidOnceWhereThePersonFirstAppears() throws {
        let b = try WordsAndPicturesComposerTests().booklet(StoryShapeTests.caseText(age: 7, rules: 1))
        let said = b.pages.flatMap { page in page.sentences.filter { $0.text.contains("job is") || $0.text.contains("looks after children") }.map { (page.section, $0.text) } }
        // Sam the social worker is first in the picture of who is worried; Ann the foster carer on the family page.
        #expect(said.map(\.0) == [.family, .whoIsWorried])
        #expect(said.map(\.1) == [
            "A foster carer looks after children when they can’t live at home for a while.",
            "A social worker’s job is to help families keep children safe.",
        ])
    }

    @Test func aTeenagerIsNotToldAndAJobAlreadySaidIsNotRepeated() throws {
        let teen = try WordsAndPicturesComposerTests().booklet(StoryShapeTests.caseText(age: 14, rules: 1))
        #expect(!teen.pages.flatMap(\.sentences).contains { $0.text.contains("job is") })
        let said = try WordsAndPicturesComposerTests().booklet(StoryShapeTests.caseText(
            age: 7, rules: 1, extra: "pages:\n  family:\n    text: [Sam is a social worker. Ann is a foster carer.]\n"))
        #expect(!said.pages.flatMap(\.sentences).contains { $0.text.contains("job is") || $0.text.contains("looks after children") })
    }
}

/// Where someone may be hurt, the child hears it is not their job to stop it, and where to go.
struct SafePlaceTests {
    @Test func theSafePlaceAndNotYourJobComeFirstOnTheTalkToPage() throws {
        let yaml = SafetyMessageTests.yaml + "  safe_place: { text: Amira goes to her room., child: Amira goes to her room and closes the door. }\n"
        let b = try WordsAndPicturesComposerTests().booklet(yaml)
        let page = try #require(b.pages.first { $0.section == .talkTo })
        #expect(Array(page.sentences.map(\.text).prefix(2)) == [
            "If someone is being hurt, it is not Amira’s job to stop it.", "Amira goes to her room and closes the door.",
        ])
    }

    @Test func aCaseWithSomeoneNotSafeAndNoSafePlaceIsWorthASecondLook() throws {
        let yaml = StoryShapeTests.caseText(age: 7, rules: 1) + "output: { documents: [words-and-pictures] }\n"
        let found = try LintFixture.findings(yaml).filter { $0.keyPath == "safety_plan.safe_place" }
        #expect(found.count == 1)
        #expect(found.first?.location?.line == 1)
    }
}
