import HearthLooks
import Testing
@testable import HearthModel

/// The sections the Words and Pictures booklet needs — `story`, `map`, `disputes`, `safety_plan`, `scales`,
/// `pages` and `output.age_band` — decoded from valid files.
@Suite("Words and Pictures: valid case files")
struct WordsAndPicturesTests {
    private func at(_ line: Int, _ column: Int, file: String = "mia.yaml") -> HearthModel.SourceLocation {
        HearthModel.SourceLocation(file: file, line: line, column: column)
    }

    private func date(_ iso: String) -> CalendarDate? { CalendarDate(iso: iso) }

    @Test func fullFixtureStoryAndMapDecodeToExactValues() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        #expect(file.story == Story(
            children: ["mia", "leo"], title: "Mia and Leo's story", date: date("2026-03-20"), review: date("2026-06-19"),
            location: at(89, 3)))
        #expect(file.map.harm == [
            Statement(
                "On 2 March Leo was burnt by hot water while Mum was asleep on the sofa.",
                child: "Leo hurt his arm. Mummy was very poorly and could not wake up.",
                who: ["mum"], picture: .named("at_hospital"), location: at(95, 7), childLocation: at(96, 14),
                keyPath: "map.harm[0]"),
        ])
        #expect(file.map.worries == [
            Statement(
                "Sam and the doctors are worried that if Mum drinks again, Mia or Leo could be badly hurt.",
                child: "The grown-ups are worried that Mummy might get poorly again.",
                who: ["mum"], worried: ["sam", "doctor"],
                picture: .inline(SceneDescription(
                    place: "home",
                    people: [
                        SceneParticipant(ref: "mum", feeling: .poorly, location: at(104, 40)),
                        SceneParticipant(ref: "mia", feeling: .worried, location: at(104, 53)),
                    ],
                    location: at(104, 16))),
                location: at(100, 7), childLocation: at(101, 14), keyPath: "map.worries[0]"),
        ])
        #expect(file.map.complicating == [Statement("Dad lives far away.", location: at(106, 7), keyPath: "map.complicating[0]")])
        #expect(file.map.workingWell == [
            Statement("Mum takes Mia to school every day: she is never late.", location: at(108, 7), keyPath: "map.working_well[0]"),
        ])
        #expect(file.map.goals == [
            Statement(
                "Mum will be sober whenever she looks after the children, for the next six months.",
                child: "Mummy will always be well enough to look after us.",
                location: at(110, 7), childLocation: at(111, 14), keyPath: "map.goals[0]"),
        ])
        #expect(file.map.nextSteps == [Statement("Sam will visit every week.", location: at(113, 7), keyPath: "map.next_steps[0]")])
        #expect(file.map.harm.first?.wording == "Leo hurt his arm. Mummy was very poorly and could not wake up.")
        #expect(file.map.complicating.first?.wording == "Dad lives far away.")
        #expect(file.map.goals.first?.hasChildWording == true)
        #expect(file.map.nextSteps.first?.hasChildWording == false)
        #expect(!file.map.isEmpty)
    }

    @Test func fullFixtureDisputeDecodesToExactValues() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        #expect(file.disputes == [
            Dispute(
                about: Statement("How Leo's arm was burnt", location: at(115, 12), keyPath: "disputes[0].about"),
                says: [
                    Statement(
                        "Leo pulled the pan down himself.", who: ["mum"], location: at(117, 12),
                        keyPath: "disputes[0].says.mum"),
                    Statement(
                        "The burn does not look like a pan pulled down.", child: "The doctors think it happened another way.",
                        who: ["doctor"], location: at(119, 9), childLocation: at(120, 16), keyPath: "disputes[0].says.doctor"),
                ],
                decided: Statement(
                    "The judge decided that Leo was burnt because nobody was watching him.",
                    child: "The judge decided Leo got hurt because no grown-up was looking after him.",
                    who: ["judge"], location: at(122, 7), childLocation: at(124, 14), keyPath: "disputes[0].decided"),
                picture: .inline(SceneDescription(
                    place: "court", people: [SceneParticipant(ref: "judge", role: .judge, location: at(125, 39))],
                    decided: DecisionDescription(people: ["mia", "leo", "mum"], place: "home", by: "judge", location: at(125, 56)),
                    location: at(125, 14))),
                location: at(115, 5)),
        ])
        #expect(file.disputes.first?.decidedBy == "judge")
    }

    @Test func fullFixtureSafetyPlanDecodesToExactValues() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        var expected = SafetyPlan(
            rules: [
                SafetyRule(
                    "Mum does not drink alcohol when she is looking after Mia and Leo.",
                    child: "Mummy does not drink beer or wine when she looks after us.",
                    who: ["mum", "sam"], phone: "07700 900123", picture: .named("at_hospital"),
                    location: at(128, 7), childLocation: at(129, 14), keyPath: "safety_plan.rules[0]"),
                SafetyRule(
                    "Mia and Leo go to bed by 8 o'clock.", child: "We go to bed at 8 o'clock.",
                    location: at(135, 7), childLocation: at(137, 16), keyPath: "safety_plan.rules[1]"),
                SafetyRule(
                    "Somebody is always with Mum when she opens the door.", location: at(138, 7),
                    keyPath: "safety_plan.rules[2]"),
            ],
            warningSigns: [
                Statement("Mum does not answer her phone in the morning.", location: at(140, 7), keyPath: "safety_plan.warning_signs[0]"),
            ],
            ifNotWorking: [
                Statement(
                    "Sam calls a network meeting within 7 days.", who: ["sam"], location: at(142, 7),
                    keyPath: "safety_plan.if_not_working[0]"),
            ],
            network: [
                NetworkJob(
                    who: "mum",
                    job: Statement("Mum phones Sam every Friday.", location: at(146, 12), keyPath: "safety_plan.network[0].job"),
                    phone: "07700 900124", location: at(145, 7)),
            ],
            review: date("2026-06-19"),
            talkTo: [
                TalkTo(who: "mum", how: "tell Mummy", location: at(149, 7)),
                TalkTo(who: "teacher", how: "tell your teacher at school", location: at(151, 7)),
                TalkTo(how: "phone Childline", phone: "0800 1111", location: at(153, 7)),
            ])
        expected.rules[0].when = "every day"
        expected.rules[0].ifNotKept = "Nana comes over and phones Sam"
        expected.outOfHours = OutOfHours(who: "the Emergency Duty Team", phone: "01632 960000", location: at(157, 5))
        expected.signedBy = ["mum", "sam"]
        #expect(file.safetyPlan == expected)
        #expect(file.safetyPlan.rules.map(\.wording) == [
            "Mummy does not drink beer or wine when she looks after us.", "We go to bed at 8 o'clock.",
            "Somebody is always with Mum when she opens the door.",
        ])
        #expect(file.networkPeople.map(\.id) == ["mum"])
        #expect(file.networkJob(for: "mum")?.job?.text == "Mum phones Sam every Friday.")
        #expect(file.networkJob(for: "sam") == nil)
        #expect(file.reviewDate == date("2026-06-19"))
    }

    @Test func fullFixtureScalesPagesAndAgeBand() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        #expect(file.scales == [
            ScaleScore(
                who: "mum", score: 6, date: date("2026-03-14"), about: "Mum's drinking",
                zero: "Mia and Leo cannot live with Mum now", ten: "everyone is sure Mia and Leo are safe at home",
                location: at(169, 5)),
            ScaleScore(who: "mia", score: 8, location: at(175, 5)),
        ])
        #expect(file.pages == [
            .cover: PageOverride(picture: .named("at_hospital"), location: at(179, 5)),
            .whatHappened: PageOverride(
                text: ["One night Mummy was very poorly.", "Leo hurt his arm."], location: at(181, 5),
                textLocations: [at(182, 9), at(183, 9)]),
            .review: PageOverride(skip: true, location: at(185, 5)),
        ])
        #expect(file.page(.review)?.skip == true)
        #expect(file.page(.goal) == nil)
        #expect(file.output.ageBand == nil)
        // Leo, the youngest story child, is 4.
        #expect(file.ageBand == .underFive)
        #expect(file.storyChildren.map(\.id) == ["mia", "leo"])
        #expect(file.pages[.cover]?.picture?.scene(in: file) == file.pictures["at_hospital"])
        #expect(file.pages[.cover]?.picture?.name == "at_hospital")
    }

    @Test func jsonDecodesLikeYAML() throws {
        let fromYAML = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        let fromJSON = try CaseFileLoader.parse(Fixtures.json, file: "mia.json")
        #expect(WithoutLocations.map(fromJSON.map) == WithoutLocations.map(fromYAML.map))
        #expect(fromJSON.disputes.map(WithoutLocations.dispute) == fromYAML.disputes.map(WithoutLocations.dispute))
        #expect(WithoutLocations.plan(fromJSON.safetyPlan) == WithoutLocations.plan(fromYAML.safetyPlan))
        #expect(fromJSON.scales.map { ScaleScore(who: $0.who, score: $0.score, date: $0.date, about: $0.about, zero: $0.zero, ten: $0.ten) }
            == fromYAML.scales.map { ScaleScore(who: $0.who, score: $0.score, date: $0.date, about: $0.about, zero: $0.zero, ten: $0.ten) })
        #expect(fromJSON.pages.mapValues(\.text) == fromYAML.pages.mapValues(\.text))
        #expect(fromJSON.pages.mapValues(\.skip) == fromYAML.pages.mapValues(\.skip))
        #expect(Story(children: fromJSON.story.children, title: fromJSON.story.title, date: fromJSON.story.date, review: fromJSON.story.review)
            == Story(children: fromYAML.story.children, title: fromYAML.story.title, date: fromYAML.story.date, review: fromYAML.story.review))
    }

    // MARK: Defaults

    @Test func minimalFileHasEmptyBookletSections() throws {
        let file = try CaseFileLoader.parse(Fixtures.minimal, file: "mia.yaml")
        #expect(file.story == Story())
        #expect(file.map == CaseMap())
        #expect(file.map.isEmpty)
        #expect(file.disputes.isEmpty)
        #expect(file.safetyPlan == SafetyPlan())
        #expect(file.safetyPlan.isEmpty)
        #expect(file.scales.isEmpty)
        #expect(file.pages.isEmpty)
        #expect(file.reviewDate == nil)
        #expect(file.storyChildren.map(\.id) == ["mia"])
        #expect(file.ageBand == AgeBand.fallback)
        #expect(file == CaseFile(children: [Child(id: "mia", name: "Mia Kowalska")]))
    }

    @Test func nullSectionsMeanAbsent() throws {
        let file = try CaseFileLoader.parse(withChildren("""
        story:
        map:
          harm: ~
          worries: []
        disputes: ~
        safety_plan:
          rules:
          review: ~
        scales: []
        pages:
          cover: ~
        output:
          age_band: ~
        """), file: "t.yaml")
        #expect(file.story == Story())
        #expect(file.map == CaseMap())
        #expect(file.safetyPlan == SafetyPlan())
        #expect(file.pages.isEmpty)
        #expect(file.output == OutputChoices())
    }

    @Test(arguments: [
        (0, AgeBand.underFive), (4, .underFive), (5, .fiveToEight), (8, .fiveToEight), (9, .nineToTwelve),
        (12, .nineToTwelve), (13, .teen), (25, .teen),
    ])
    func ageBandFromAge(age: Int, band: AgeBand) {
        #expect(AgeBand(age: age) == band)
    }

    @Test func ageBandFollowsTheYoungestStoryChild() throws {
        // Leo (4) is not in the story, so Mia (7) is the youngest reader.
        let onlyMia = try CaseFileLoader.parse(withChildren("story:\n  children: [mia]\n"), file: "t.yaml")
        #expect(onlyMia.storyChildren.map(\.id) == ["mia"])
        #expect(onlyMia.ageBand == .fiveToEight)
        let both = try CaseFileLoader.parse(withChildren(""), file: "t.yaml")
        #expect(both.ageBand == .underFive)
        let written = try CaseFileLoader.parse(withChildren("output:\n  age_band: 9-12\n"), file: "t.yaml")
        #expect(written.output.ageBand == .nineToTwelve)
        #expect(written.ageBand == .nineToTwelve)
        let single = try CaseFileLoader.parse(withChildren("story:\n  children: leo\n"), file: "t.yaml")
        #expect(single.story.children == ["leo"])
    }

    @Test(arguments: AgeBand.allCases)
    func everyAgeBandIsAccepted(band: AgeBand) throws {
        let file = try CaseFileLoader.parse(Fixtures.minimal + "\noutput:\n  age_band: \(band.rawValue)\n", file: "t.yaml")
        #expect(file.output.ageBand == band)
    }

    @Test func wordsAndPicturesAndA5BookletAreChoices() throws {
        let file = try CaseFileLoader.parse(
            Fixtures.minimal + "\noutput:\n  documents: [words-and-pictures, three-houses]\n  paper: a5-booklet\n", file: "t.yaml")
        #expect(file.output.documents == [.wordsAndPictures, .threeHouses])
        #expect(file.output.paper == .a5Booklet)
        #expect(Paper.a5Booklet.rawValue == "a5-booklet")
        #expect(DocumentKind.wordsAndPictures.rawValue == "words-and-pictures")
    }

    @Test func reviewDateComesFromEitherPlace() throws {
        let story = try CaseFileLoader.parse(withChildren("story:\n  review: 2026-06-19\n"), file: "t.yaml")
        #expect(story.reviewDate == date("2026-06-19"))
        let plan = try CaseFileLoader.parse(withChildren("safety_plan:\n  review: 2026-06-20\n"), file: "t.yaml")
        #expect(plan.reviewDate == date("2026-06-20"))
    }

    @Test func bookletSectionsAreInTheDesignOrder() {
        #expect(BookletSection.allCases.map(\.rawValue) == [
            "cover", "family", "history", "what_happened", "who_is_worried", "worries", "what_grown_ups_did", "working_well",
            "goal", "rules", "network", "talk_to", "what_happens_now", "close", "review", "agree",
        ])
    }

    // MARK: Forms

    @Test func childWordingIsVerbatimApartFromFolding() throws {
        let file = try CaseFileLoader.parse(withChildren("""
        map:
          harm:
            - text: Leo was hurt.
              child: |
                Leo  hurt his arm.
                Mummy was   poorly.
            - "no"
            - >
              Mum was
              asleep.
        """), file: "t.yaml")
        #expect(file.map.harm.map(\.wording) == ["Leo  hurt his arm. Mummy was   poorly.", "no", "Mum was asleep."])
    }

    @Test func roleWordsAndIdsAreBothAccepted() throws {
        let file = try CaseFileLoader.parse(withChildren("""
        people:
          - id: nana
            name: Jean
            network: yes
        map:
          worries:
            - text: The school and Nana are worried.
              worried: [teacher, nana, police]
              who: [mia]
        disputes:
          - about: What happened
            says: { nana: It was an accident., police: It was not. }
        """), file: "t.yaml")
        #expect(file.map.worries.first?.worried == ["teacher", "nana", "police"])
        #expect(file.map.worries.first?.who == ["mia"])
        #expect(file.disputes.first?.says.map(\.who) == [["nana"], ["police"]])
        #expect(file.disputes.first?.decided == nil)
    }

    @Test func shortFormsForNetworkAndTalkTo() throws {
        let file = try CaseFileLoader.parse(withChildren("""
        people:
          - id: nana
            name: Jean
            network: yes
        safety_plan:
          network: [nana]
          talk_to: [nana, teacher]
        """), file: "t.yaml")
        #expect(file.safetyPlan.network.map(\.who) == ["nana"])
        #expect(file.safetyPlan.network.first?.job == nil)
        #expect(file.safetyPlan.talkTo.map(\.who) == ["nana", "teacher"])
    }

    @Test(arguments: [
        "07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123", "(01632) 960-001", "0161 496 0000",
        "999", "0800 1111", "116 123", "101",
    ])
    func phoneNumbersAccepted(number: String) throws {
        let file = try CaseFileLoader.parse(
            withChildren("safety_plan:\n  talk_to:\n    - how: ring\n      phone: \"\(number)\"\n"), file: "t.yaml")
        #expect(file.safetyPlan.talkTo.first?.phone == number)
        #expect(PhoneNumber.isValid(number))
    }

    @Test func phoneNumberProblems() {
        #expect(PhoneNumber.problem(with: "0770 090") == .tooFewDigits(7))
        #expect(PhoneNumber.problem(with: "0770090012345678") == .tooManyDigits(16))
        #expect(PhoneNumber.problem(with: "07700 900123 or 07700 900124") == .notFigures("o"))
        #expect(PhoneNumber.problem(with: "07700+900123") == .notFigures("+"))
        #expect(PhoneNumber.problem(with: "99") == .tooFewDigits(2))
    }

    @Test func inlinePictureIsCheckedLikeAPictureUnderPictures() throws {
        let file = try CaseFileLoader.parse(withChildren("""
        pages:
          family:
            picture:
              place: home
              people: [mia: happy, leo]
              say: { mia: "This is us" }
        """), file: "t.yaml")
        guard case .inline(let scene) = file.pages[.family]?.picture else {
            Issue.record("expected an inline picture")
            return
        }
        #expect(scene.people.map(\.ref) == ["mia", "leo"])
        #expect(scene.bubbles.map(\.text) == ["This is us"])
    }
}

