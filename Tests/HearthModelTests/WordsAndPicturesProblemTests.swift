import Testing
@testable import HearthModel

/// Every rule of the Words and Pictures sections, each with its exact diagnostic.
@Suite("Words and Pictures: problems")
struct WordsAndPicturesProblemTests {
    /// Children `mia` (7) and `leo` (4) on lines 1–7; people on lines 8–21: `mum` (network, line 9), `nana`
    /// (network, line 12), `dad` (not safe, line 16), `sam` (social worker, line 19); the picture
    /// `at_hospital` on lines 22–24. `rest` starts on line 25.
    private func withFamily(_ rest: String) -> String {
        withChildren("""
        people:
          - id: mum
            name: Anna Kowalska
            network: yes
          - id: nana
            name: Jean Smith
            called: Nana Jean
            network: yes
          - id: dad
            name: Tomasz Kowalski
            not_safe: yes
          - id: sam
            name: Sam Jones
            role: social-worker
        pictures:
          at_hospital:
            place: hospital

        """) + rest
    }

    static let allIDs = "the ids are 'dad', 'leo', 'mia', 'mum', 'nana' and 'sam'"
    static let roleWords = "for someone not in the case, use a role word: 'doctor', 'judge', 'nurse', 'police', 'social-worker' and 'teacher'"

    @Test func familyFixtureIsValid() {
        #expect(problems(withFamily("")).isEmpty)
    }

    // MARK: Phone numbers

