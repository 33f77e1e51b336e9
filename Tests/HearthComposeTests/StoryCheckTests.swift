import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// `hearth check`: what a practice lead would look at twice, each at its own line.
struct StoryCheckTests {
    func findings(_ yaml: String) throws -> [StoryCheck.Finding] {
        try LintFixture.findings(yaml)
    }

    static let base = """
        children:
          - { id: mia, name: Mia, age: 6 }
        people:
          - { id: mum, name: Kay, called: Mummy, relation: mum, network: yes }

        """

    // Missing child wording is the composer's error (render and check report it), so it is not found here twice.
    @Test func jargonBlameAndLongSentencesAreFound() throws {
        let found = try findings(Self.base + """
            map:
              harm:
                - The social worker was worried about neglect.
              worries:
                - { text: Sam is worried., child: If you had told someone sooner this would not have happened. }
              goals:
                - { text: Goal., child: Mummy and Mia will have family contact every single week at the family centre near the big park. }

            """)
        #expect(found.map { "\($0.location?.line ?? 0): \($0.message)" } == [
            "7: 'neglect' is a word from case files, not from a child's world",
            "9: 'if you had' could make a child feel it was down to them",
            "11: 'contact' is a word from case files, not from a child's world",
            "11: a sentence of 18 words is long for a reader aged 5-8",
        ])
        #expect(found[1].fix == "say what the grown-ups did, and that it is not the child's fault")
        #expect(found[2].fix == "say 'family time'")
    }

    @Test func kindWordsPassAndNotYourFaultIsNotBlame() throws {
        let found = try findings(Self.base + """
            map:
              harm:
                - { text: Mia was left alone., child: Mia was on her own at home. It is not your fault. }

            """)
        #expect(found.isEmpty)
    }
}

/// A booklet the child keeps can reach someone the child is not safe with; the numbers it prints are flagged.
struct StoryCheckSafetyTests {
    static let yaml = """
        children:
          - { id: amira, name: Amira, age: 7 }
        people:
          - { id: mum, name: Samia, called: Mummy, relation: mum, network: yes }
          - { id: dad, name: Tariq, called: Daddy, relation: dad, not_safe: NOT_SAFE }
        safety_plan:
          talk_to:
            - { who: mum, how: Phone Mummy on 07700 900 211 }
            - { who: mum, how: Tell Mummy }
            - { how: Phone Childline, phone: 0800 1111 }

        """

    func findings(notSafe: Bool) throws -> [StoryCheck.Finding] {
        let yaml = Self.yaml.replacingOccurrences(of: "NOT_SAFE", with: notSafe ? "yes" : "no")
        return try LintFixture.findings(yaml)
    }

    @Test func numbersOnTheTalkToPageAreFlaggedWhenSomeoneIsNotSafe() throws {
        let found = try findings(notSafe: true)
        // Childline is a public service: only the family's number is flagged.
        #expect(found.map(\.message) == ["the child's booklet prints 07700 900 211, and Daddy (not safe) may read it"])
        #expect(found.first?.location?.line == 8)
        #expect(found.first?.keyPath == "safety_plan.talk_to[0]")
    }

    @Test func nothingIsFlaggedWhenEveryoneIsSafe() throws {
        #expect(try findings(notSafe: false).isEmpty)
    }

    @Test func phoneNumbersAreFoundAsWritten() {
        #expect(StoryCheck.phoneNumbers(in: "Phone Nana on 07700 900123, or 999") == ["07700 900123"])
        #expect(StoryCheck.phoneNumbers(in: "ring +44 7700-900-123 now") == ["+44 7700-900-123"])
        #expect(StoryCheck.phoneNumbers(in: "on 13 May 2026 at 10") == [])
    }
}

/// Parts a booklet needs, and pages that hold too much for the reader's age.
struct StoryCheckShapeTests {
    func findings(_ yaml: String) throws -> [StoryCheck.Finding] {
        try LintFixture.findings(yaml)
    }

    static let base = """
        children:
          - { id: jay, name: Jay, age: 4 }
        output: { documents: [words-and-pictures] }

        """

    @Test func aStoryWithoutNextStepsIsFlagged() throws {
        let found = try findings(Self.base)
        #expect(found.map(\.keyPath) == ["map.next_steps"])
        #expect(found[0].message == "the story does not say what happens next")
        let withSteps = try findings(Self.base + """
            map:
              next_steps: [{ text: Priya visits weekly., child: Priya will come to see Jay. }]

            """)
        #expect(withSteps.isEmpty)
    }

    @Test func tooManySentencesForTheAgeAreFlagged() throws {
        let found = try findings(Self.base + """
            map:
              next_steps: [{ text: Visits., child: Priya will come. She will play. She will listen. She will help. }]

            """)
        #expect(found.map(\.message) == ["4 sentences is a lot for one page for a reader aged under-5"])
    }
}
