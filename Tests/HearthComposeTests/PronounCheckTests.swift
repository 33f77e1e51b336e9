import Testing

@testable import HearthCompose

/// A child's pronouns are honoured, cautiously: only a "he" or "she" that can only mean the child is flagged.
struct PronounCheckTests {
    func messages(_ child: String, pronouns: String = "she/her", who: String = "[]") throws -> [String] {
        try LintFixture.findings("""
            children:
              - { id: mia, name: Mia Thompson, age: 7, pronouns: \(pronouns) }
            people:
              - { id: dad, name: Darren Thompson, called: Daddy, relation: dad }
            map:
              harm: [{ text: Words., child: "\(child)", who: \(who) }]

            """).map(\.message)
    }

    @Test func aContradictingPronounAboutTheChildIsFlagged() throws {
        #expect(try messages("Mia was sad. He cried.") == [
            "Mia's pronouns are she/her, but 'he' here seems to mean Mia",
        ])
        #expect(try messages("Mia Thompson lost his coat.") == [
            "Mia's pronouns are she/her, but 'his' here seems to mean Mia",
        ])
        #expect(try messages("Mia is happy at school. She likes reading.", pronouns: "they/them") == [
            "Mia's pronouns are they/them, but 'she' here seems to mean Mia",
        ])
    }

    @Test func aPronounThatMayMeanSomeoneElseIsLeftAlone() throws {
        // The child's own pronoun.
        #expect(try messages("Mia was sad. She cried.").isEmpty)
        // Someone else is named in the sentence, or the one before.
        #expect(try messages("Mia was sad when Daddy shouted. He was cross.").isEmpty)
        #expect(try messages("Mia hugged her teacher. He smiled.").isEmpty)
        #expect(try messages("Mia loves Biscuit, her dog. He licks her face.").isEmpty)
        // The statement is about Daddy, who may be the 'he' without being named.
        #expect(try messages("Mia was scared when he shouted.", who: "[dad]").isEmpty)
        // Two sentences on, the child is no longer the nearest name.
        #expect(try messages("Mia went to Nana's house. It was sunny. He was there.").isEmpty)
        // "they" can mean a group; "he/they" allows "he"; any pronouns allows all.
        #expect(try messages("Mia and the others played. They laughed.").isEmpty)
        #expect(try messages("Mia was sad. He cried.", pronouns: "he/they").isEmpty)
        #expect(try messages("Mia was sad. He cried.", pronouns: "any pronouns").isEmpty)
    }
}
