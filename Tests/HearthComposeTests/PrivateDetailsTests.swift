import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// A child's booklet can reach someone the family must be kept safe from: postcodes, addresses and phone numbers
/// the plan does not give the child are flagged wherever the booklet prints them.
struct PrivateDetailsTests {
    static let base = """
        children:
          - { id: mia, name: Mia, age: 7 }
        people:
          - { id: nana, name: Jean, called: Nana, relation: nana, network: yes }
        safety_plan:
          talk_to:
            - { who: nana, how: Phone Nana on 07700 900123 }
            - { who: nana, how: Ask Nana, phone: 07700 900456 }
            - { how: Phone Childline, phone: 0800 1111 }

        """

    func findings(_ more: String) throws -> [StoryCheck.Finding] {
        try LintFixture.findings(Self.base + more)
    }

    @Test func postcodesAreFound() {
        func postcodes(_ text: String) -> [String] { PrivateDetails.postcodes(in: text, WordTokens(text)) }
        #expect(postcodes("Nana lives in LS6 2AB, near the park.") == ["LS6 2AB"])
        #expect(postcodes("SW1A 1AA and M1 1AE and b33 8th and EC1A1BB") == ["SW1A 1AA", "M1 1AE", "b33 8th", "EC1A1BB"])
        #expect(postcodes("Mia is 7 and in Year 3. She got 10 out of 10 at 3pm.").isEmpty)
    }

    @Test func aPostcodeInTheStoryIsFlaggedWithItsFix() throws {
        let found = try findings("""
            map:
              working_well:
                - { text: Words., child: Mia lives with Nana at LS6 2AB. }

            """)
        #expect(found.map(\.message) == [
            "this looks like a postcode (LS6 2AB); a child's booklet can be read by anyone, including someone the family must be kept safe from",
        ])
        #expect(found.first?.fix == "leave it out, or mark it private so Hearth refuses to print it")
        #expect(found.first?.location?.line == 12)
    }

    @Test func addressesAreFoundInRulesJobsPagesAndBubbles() throws {
        let yaml = Self.base.replacingOccurrences(of: "safety_plan:\n", with: """
            safety_plan:
              rules:
                - { rule: Words., child: "Mia lives at Flat 3, Park House." }

            """) + """
            pictures:
              at_nanas:
                people: [mia: happy, nana: happy]
                say: { nana: "Welcome to 12 Acacia Avenue!" }
            pages:
              family:
                text: ["Nana lives at 4a, St John's Road."]

            """
        let messages = try LintFixture.findings(yaml).map { "\($0.keyPath): \($0.message.prefix { $0 != ";" })" }
        #expect(messages == [
            "safety_plan.rules[0]: this looks like an address (Flat 3)",
            "pictures.at_nanas.say.nana: this looks like an address (12 Acacia Avenue)",
            "pages.family.text[0]: this looks like an address (4a, St John's Road)",
        ])
    }

    @Test func everydayNumbersAndWordsAreNotAddresses() throws {
        let found = try findings("""
            map:
              working_well:
                - { text: Words., child: Mia walked 2 miles the long way. Mia is 7 and lives near the Big Park. }

            """)
        #expect(found.isEmpty)
    }

    @Test func onlyNumbersThePlanGivesTheChildPass() throws {
        let found = try findings("""
            map:
              next_steps:
                - { text: Words., child: "Mia can phone Nana on +44 7700 900123 or 07700-900-456. Childline is 0800 1111." }
                - { text: Words., child: Daddy's number is 07700 900999. }
                - { text: Words., child: We read this story on 2026-05-13. }

            """)
        #expect(found.map(\.message) == [
            "this looks like a phone number (07700 900999) that the safety plan does not give the child; a child's booklet can be read by anyone, including someone the family must be kept safe from",
        ])
        #expect(found.first?.fix == "leave it out; if the child may have it, put it under safety_plan.talk_to")
    }
}
