import Foundation
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth

/// The adversarial privacy suite of the story (``PrivacyPDFTests``), for the child's safety card: an address, a
/// postcode, a phone number and a protected person's name are planted, one field at a time, in every text field the
/// safety plan and the card can carry. A field the card prints must be refused at its line; any other must give
/// cards (page and wallet sheet) whose text and metadata hold none of them. Run for a full card and a minimal one.
struct SafetyCardPrivacyTests {
    /// Each field, whether a full card prints it, and whether a minimal card does.
    static let fields: [(marker: String, full: Bool, minimal: Bool)] = [
        ("@AUTHOR", true, false), ("@CASE_TITLE", false, false), ("@RULE_TEXT", false, false),
        ("@RULE_CHILD", false, false), ("@WHEN", false, false), ("@IF_NOT_KEPT", false, false),
        ("@WARNING", false, false), ("@IF_NOT", false, false), ("@JOB_TEXT", false, false), ("@JOB_CHILD", false, false),
        ("@OOH_WHO", false, false), ("@TALK_HOW", true, false), ("@SAFE_TEXT", false, false), ("@SAFE_CHILD", true, true),
        ("@IF_UNSAFE", true, true), ("@RELATION", false, false), ("@WORRY_TEXT", false, false), ("@GOAL_TEXT", false, false),
    ]

    static let template = """
        hearth: 1
        case:
          author: "@AUTHOR"
          title: "@CASE_TITLE"
        children:
          - { id: amira, name: Amira Khan, called: Amira, age: 6 }
        people:
          - { id: mum, name: Samia Khan, called: Mummy, relation: mum, network: yes }
          - { id: dad, name: Tariq Khan, called: Daddy, relation: dad, not_safe: yes }
          - { id: gary, name: Gary Pemberton, called: Uncle G, relation: "@RELATION", network: yes, private: yes }
          - { id: sam, name: Sam Okafor, called: Sam, role: social-worker }
        private:
          - 14 Rowan Close
          - LS6 2AB
          - +44 113 496 0000
        map:
          worries:
            - text: "@WORRY_TEXT"
              worried: [sam]
          goals:
            - text: "@GOAL_TEXT"
        safety_plan:
          rules:
            - rule: "@RULE_TEXT"
              child: "@RULE_CHILD"
              who: [mum, gary]
              phone: 07700 900111
              when: "@WHEN"
              if_not_kept: "@IF_NOT_KEPT"
          warning_signs:
            - "@WARNING"
          if_not_working:
            - "@IF_NOT"
          network:
            - who: mum
              phone: 07700 900111
              job:
                text: "@JOB_TEXT"
                child: "@JOB_CHILD"
          out_of_hours:
            who: "@OOH_WHO"
            phone: 01632 960000
          talk_to:
            - who: mum
              how: "@TALK_HOW"
              phone: "999"
          safe_place:
            text: "@SAFE_TEXT"
            child: "@SAFE_CHILD"
        my_safety_plan:
          minimal: MINIMAL
          talk_to: [mum]
          if_unsafe:
            - "@IF_UNSAFE"
        output:
          documents: [my-safety-plan]

        """

    static func caseText(planting marker: String?, minimal: Bool) -> String {
        var text = template.replacingOccurrences(of: "MINIMAL", with: minimal ? "yes" : "no")
        for (other, _, _) in fields where other != marker {
            text = text.replacingOccurrences(of: "\"\(other)\"", with: "\"\(benign(other))\"")
        }
        if let marker { text = text.replacingOccurrences(of: "\"\(marker)\"", with: "\"\(PrivacyPDFTests.plant)\"") }
        return text
    }

    static func benign(_ marker: String) -> String {
        switch marker {
        case "@AUTHOR": "Sam Okafor, social worker"
        case "@CASE_TITLE": "Amira's card"
        case "@RELATION": "uncle"
        case "@TALK_HOW": "If someone is hurt, phone"
        case "@OOH_WHO": "the Emergency Duty Team"
        case "@WHEN": "every day"
        case "@SAFE_CHILD": "I go to my room."
        case "@IF_UNSAFE": "I tell Mummy."
        default: "Amira is safe with Mummy."
        }
    }

    static func line(of marker: String) -> Int {
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains("\"\(marker)\"") } ?? -1) + 1
    }

    @Test(arguments: [false, true])
    func theCaseWithNothingPlantedMakesTheCards(minimal: Bool) throws {
        let pdfs = try PrivacyPDFTests.render(Self.caseText(planting: nil, minimal: minimal)).get()
        #expect(pdfs.count == 2)
        for pdf in pdfs { #expect(PrivacyPDFTests.letters(try PrivacyPDFTests.everything(pdf)).contains("mummy")) }
    }

    @Test(.needsPoppler, arguments: fields.map(\.marker), [false, true])
    func nothingPlantedReachesTheCard(_ marker: String, minimal: Bool) throws {
        let field = try #require(Self.fields.first { $0.marker == marker })
        let printed = minimal ? field.minimal : field.full
        try PrivacyPDFTests.expectNothingPlanted(
            try PrivacyPDFTests.render(Self.caseText(planting: marker, minimal: minimal)), printed: printed, marker: marker,
            line: Self.line(of: marker), document: "the child's card")
    }

    /// The protected person may be on a full card, as the child calls them; never by their name, and never on a
    /// minimal card (refused where they are listed).
    @Test func aPrivatePersonIsOnAFullCardOnlyAsTheChildCallsThem() throws {
        let full = Self.caseText(planting: nil, minimal: false).replacingOccurrences(of: "  talk_to: [mum]", with: "  talk_to: [mum, gary]")
        let pdfs = try PrivacyPDFTests.render(full).get()
        let text = PrivacyPDFTests.letters(try PrivacyPDFTests.everything(pdfs[0]))
        #expect(text.contains("uncleg"))
        #expect(!text.contains("gary") && !text.contains("pemberton"))
        let minimal = Self.caseText(planting: nil, minimal: true).replacingOccurrences(of: "  talk_to: [mum]", with: "  talk_to: [mum, gary]")
        guard case .failure(.caseFile(let problems)) = try PrivacyPDFTests.render(minimal) else {
            Issue.record("a minimal card showed a private person")
            return
        }
        #expect(problems.diagnostics.contains { $0.keyPath == "my_safety_plan.talk_to[1]" && $0.message.contains("marked private") })
    }
}
