import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// `hearth check` reads the words of the other safety tools too: the family's plan for grown-ups in plain English,
/// the child's card, the Safety House, the circles, the scale and the Fairy/Wizard record for the child — each at
/// its own line, naming the document — but never the child's own words, which are quoted as said.
struct ToolCheckTests {
    static let people = """
        children:
          - { id: mia, name: Mia, age: 6 }
        people:
          - { id: mum, name: Kay, called: Mummy, relation: mum, network: yes }
          - { id: nan, name: Jean, called: Nana Jean, relation: LAC carer, network: yes }

        """

    func findings(_ yaml: String) throws -> [StoryCheck.Finding] {
        try LintFixture.findings(yaml)
    }

    func described(_ found: [StoryCheck.Finding]) -> [String] {
        found.map { "\($0.location?.line ?? 0): \($0.keyPath): \($0.message)" }
    }

    @Test func theFamilysPlanIsReadInItsGrownUpWording() throws {
        let found = try findings(Self.people + """
            map:
              worries:
                - text: Jo is worried that Mum is a bad mother.
                  child: Jo is worried about Mummy.
            safety_plan:
              rules:
                - rule: Nana Jean supervises contact on Saturdays at the family centre near the park by the river and the shops with Mia and her mum.
                  child: Nana Jean is there when Mia sees Mummy.
                  who: [nan]
                  when: every Saturday
                  if_not_kept: the LAC review is brought forward
              warning_signs:
                - Mum won't wake up in the morning.
            output:
              documents: [safety-plan]

            """)
        #expect(described(found) == [
            "8: map.worries[0]: on the family's safety plan: 'bad mother' labels a person instead of saying what they did, and they will read it",
            "12: safety_plan.rules[0].rule: on the family's safety plan: 'contact' is a word from case files; the family reads this plan, so say it in everyday words",
            "12: safety_plan.rules[0].rule: on the family's safety plan: a sentence of 24 words is long for a family's plan in plain English",
            "16: safety_plan.rules[0].if_not_kept: on the family's safety plan: 'LAC review' is a word from case files; the family reads this plan, so say it in everyday words",
        ], "a grown-up reads 'won't wake up' as it is; the child's words are the story's to check")
        #expect(found[0].fix == "say what the person did or did not do")
    }

    @Test func thePlanIsNotReadWhenItIsNotPrinted() throws {
        let found = try findings(Self.people + """
            map:
              worries:
                - { text: Jo is worried that Mum is a bad mother., child: Jo is worried about Mummy. }
            output:
              documents: [words-and-pictures]

            """)
        #expect(!found.contains { $0.message.contains("family's safety plan") })
    }

    @Test func theChildsToolsAreReadForTheChild() throws {
        let found = try findings(Self.people + """
            safety_plan:
              talk_to:
                - { who: mum, how: Tell Mummy }
            my_safety_plan:
              if_unsafe:
                - If Mummy won't wake up I phone 999.
                - It is down to you to keep Mummy safe.
            safety_house:
              - child: mia
                lives_here: [mia, mum]
                rules:
                  - Mummy has no contact with Craig.
            safety_circles:
              - child: mia
                live_with: [mum]
                help: [nan]
            scales:
              - who: mia
                score: 6
                about: Is the neglect over?
            fairy_wizard:
              - child: mia
                helper: fairy
                questions:
                  - What would you ask the fairy to do about the section 47?
                take_away:
                  - The neglect and the contact.
            output:
              documents: [my-safety-plan, safety-house, safety-circles, safety-scale, fairy-wizard]

            """)
        let lines = described(found)
        #expect(lines.contains("5: people[1].relation: on the safety circles: 'LAC' is a word from case files, not from a child's world"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("12: my_safety_plan.if_unsafe[1]: on the child's safety card: 'down to you'") }, "\(lines)")
        #expect(!lines.contains { $0.contains("won't wake up") }, "what to do must name the danger plainly")
        #expect(lines.contains("17: safety_house[0].rules[0]: on the Safety House: 'contact' is a word from case files, not from a child's world"))
        #expect(lines.contains("25: scales[0].about: on the safety scale: 'neglect' is a word from case files, not from a child's world"))
        #expect(lines.contains { $0.hasPrefix("30: fairy_wizard[0].questions[0]: on the Fairy/Wizard sheet: 'section 47'") })
        // The child's own words are quoted as said.
        #expect(!lines.contains { $0.contains("take_away") }, "\(lines)")
        #expect(found.count == 5, "\(lines)")
    }

    @Test func theExamplesOfTheToolsReadClean() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples")
        for name in ["oakley-safety-plan", "amira-safety-card", "ruby-safety-house", "ruby-safety-scale", "ruby-safety-circles", "theo-fairy-wizard"] {
            let caseFile = try CaseFileLoader.load(contentsOf: examples.appendingPathComponent("\(name).yaml"))
            let found = ToolCheck(caseFile: caseFile, lexicon: try LintFixture.plainWords()).findings()
            #expect(found.isEmpty, "\(name): \(found.map(\.description))")
        }
    }
}