/// Strips source positions so YAML and JSON decodings can be compared.
enum WithoutLocations {
    static func statement(_ value: Statement) -> Statement {
        Statement(value.text, child: value.child, who: value.who, worried: value.worried, picture: picture(value.picture), keyPath: value.keyPath)
    }

    static func picture(_ value: SceneRef?) -> SceneRef? {
        guard case .inline(var scene) = value else { return value }
        scene.location = nil
        scene.people = scene.people.map { var person = $0; person.location = nil; return person }
        scene.bubbles = scene.bubbles.map { var bubble = $0; bubble.location = nil; return bubble }
        scene.decided?.location = nil
        return .inline(scene)
    }

    static func map(_ value: CaseMap) -> CaseMap {
        CaseMap(
            harm: value.harm.map(statement), worries: value.worries.map(statement),
            complicating: value.complicating.map(statement), workingWell: value.workingWell.map(statement),
            goals: value.goals.map(statement), nextSteps: value.nextSteps.map(statement))
    }

    static func dispute(_ value: Dispute) -> Dispute {
        Dispute(
            about: statement(value.about), says: value.says.map(statement), decided: value.decided.map(statement),
            picture: picture(value.picture))
    }

    static func plan(_ value: SafetyPlan) -> SafetyPlan {
        SafetyPlan(
            rules: value.rules.map {
                SafetyRule($0.text, child: $0.child, who: $0.who, phone: $0.phone, picture: picture($0.picture), keyPath: $0.keyPath)
            },
            warningSigns: value.warningSigns.map(statement), ifNotWorking: value.ifNotWorking.map(statement),
            network: value.network.map { NetworkJob(who: $0.who, job: $0.job.map(statement)) },
            review: value.review,
            talkTo: value.talkTo.map { TalkTo(who: $0.who, how: $0.how, phone: $0.phone) })
    }
}