    @Test func phoneWithTooFewDigits() throws {
        let problem = try #require(singleProblem(withFamily("""
        safety_plan:
          rules:
            - rule: Nana visits every morning.
              who: [nana]
              phone: 0770 090
        """)))
        #expect(problem.position == "29:14")
        #expect(problem.keyPath == "safety_plan.rules[0].phone")
        #expect(problem.message == "'0770 090' has 7 digits; a phone number needs at least 10, with its area code")
        #expect(problem.fix == "write the whole number with its area code, e.g. '01632 960123' or '07700 900123' (short numbers such as 999, 101 and Childline's 0800 1111 are fine as they are)")
    }

    @Test func phoneWrittenInWords() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  talk_to:\n    - who: nana\n      phone: Nana's mobile\n")))
        #expect(problem.position == "28:14")
        #expect(problem.keyPath == "safety_plan.talk_to[0].phone")
        #expect(problem.message == "'Nana's mobile' is not a phone number: it has letters in it")
        #expect(problem.fix == "write only the number, in figures, e.g. 'phone: 07700 900123' (digits, spaces, brackets, dashes and a + at the start); put words such as who to ask for in 'how:' or the rule")
    }

    @Test func twoPhoneNumbersInOne() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  talk_to:\n    - who: nana\n      phone: 07700 900123 / 07700 900124\n")))
        #expect(problem.message == "'07700 900123 / 07700 900124' is not a phone number: it has '/' in it")
    }

    @Test func phoneWithTooManyDigits() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  talk_to:\n    - who: nana\n      phone: 07700 900123 45678\n")))
        #expect(problem.message == "'07700 900123 45678' has 16 digits; a phone number has at most 15")
        #expect(problem.fix == "check the number, and write only one number per 'phone:'")
    }

    @Test func phoneWrittenAsABareNumber() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  talk_to:\n    - who: nana\n      phone: 07700900123\n")))
        #expect(problem.position == "28:14")
        #expect(problem.message == "expected a phone number written as text, found the number 07700900123")
        #expect(problem.fix == "put it in quotes, \"07700900123\", or write it with spaces as you would say it, e.g. 07700 900123")
    }

    // MARK: Scales

    @Test func scoreOutOfRange() throws {
        let problem = try #require(singleProblem(withFamily("scales:\n  - who: mum\n    score: 11\n")))
        #expect(problem.position == "27:12")
        #expect(problem.keyPath == "scales[0].score")
        #expect(problem.message == "the score must be from 0 to 10, found 11")
        #expect(problem.fix == "write a whole number from 0 to 10")
    }

    @Test func scoreWithAFraction() throws {
        let problem = try #require(singleProblem(withFamily("scales:\n  - who: mum\n    score: 6.5\n")))
        #expect(problem.message == "expected the score as a whole number, found the number 6.5")
        #expect(problem.fix == "write a whole number from 0 to 10 in figures, e.g. 7")
    }

    @Test func scoreMissingAndWhoUnknown() {
        let found = problems(withFamily("scales:\n  - who: mumm\n    date: 2026-03-14\n"))
        #expect(found.map(\.keyPath) == ["scales[0].score", "scales[0].who"])
        #expect(found.map(\.position) == ["26:5", "26:10"])
        #expect(found.map(\.message) == ["the score is missing", "there is no child or person with the id 'mumm'"])
        #expect(found.last?.fix == "did you mean 'mum'? (\(Self.allIDs))")
    }

    @Test func scaleByARoleWordIsRefused() throws {
        let problem = try #require(singleProblem(withFamily("scales:\n  - who: judge\n    score: 3\n")))
        #expect(problem.message == "there is no child or person with the id 'judge'")
        #expect(problem.fix == "add them under 'people:' with 'id: judge' (\(Self.allIDs))")
    }

    // MARK: Pages

    @Test func unknownSectionSuggestsNearest() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  what_hapened:\n    skip: yes\n")))
        #expect(problem.position == "26:3")
        #expect(problem.keyPath == "pages.what_hapened")
        #expect(problem.message == "'what_hapened' is not a key Hearth knows here")
        #expect(problem.fix == "did you mean 'what_happened'? (the keys allowed in 'pages' (the booklet's sections) are 'agree', 'close', 'cover', 'family', 'goal', 'history', 'network', 'review', 'rules', 'talk_to', 'what_grown_ups_did', 'what_happened', 'what_happens_now', 'who_is_worried', 'working_well' and 'worries')")
    }

    @Test(arguments: [
        ("my_family", "family"), ("who-is-worried", "who_is_worried"), ("talkto", "talk_to"), ("goals", "goal"),
        ("what_grownups_did", "what_grown_ups_did"), ("Cover", "cover"),
    ])
    func sectionTypos(typo: String, suggestion: String) throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  \(typo):\n    skip: yes\n")))
        #expect(problem.fix?.hasPrefix("did you mean '\(suggestion)'?") == true)
    }

    @Test func skipWithTextContradicts() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  close:\n    skip: yes\n    text:\n      - It is not your fault.\n")))
        #expect(problem.position == "27:11")
        #expect(problem.keyPath == "pages.close.skip")
        #expect(problem.message == "'skip: yes' leaves the 'close' page out, so its 'text' and 'picture' would never be printed")
        #expect(problem.fix == "delete 'skip: yes' to print the page with your words, or delete its 'text' and 'picture'")
    }

    @Test func pageWrittenAsSkip() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  review: skip\n")))
        #expect(problem.position == "26:11")
        #expect(problem.keyPath == "pages.review")
        #expect(problem.message == "expected changes to the 'review' page, written as lines like 'text:' and 'picture:', found the text 'skip'")
        #expect(problem.fix == "to leave the section out, write 'review: { skip: yes }'")
    }

    @Test func emptyPage() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  cover: {}\n")))
        #expect(problem.message == "nothing is written for the 'cover' page")
    }

    @Test func pageTextIsAList() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  close:\n    text: It is not your fault.\n")))
        #expect(problem.keyPath == "pages.close.text")
        #expect(problem.message == "expected a list of sentences, found a single sentence")
    }

    @Test func pageKeyTypo() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  close:\n    pictur: at_hospital\n")))
        #expect(problem.keyPath == "pages.close.pictur")
        #expect(problem.fix == "did you mean 'picture'? (the keys allowed in a page are 'picture', 'skip' and 'text')")
    }

    // MARK: The safety network

    @Test func networkMemberNotMarkedNetwork() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  network:\n    - who: sam\n      job: Sam visits.\n")))
        #expect(problem.position == "27:12")
        #expect(problem.keyPath == "safety_plan.network[0].who")
        #expect(problem.message == "'sam' is not marked as being in the safety network")
        #expect(problem.fix == "add 'network: yes' to 'sam' under 'people:' (line 19), or take them out of this list")
    }

    @Test func notSafePersonInTheNetwork() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  network:\n    - who: dad\n")))
        #expect(problem.position == "27:12")
        #expect(problem.message == "the child is not safe with 'dad' (not_safe: yes), so they cannot be in the safety network")
        #expect(problem.fix == "take 'dad' out of the network")
    }

    @Test func notSafePersonInTheNetworkShortForm() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  network: [nana, dad]\n")))
        #expect(problem.position == "26:19")
        #expect(problem.keyPath == "safety_plan.network[1]")
        #expect(problem.message == "the child is not safe with 'dad' (not_safe: yes), so they cannot be in the safety network")
    }

    @Test func childInTheNetwork() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  network:\n    - who: mia\n")))
        #expect(problem.message == "'mia' is one of the children; the safety network is the grown-ups around them")
        #expect(problem.fix == "use the id of someone under 'people:' with 'network: yes' (the network is 'mum' and 'nana')")
    }

    @Test func unknownNetworkMemberSuggestsFromTheNetwork() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  network:\n    - who: nan\n")))
        #expect(problem.message == "there is no person with the id 'nan'")
        #expect(problem.fix == "did you mean 'nana'? (the network is 'mum' and 'nana')")
        let other = try #require(singleProblem(withFamily("safety_plan:\n  network:\n    - who: grandad\n")))
        #expect(other.fix == "add them under 'people:' with 'id: grandad' and 'network: yes' (the network is 'mum' and 'nana')")
    }

    @Test func networkMemberListedTwice() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  network:\n    - who: nana\n    - who: nana\n      job: Nana visits.\n")))
        #expect(problem.position == "28:12")
        #expect(problem.keyPath == "safety_plan.network[1].who")
        #expect(problem.message == "'nana' is already in this list")
    }

    @Test func notSafePersonToTalkTo() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  talk_to:\n    - who: dad\n      how: tell Daddy\n")))
        #expect(problem.position == "27:12")
        #expect(problem.keyPath == "safety_plan.talk_to[0].who")
        #expect(problem.message == "the child is not safe with 'dad' (not_safe: yes), so they cannot be someone the child talks to when worried")
        #expect(problem.fix == "choose a grown-up the child is safe with, e.g. someone from the safety network ('mum' and 'nana')")
    }

    @Test func talkToWithNeitherWhoNorHow() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  talk_to:\n    - phone: 0800 1111\n")))
        #expect(problem.position == "27:7")
        #expect(problem.keyPath == "safety_plan.talk_to[0]")
        #expect(problem.message == "this says neither who the child can talk to nor how")
    }

    // MARK: Rules

    @Test func notSafePersonMakesSureOfARule() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  rules:\n    - rule: Dad only sees the children at the family centre.\n      who: [sam, dad]\n")))
        #expect(problem.position == "28:18")
        #expect(problem.keyPath == "safety_plan.rules[0].who[1]")
        #expect(problem.message == "the child is not safe with 'dad' (not_safe: yes), so they cannot be the one who makes sure a rule is kept")
        #expect(problem.fix == "name a grown-up the child is safe with, e.g. someone from the safety network ('mum' and 'nana')")
    }

    @Test func childMakesSureOfARule() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  rules:\n    - rule: Mia tells Nana if Mum is poorly.\n      who: mia\n")))
        #expect(problem.position == "28:12")
        #expect(problem.keyPath == "safety_plan.rules[0].who")
        #expect(problem.message == "'mia' is one of the children; keeping the children safe is the grown-ups' job")
        #expect(problem.fix == "name the grown-ups who make sure this rule is kept, e.g. someone from the safety network ('mum' and 'nana')")
    }

    @Test func ruleChildWordingWrittenTwice() throws {
        let problem = try #require(singleProblem(withFamily("""
        safety_plan:
          rules:
            - rule: { text: Bed by 8., child: We go to bed at 8. }
              child: Bedtime is 8.
        """)))
        #expect(problem.position == "28:14")
        #expect(problem.keyPath == "safety_plan.rules[0].child")
        #expect(problem.message == "the child's wording is written twice, here and under 'rule:'")
    }

    @Test func ruleWithoutItsWords() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  rules:\n    - who: [nana]\n      phone: 07700 900123\n")))
        #expect(problem.position == "27:7")
        #expect(problem.keyPath == "safety_plan.rules[0].rule")
        #expect(problem.message == "the rule is missing")
        #expect(problem.fix == "add a line 'rule: …' saying what must happen")
    }

    @Test func rulesWrittenAsOneRule() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  rules: Mum does not drink.\n")))
        #expect(problem.keyPath == "safety_plan.rules")
        #expect(problem.message == "expected a list of rules, found a single rule")
    }

    @Test func ruleGivenAsANumber() throws {
        let problem = try #require(singleProblem(withFamily("safety_plan:\n  rules:\n    - 8\n")))
        #expect(problem.position == "27:7")
        #expect(problem.message == "expected a rule, found the number 8")
        #expect(problem.fix == "if this is the text meant, put it in quotes: - \"8\"")
    }

    // MARK: Statements

    @Test func statementGivenAsANumber() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - 42\n")))
        #expect(problem.position == "27:7")
        #expect(problem.keyPath == "map.harm[0]")
        #expect(problem.message == "expected a statement, found the number 42")
        #expect(problem.fix == "if this is the text meant, put it in quotes: - \"42\"")
    }

    @Test func statementWithAColon() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  working_well:\n    - Nana said: Mia is safe here\n")))
        #expect(problem.position == "27:7")
        #expect(problem.keyPath == "map.working_well[0]")
        #expect(problem.message == "expected a statement, found 'Nana said: Mia is safe here', which YAML reads as a 'key: value' pair because of the ': '")
        #expect(problem.fix == "put the whole statement in quotes: - \"Nana said: Mia is safe here\"")
    }

    @Test func statementCommentedAway() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  goals:\n    - #1 Mum stays well\n")))
        #expect(problem.message == "this statement is empty, because YAML reads text after '#' as a comment")
        #expect(problem.fix == "put the statement in quotes: - \"#1 Mum stays well\"")
    }

    @Test func statementWithoutText() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - child: Mummy was poorly.\n      who: [mum]\n")))
        #expect(problem.position == "27:7")
        #expect(problem.keyPath == "map.harm[0].text")
        #expect(problem.message == "the statement's text is missing")
        #expect(problem.fix == "add a line 'text: …' with the professional wording; the child's wording goes under 'child:'")
    }

    @Test func statementKeyTypo() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - text: Leo was hurt.\n      chlid: Leo hurt his arm.\n")))
        #expect(problem.position == "28:7")
        #expect(problem.keyPath == "map.harm[0].chlid")
        #expect(problem.fix == "did you mean 'child'? (the keys allowed in a statement are 'child', 'picture', 'text' and 'who')")
    }

    @Test func worriedOnlyOnWorries() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  goals:\n    - text: Mum stays well.\n      worried: [sam]\n")))
        #expect(problem.keyPath == "map.goals[0].worried")
        #expect(problem.fix == "the keys allowed in a statement are 'child', 'picture', 'text' and 'who'")
    }

    @Test func worryKeyTypoSuggestsWorried() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  worries:\n    - text: Sam is worried.\n      woried: [sam]\n")))
        #expect(problem.fix == "did you mean 'worried'? (the keys allowed in a worry are 'child', 'picture', 'text', 'who' and 'worried')")
    }

    @Test func statementsWrittenAsOneStatement() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm: Leo was hurt.\n")))
        #expect(problem.position == "26:9")
        #expect(problem.keyPath == "map.harm")
        #expect(problem.message == "expected a list of harm statements, found a single statement")
        #expect(problem.fix == "put each statement on its own line starting with '- '")
    }

    @Test func childWordingThatIsAnID() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - text: Leo was hurt.\n      child: leo\n")))
        #expect(problem.position == "28:14")
        #expect(problem.keyPath == "map.harm[0].child")
        #expect(problem.message == "the child's wording is 'leo', which is a child's id")
    }

    @Test func childWordingGivenAsANumber() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - text: Leo was hurt.\n      child: 2\n")))
        #expect(problem.message == "expected the child's wording written as text, found the number 2")
        #expect(problem.fix == "if you mean the text, put it in quotes: \"2\"")
    }

    // MARK: References

    @Test func unknownReferenceSuggestsNearestID() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - text: Leo was hurt.\n      who: [nan]\n")))
        #expect(problem.position == "28:13")
        #expect(problem.keyPath == "map.harm[0].who[0]")
        #expect(problem.message == "there is no child or person with the id 'nan'")
        #expect(problem.fix == "did you mean 'nana'? (\(Self.allIDs); \(Self.roleWords))")
    }

    @Test func roleWordTypoSuggestsTheRole() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  worries:\n    - text: The school is worried.\n      worried: [teachr]\n")))
        #expect(problem.fix == "did you mean 'teacher'? (\(Self.allIDs); \(Self.roleWords))")
    }

    @Test func unknownReferenceWithNoNearID() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - text: Leo was hurt.\n      who: [uncle]\n")))
        #expect(problem.fix == "add them under 'people:' with 'id: uncle' (\(Self.allIDs); \(Self.roleWords))")
    }

    @Test func idsWrittenAsText() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - text: Leo was hurt.\n      who: mum, nana\n")))
        #expect(problem.position == "28:12")
        #expect(problem.keyPath == "map.harm[0].who")
        #expect(problem.message == "expected a list of ids, found the text 'mum, nana'")
        #expect(problem.fix == "put the ids in square brackets, e.g. 'who: [mum, nana]'")
    }

    @Test func idListedTwice() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - text: Leo was hurt.\n      who: [mum, mum]\n")))
        #expect(problem.position == "28:18")
        #expect(problem.keyPath == "map.harm[0].who[1]")
        #expect(problem.message == "'mum' is listed twice")
    }

    @Test func unknownPictureSuggestsNearest() throws {
        let problem = try #require(singleProblem(withFamily("map:\n  harm:\n    - text: Leo was hurt.\n      picture: at_hospitl\n")))
        #expect(problem.position == "28:16")
        #expect(problem.keyPath == "map.harm[0].picture")
        #expect(problem.message == "there is no picture named 'at_hospitl'")
        #expect(problem.fix == "did you mean 'at_hospital'? (the pictures are 'at_hospital')")
    }

    @Test func unknownPictureWithNoPictures() throws {
        let problem = try #require(singleProblem(withChildren("pages:\n  cover:\n    picture: family\n")))
        #expect(problem.message == "there is no picture named 'family'; there are no pictures under 'pictures:'")
        #expect(problem.fix == "describe it under 'pictures:' with the name 'family:', or describe the picture here with 'place:', 'people:'… lines under 'picture:'")
    }

    @Test func pictureNameWithSpaces() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  cover:\n    picture: at hospital\n")))
        #expect(problem.message == "a picture's name is one word without spaces, found 'at hospital'")
        #expect(problem.fix == "write the picture's name as under 'pictures:', e.g. 'picture: at_hospital'")
    }

    @Test func pictureWithAProblemIsStillKnownByName() throws {
        let problem = try #require(singleProblem(withChildren("pictures:\n  park:\n    place: park\n    peple: [mia]\npages:\n  cover:\n    picture: park\n")))
        #expect(problem.keyPath == "pictures.park.peple")
    }

    @Test func inlinePictureWithUnknownPerson() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  family:\n    picture: { place: home, people: [mia, nan] }\n")))
        #expect(problem.position == "27:43")
        #expect(problem.keyPath == "pages.family.picture.people[1]")
        #expect(problem.message == "there is no child or person with the id 'nan'")
    }

    @Test func pictureGivenAsAList() throws {
        let problem = try #require(singleProblem(withFamily("pages:\n  family:\n    picture: [mia, leo]\n")))
        #expect(problem.message == "expected the name of a picture from 'pictures:', or a picture described with 'place:' and 'people:' lines, found a list")
    }

    @Test func referencesAreNotCheckedWhenPeopleAreUnreadable() {
        let found = problems(withChildren("people: nana\nmap:\n  harm:\n    - text: Leo was hurt.\n      who: [nana]\nsafety_plan:\n  network: [nana]\n"))
        #expect(found.map(\.keyPath) == ["people"])
    }

    // MARK: Story

    @Test func storyForAPerson() throws {
        let problem = try #require(singleProblem(withFamily("story:\n  children: [mia, mum]\n")))
        #expect(problem.position == "26:19")
        #expect(problem.keyPath == "story.children[1]")
        #expect(problem.message == "'mum' is a person, not one of the children")
        #expect(problem.fix == "list only ids from 'children:' (the children's ids are 'leo' and 'mia')")
    }

    @Test func storyForAnUnknownChild() throws {
        let problem = try #require(singleProblem(withFamily("story:\n  children: [mai]\n")))
        #expect(problem.message == "there is no child with the id 'mai'")
        #expect(problem.fix == "did you mean 'mia'? (the children's ids are 'leo' and 'mia')")
    }

    @Test func storyWithNoChildren() throws {
        let problem = try #require(singleProblem(withFamily("story:\n  children: []\n")))
        #expect(problem.message == "the list of the story's children is empty")
    }

    @Test func reviewBeforeTheStory() throws {
        let problem = try #require(singleProblem(withFamily("story:\n  date: 2026-03-20\n  review: 2026-03-01\n")))
        #expect(problem.position == "27:11")
        #expect(problem.keyPath == "story.review")
        #expect(problem.message == "the review date 2026-03-01 is before the story's date 2026-03-20")
    }

    @Test func planReviewBeforeTheStory() throws {
        let problem = try #require(singleProblem(withFamily("story:\n  date: 2026-03-20\nsafety_plan:\n  review: 2026-03-19\n")))
        #expect(problem.position == "28:11")
        #expect(problem.keyPath == "safety_plan.review")
        #expect(problem.message == "the review date 2026-03-19 is before the story's date 2026-03-20")
    }

    @Test func storyAndPlanReviewDatesDisagree() throws {
        let problem = try #require(singleProblem(withFamily("story:\n  review: 2026-06-19\nsafety_plan:\n  review: 2026-06-26\n")))
        #expect(problem.position == "28:11")
        #expect(problem.keyPath == "safety_plan.review")
        #expect(problem.message == "the safety plan's review date 2026-06-26 is not the story's review date 2026-06-19")
        #expect(problem.fix == "write the review date once, under 'safety_plan:', and delete 'review:' under 'story:' (line 26), or make the two dates the same")
    }

    @Test func storyKeyTypo() throws {
        let problem = try #require(singleProblem(withFamily("story:\n  tilte: Our story\n")))
        #expect(problem.fix == "did you mean 'title'? (the keys allowed in 'story' are 'agree_page', 'children', 'date', 'messages', 'order', 'pages', 'per_child', 'review', 'title' and 'written_by')")
    }

    // MARK: Disputes

    @Test func disputeViewFromAnUnknownPerson() throws {
        let problem = try #require(singleProblem(withFamily("disputes:\n  - about: How Leo was hurt\n    says:\n      mun: It was an accident.\n")))
        #expect(problem.position == "28:7")
        #expect(problem.keyPath == "disputes[0].says.mun")
        #expect(problem.message == "there is no child or person with the id 'mun'")
        #expect(problem.fix == "did you mean 'mum'? (\(Self.allIDs); \(Self.roleWords))")
    }

    @Test func disputeWithoutViews() {
        let found = problems(withFamily("disputes:\n  - about: How Leo was hurt\n    says: {}\n  - decided: { by: judge, text: The judge decided. }\n"))
        #expect(found.map(\.keyPath) == ["disputes[0].says", "disputes[1].about", "disputes[1].says"])
        #expect(found.map(\.message) == ["nobody's view is written", "what the dispute is about is missing", "what each person says is missing"])
    }

    @Test func decidedWithoutWho() throws {
        let problem = try #require(singleProblem(withFamily("disputes:\n  - about: How Leo was hurt\n    says: { mum: It was an accident. }\n    decided:\n      text: The judge decided.\n")))
        #expect(problem.position == "29:7")
        #expect(problem.keyPath == "disputes[0].decided.by")
        #expect(problem.message == "who decided is missing")
        #expect(problem.fix == "add a line 'by: judge'")
    }

    @Test func decidedWrittenAsText() throws {
        let problem = try #require(singleProblem(withFamily("disputes:\n  - about: How Leo was hurt\n    says: { mum: It was an accident. }\n    decided: The judge decided.\n")))
        #expect(problem.keyPath == "disputes[0].decided")
        #expect(problem.message == "expected who decided and what, written as lines like 'by: judge' and 'text: The judge decided …', found the text 'The judge decided.'")
    }

    @Test func emptyView() throws {
        let problem = try #require(singleProblem(withFamily("disputes:\n  - about: How Leo was hurt\n    says:\n      mum:\n")))
        #expect(problem.keyPath == "disputes[0].says.mum")
        #expect(problem.message == "what 'mum' says is empty")
    }

    // MARK: Output

    @Test func ageBandTypo() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\noutput:\n  age_band: 5-7\n"))
        #expect(problem.position == "5:13")
        #expect(problem.keyPath == "output.age_band")
        #expect(problem.message == "'5-7' is not one of the choices for the age band")
        #expect(problem.fix == "did you mean '5-8'? (the choices are '5-8', '9-12', 'teen' and 'under-5')")
    }

    // MARK: All at once

    @Test func everyProblemIsReportedAtOnce() {
        let found = problems(withFamily("""
        story:
          children: [mia, nana]
        map:
          harm:
            - 42
          worries:
            - text: Sam is worried.
              worried: [sma]
        safety_plan:
          rules:
            - rule: Nana visits.
              phone: 0770
          network: [sam]
          talk_to: [dad]
        scales:
          - who: mum
            score: -1
        pages:
          revew: { skip: yes }
        """))
        #expect(found.map(\.keyPath) == [
            "story.children[1]", "map.harm[0]", "map.worries[0].worried[0]", "safety_plan.rules[0].phone",
            "safety_plan.network[0]", "safety_plan.talk_to[0]", "scales[0].score", "pages.revew",
        ])
    }
}
