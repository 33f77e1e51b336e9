import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// The story's sections from small cases, read as text.
struct WordsAndPicturesComposerTests {
    func composer() throws -> WordsAndPicturesComposer {
        WordsAndPicturesComposer(strings: try StringsCatalogue.load(
            language: "en-GB", from: ThreeHousesComposerTests.stringsFolder))
    }

    func booklet(_ yaml: String) throws -> Booklet {
        let file = try CaseFileLoader.parse(yaml, file: "case.yaml")
        return try composer().booklet(for: file, file: "case.yaml")
    }

    /// Section, then each sentence, one per line: the story as a reader meets it.
    func dump(_ b: Booklet) -> String {
        b.pages.map { p in
            ([p.section.rawValue + (p.heading.map { " — \($0)" } ?? "")] + p.sentences.map { "  " + $0.text }).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static let base = """
        case: { author: Sam Jones }
        story: { children: [mia, leo], date: 2026-03-20, review: 2026-06-19 }
        children:
          - { id: mia, name: Mia Stone, called: Mia, age: 7 }
          - { id: leo, name: Leo Stone, called: Leo, age: 4 }
        people:
          - { id: mum, name: Kay Stone, called: Mummy, relation: mum, network: yes }
          - { id: sam, name: Sam Jones, called: Sam, relation: social worker, role: social-worker }

        """

    @Test func sectionsComeInOrderAndEmptyOnesAreSkipped() throws {
        let b = try booklet(Self.base + """
            map:
              worries:
                - text: Sam is worried that Mum may drink again.
                  child: Sam is worried that Mummy might get poorly again.
                  worried: [sam]
              working_well: [{ text: Mum walks them to school., child: Mummy takes us to school. }]
            safety_plan:
              rules:
                - { rule: Mum does not drink when caring., child: Mummy does not drink beer or wine., who: [mum, sam], phone: 07700 900123 }
              network: [{ who: mum, job: Mummy phones Sam every Friday. }]
              talk_to: [{ who: mum, how: tell Mummy }, { how: phone Childline, phone: 0800 1111 }]

            """)
        #expect(b.title == "Mia and Leo’s story")
        #expect(b.metadata.author == "Sam Jones")
        #expect(b.metadata.creationDate == "2026-03-20T00:00:00Z")
        #expect(dump(b) == """
            cover
              Written for Mia and Leo by Sam Jones
            family — My family
              This is Mia and Leo’s family: Mummy.
            who_is_worried — Who is worried
              Sam is worried.
              They want Mia and Leo to be safe.
              A social worker’s job is to help families keep children safe.
            worries — What the grown-ups are worried about
              Sam is worried that Mummy might get poorly again.
            working_well — What is going well
              Mummy takes us to school.
            rules — The rules that keep Mia and Leo safe
              Mummy does not drink beer or wine.
              Mummy and Sam will make sure this happens.
            network — The grown-ups who help
              These grown-ups help keep Mia and Leo safe.
              Mummy phones Sam every Friday.
            talk_to — If Mia and Leo feel worried
              You can:
              tell Mummy
              phone Childline: 0800 1111
            close — Remember
              What happened is not Mia and Leo’s fault.
              All the grown-ups in this story are working together to keep Mia and Leo safe.
            review — Next time
              We will look at this story together again on 19 June 2026.
            """)
        #expect(b.pages.last?.drawingSpace == "Draw your own picture here")
        #expect(b.pages.allSatisfy { $0.section == .review || $0.scene != nil })
    }

    @Test func aDisputeShowsEverySideAndWhoDecided() throws {
        let b = try booklet(Self.base + """
            disputes:
              - about: How Leo's arm was hurt
                says:
                  mum: Leo pulled the pan down himself.
                  doctor: { text: The burn does not match that., child: The doctors think it happened another way. }
                decided: { by: judge, text: The judge decided Leo needs a grown-up watching him. }

            """)
        let page = try #require(b.pages.first { $0.section == .whatHappened })
        #expect(page.sentences.map(\.text).prefix(4) == [
            "How Leo’s arm was hurt",
            // In the third person: no quotation marks, which would put the worker's words in Mummy's mouth.
            "Mummy says: Leo pulled the pan down himself.",
            // Words that already say who says them are printed as written: never "The doctor says: The doctors think".
            "The doctors think it happened another way.",
            "The judge decided Leo needs a grown-up watching him.",
        ])
        #expect(page.scene?.people.map(\.id) == ["mum", "doctor", "judge"])
        // The doctor and the judge are met here first: a young child is told what their jobs are.
        #expect(page.sentences.dropFirst(4).map { $0.text.prefix(9) } == ["A doctor’", "A judge i"])
    }

    @Test func anUndecidedDisputeSaysSoAndEveryRuleNamesEveryoneWhoMakesSure() throws {
        let b = try booklet(Self.base.replacingOccurrences(of: "relation: mum, network: yes }", with: "relation: mum, network: yes }\n  - { id: dad, name: Rob Stone, called: Daddy, relation: dad, not_safe: yes }") + """
            disputes:
              - about: How Leo was hurt
                says: { mum: I do not know., doctor: Someone held him too hard. }
            safety_plan:
              rules:
                - { rule: Daddy does not come to the house., who: [mum, sam] }

            """)
        let dispute = try #require(b.pages.first { $0.section == .whatHappened })
        #expect(dispute.sentences.map(\.text).contains("Nobody has decided yet. The grown-ups are still listening to everyone."))
        let rule = try #require(b.pages.first { $0.section == .rules })
        // Everyone who makes sure is named, family included, even when someone is not safe.
        #expect(rule.sentences.map(\.text).prefix(2) == ["Daddy does not come to the house.", "Mummy and Sam will make sure this happens."])
    }

    @Test func longListsShareAPageOnlyThreeAtATime() throws {
        let b = try booklet(Self.base + """
            map:
              working_well: [One., Two., Three., Four., Five.]

            """)
        #expect(b.pages.filter { $0.section == .workingWell }.map { $0.sentences.map(\.text) } == [
            ["One.", "Two.", "Three."], ["Four.", "Five."],
        ])
        // Four go two and two: no page holds a single line.
        #expect(SectionWriter.chunks(Array(1...4), of: 3) == [[1, 2], [3, 4]])
        #expect(SectionWriter.chunks(Array(1...7), of: 3) == [[1, 2, 3], [4, 5], [6, 7]])
        #expect(SectionWriter.chunks(Array(1...3), of: 3) == [[1, 2, 3]])
        #expect(SectionWriter.chunks([Int](), of: 3).isEmpty)
    }

    @Test func theFamilysOwnWordsAndSkipsWin() throws {
        let b = try booklet(Self.base + """
            map:
              harm: [{ text: Leo was burnt., child: Leo hurt his arm. }]
            pages:
              what_happened: { text: [One night Mummy was very poorly., Leo hurt his arm.] }
              family: { skip: yes }
              close: { skip: yes }

            """)
        #expect(!b.pages.contains { $0.section == .family || $0.section == .close })
        let happened = b.pages.filter { $0.section == .whatHappened }
        #expect(happened.count == 1)
        #expect(happened[0].sentences.map(\.text) == ["One night Mummy was very poorly.", "Leo hurt his arm."])
    }

    @Test func anIdeaWithItsOwnPictureIsNeverDroppedFromAListPage() throws {
        let b = try booklet(Self.base + """
            pictures:
              singing: { people: [mum: happy, mia: happy] }
              school: { place: school, people: [mia: happy] }
            map:
              working_well:
                - { text: Kay sings with the children., child: Mummy and Mia sing at bedtime., picture: singing }
                - { text: Mia goes to school., child: Mia goes to school every day., picture: school }
                - { text: Leo plays., child: Leo loves his cars. }

            """)
        let pages = b.pages.filter { $0.section == .workingWell }
        #expect(pages.map { $0.sentences.map(\.text) } == [
            ["Mummy and Mia sing at bedtime."], ["Mia goes to school every day.", "Leo loves his cars."],
        ])
        #expect(pages.map { $0.scene?.place } == ["home", "school"])
    }

    @Test func ownWordsOnTheReviewPageLeaveItsSpaceForTheChildsDrawing() throws {
        let b = try booklet(Self.base + """
            pages:
              review: { text: [In the summer we will read this story again.] }
              what_grown_ups_did: { text: [Mummy went to the doctor.] }

            """)
        let review = try #require(b.pages.first { $0.section == .review })
        #expect(review.sentences.map(\.text) == ["In the summer we will read this story again."])
        #expect(review.scene == nil, "the review page's space is for the child's own drawing")
        #expect(review.drawingSpace != nil)
        // A section that had nothing of its own still gets the children as its picture.
        let did = try #require(b.pages.first { $0.section == .whatGrownUpsDid })
        #expect(did.scene?.people.map(\.id) == ["mia", "leo"])
    }

    @Test func childWordingIsUsedWhereItExistsElseTheProfessionalWording() throws {
        let b = try booklet(Self.base + """
            map:
              goals:
                - { text: A sober adult will always care for the children., child: There will always be a grown-up who is well. }
                - Mum will go to her group every week.

            """)
        #expect(b.pages.filter { $0.section == .goal }.map { $0.sentences.map(\.text) } == [
            ["There will always be a grown-up who is well."], ["Mum will go to her group every week."],
        ])
    }
}
