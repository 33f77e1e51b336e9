import HearthModel
import Testing

@testable import HearthCompose

/// The plain-words list at work on a story: whole words, longest first, negated blame passing, frightening phrases
/// only for the ages they frighten, and each finding at its own line.
struct StoryCheckWordsTests {
    /// A case whose one harm statement has the given child wording, for a child of the given age.
    func findings(_ child: String, age: Int = 6) throws -> [StoryCheck.Finding] {
        try LintFixture.findings("""
            children:
              - { id: mia, name: Mia, age: \(age) }
            map:
              harm:
                - text: Professional words.
                  child: "\(child)"

            """)
    }

    func messages(_ child: String, age: Int = 6) throws -> [String] {
        try findings(child, age: age).map(\.message)
    }

    @Test func theLongestMatchIsReportedOnce() throws {
        #expect(try messages("Mia has supervised contact with Daddy.") == [
            "'supervised contact' is a word from case files, not from a child's world",
        ])
        #expect(try findings("Mia has supervised contact with Daddy.").first?.fix == "say 'family time with a grown-up there to help'")
        // A hyphen reads like a space, and case is ignored.
        #expect(try messages("Mia is a Looked-After Child.") == [
            "'looked after child' is a word from case files, not from a child's world",
        ])
        #expect(try messages("The initial child protection conference is in May.") == [
            "'initial child protection conference' is a word from case files, not from a child's world",
        ])
    }

    @Test func wholeWordsOnlyWithPluralsAndCapitals() throws {
        // "contacted" is not "contact", "laces" is not "LAC", and sausage and mash is not the MASH.
        #expect(try messages("Nana contacted school. Mia ties her laces. Mia likes sausage and mash.").isEmpty)
        #expect(try messages("The MASH read the allegations.") == [
            "'MASH' is a word from case files, not from a child's world",
            "'allegation' is a word from case files, not from a child's world",
        ])
        // A phrase never runs across a full stop or comma.
        #expect(try messages("Mia went to see Mummy. Contact was good.") == [
            "'contact' is a word from case files, not from a child's world",
        ])
        #expect(try messages("Mia loves the park, family time and cake.").isEmpty)
    }

    @Test func negatedBlamePasses() throws {
        for kind in ["It is not your fault.", "It isn't your fault.", "It wasn't your fault.", "It was never your fault.",
                     "None of this is your fault.", "It is not because of you.", "Nobody will blame you."]
        {
            #expect(try messages(kind).isEmpty, "\(kind)")
        }
        #expect(try messages("It was your fault.") == ["'your fault' could make a child feel it was down to them"])
        #expect(try messages("Mummy was sad because of you.") == ["'because of you' could make a child feel it was down to them"])
        // A negation in an earlier sentence does not excuse a later one.
        #expect(try messages("It is not fair. It was your fault.").count == 1)
        #expect(try messages("You should have told someone.") == ["'you should have' could make a child feel it was down to them"])
    }

    @Test func labelsForAParentAreFlagged() throws {
        let found = try findings("Daddy was lazy and Mummy was a bad mummy.")
        #expect(found.map(\.message) == [
            "'lazy' labels a person instead of saying what they did; a child hears it about someone they love",
            "'bad mummy' labels a person instead of saying what they did; a child hears it about someone they love",
        ])
        #expect(found[0].fix.hasPrefix("say what the person did or did not do"))
    }

    @Test func frighteningPhrasesDependOnTheReadersAge() throws {
        let under5 = try findings("Mummy could die if she drinks.", age: 4)
        #expect(under5.map(\.message) == ["'could die' may frighten a reader aged under-5"])
        #expect(under5.first?.fix == "say it gently and still truthfully, e.g. 'could get very poorly'")
        #expect(try messages("Mummy could die if she drinks.", age: 7) == ["'could die' may frighten a reader aged 5-8"])
        #expect(try messages("Mummy could die if she drinks.", age: 10).isEmpty)
        // Prison frightens the youngest; from five the story can say it.
        #expect(try messages("Daddy had to go to prison.", age: 3) == ["'go to prison' may frighten a reader aged under-5"])
        #expect(try messages("Daddy had to go to prison.", age: 6).isEmpty)
    }

    @Test func whatToDoWhenWorriedMayNameTheDanger() throws {
        let found = try LintFixture.findings("""
            children:
              - { id: jay, name: Jay, age: 4 }
            safety_plan:
              talk_to:
                - { how: "If Mummy won't wake up, phone 999", phone: "999" }
            map:
              harm: [{ text: Words., child: "Mummy won't wake up." }]

            """)
        #expect(found.map(\.keyPath) == ["map.harm[0]"])
    }

    @Test func aKindStoryHasNothingToLookAt() throws {
        let found = try LintFixture.findings("""
            children:
              - { id: mia, name: Mia Thompson, age: 6, pronouns: she/her }
            people:
              - { id: mum, name: Kerry Thompson, called: Mummy, relation: mum, network: yes }
              - { id: nana, name: Jean Thompson, called: Nana Jean, relation: nana, network: yes }
            pictures:
              pancakes:
                place: home
                people: [mia: happy, nana: loved]
                say: { nana: "Who wants pancakes?" }
            map:
              harm:
                - { text: Mum was drinking., child: Mummy drank too much wine. She fell asleep on the sofa. Mia was hungry., who: [mum] }
              working_well:
                - { text: Nana visits., child: Nana Jean makes pancakes with Mia on Saturdays. }
              next_steps:
                - { text: Review., child: Mia and Mummy will see Nana Jean every week. }
            safety_plan:
              rules:
                - { rule: No drinking., child: Mummy does not drink wine at home., who: [mum] }
              network:
                - { who: nana, job: { text: Nana visits., child: Nana Jean comes every morning. } }
              talk_to:
                - { who: nana, how: Phone Nana Jean on 07700 900123, phone: 07700 900123 }
                - { how: "Phone Childline, any time, for free", phone: 0800 1111 }
            pages:
              close:
                text: [It is not Mia's fault. Everyone loves Mia very much.]

            """)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func eachFindingKeepsTheLineAndColumnOfTheChildWording() throws {
        let found = try LintFixture.findings("""
            children:
              - { id: mia, name: Mia, age: 6 }
            map:
              harm:
                - text: Professional words.
                  child: Mia has contact with Daddy.
              goals:
                - Mia will be safe from neglect.

            """)
        #expect(found.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.keyPath)" } == [
            "6:14 map.harm[0]", "8:7 map.goals[0]",
        ])
    }
}
