import HearthModel
import Testing

@testable import HearthCompose

/// `hearth check`: what a practice lead would look at twice, each at its own line.
struct StoryCheckTests {
    func findings(_ yaml: String) throws -> [StoryCheck.Finding] {
        StoryCheck(caseFile: try CaseFileLoader.parse(yaml, file: "case.yaml")).findings()
    }

    static let base = """
        children:
          - { id: mia, name: Mia, age: 6 }
        people:
          - { id: mum, name: Kay, called: Mummy, relation: mum, network: yes }

        """

    @Test func missingChildWordingJargonBlameAndLongSentencesAreFound() throws {
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
            "7: only the professional wording is given, so the child will read: \"The social worker was worried about neglect.\"",
            "7: 'neglect' is a word from case files, not from a child's world",
            "9: 'if you had' could make a child feel it was down to them",
            "11: 'contact' is a word from case files, not from a child's world",
            "11: a sentence of 18 words is long for a reader aged 5-8",
        ])
        #expect(found[2].fix == "say what the grown-ups did, and that it is not the child's fault")
        #expect(found[3].fix == "say 'family time'")
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
