import Foundation
import HearthModel
import Testing

@testable import Hearth

/// The adversarial privacy suite of the story, for the safety tools a child keeps: an address, a postcode, a phone
/// number and a protected person's full name are planted in each text field these sheets print; every render must be
/// refused at that field's line or give PDFs that hold none of it. The person the child is not safe with is never
/// named or drawn on a copy the child keeps.
struct SafetyToolsPrivacyTests {
    static let fields = [
        "@ABOUT", "@ZERO", "@TEN", "@RULE", "@HOUSE_RECORDER", "@TAKE_AWAY", "@KEEP", "@MAKE_HAPPEN", "@QUESTION",
        "@FW_RECORDER", "@RELATION",
    ]

    static let template = """
        hearth: 1
        children:
          - { id: amira, name: Amira Khan, called: Amira, age: 6 }
        people:
          - { id: mum, name: Samia Khan, called: Mummy, relation: mum, network: yes }
          - { id: dad, name: Tariq Khan, called: Daddy Tariq, relation: dad, not_safe: yes }
          - { id: gary, name: Gary Pemberton, called: Uncle G, relation: "@RELATION", network: yes, private: yes }
          - { id: sam, name: Sam Okafor, called: Sam, role: social-worker }
        private:
          - 14 Rowan Close
          - LS6 2AB
          - +44 113 496 0000
        scales:
          - who: amira
            score: 6
            about: "@ABOUT"
            zero: "@ZERO"
            ten: "@TEN"
          - { who: mum, score: 7, about: "@ABOUT" }
          - { who: dad, score: 10, about: "@ABOUT" }
        safety_house:
          - child: amira
            recorded_by: "@HOUSE_RECORDER"
            lives_here: [amira, mum]
            visits: [gary, sam]
            rules:
              - "@RULE"
        fairy_wizard:
          - child: amira
            recorded_by: "@FW_RECORDER"
            questions:
              - "@QUESTION"
            take_away:
              - "@TAKE_AWAY"
            keep:
              - "@KEEP"
            make_happen:
              - "@MAKE_HAPPEN"
        safety_circles:
          - child: amira
            live_with: [mum]
            see_a_lot: [gary]
            help: [sam]
        output:
          documents: [safety-scale, safety-house, fairy-wizard, safety-circles]

        """

    static func caseText(planting marker: String?) -> String {
        var text = template
        for other in fields where other != marker {
            let benign = other == "@RELATION" ? "uncle" : (other.hasSuffix("RECORDER") ? "Sam Okafor" : "Amira is safe with Mummy.")
            text = text.replacingOccurrences(of: "\"\(other)\"", with: "\"\(benign)\"")
        }
        if let marker { text = text.replacingOccurrences(of: "\"\(marker)\"", with: "\"\(PrivacyPDFTests.plant)\"") }
        return text
    }

    static func line(of marker: String) -> Int {
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains("\"\(marker)\"") } ?? -1) + 1
    }

    @Test func withNothingPlantedEveryKindRendersAndNamesNobodyUnsafe() throws {
        let pdfs = try PrivacyPDFTests.render(Self.caseText(planting: nil)).get()
        #expect(pdfs.count == 4)
        for pdf in pdfs {
            let all = PrivacyPDFTests.letters(try PrivacyPDFTests.everything(pdf))
            #expect(all.contains("amira"))
            for forbidden in ["tariq", "pemberton", "rowanclose", "ls62ab", "01134960000"] {
                #expect(!all.contains(forbidden), "'\(forbidden)' on a child's sheet")
            }
        }
        let circles = PrivacyPDFTests.letters(try PrivacyPDFTests.everything(pdfs[3]))
        #expect(circles.contains("uncleg"), "the protected person is named as the child calls them")
    }

    @Test(arguments: fields)
    func nothingPlantedReachesAChildsSheet(_ marker: String) throws {
        switch try PrivacyPDFTests.render(Self.caseText(planting: marker)) {
        case .failure(let error):
            guard case .caseFile(let problems) = error else {
                Issue.record("expected problems in the case file, found \(error)")
                return
            }
            #expect(problems.diagnostics.contains { $0.location?.line == Self.line(of: marker) },
                    "no problem points at line \(Self.line(of: marker)): \(problems)")
        case .success(let pdfs):
            for pdf in pdfs {
                let all = PrivacyPDFTests.letters(try PrivacyPDFTests.everything(pdf))
                for forbidden in PrivacyPDFTests.forbidden {
                    #expect(!all.contains(forbidden), "planted in \(marker), '\(forbidden)' reached a child's sheet")
                }
            }
        }
    }

    @Test func aRuleNamingSomeoneTheChildIsNotSafeWithIsRefusedOnHerCopy() throws {
        let text = Self.caseText(planting: nil).replacingOccurrences(
            of: "    rules:\n      - \"Amira is safe with Mummy.\"", with: "    rules:\n      - \"Daddy Tariq doesn't come in.\"")
        guard case .failure(.caseFile(let problems)) = try PrivacyPDFTests.render(text) else {
            Issue.record("a child's copy naming the person she is not safe with was printed")
            return
        }
        #expect(problems.diagnostics.first?.message == "these words name Daddy Tariq, whom Amira is not safe with, on a copy Amira keeps")
        #expect(problems.diagnostics.first?.location?.line == Self.line(of: "@RULE"))
    }

    @Test func theRedCircleNamesThemOnlyOnTheWorkersCopy() throws {
        let text = Self.caseText(planting: nil)
            .replacingOccurrences(of: "    visits: [gary, sam]\n", with: "    visits: [gary, sam]\n    red_circle: yes\n    kept_by: worker\n")
            .replacingOccurrences(of: "documents: [safety-scale, safety-house, fairy-wizard, safety-circles]", with: "documents: [safety-house]")
        let pdfs = try PrivacyPDFTests.render(text).get()
        #expect(pdfs.count == 1)
        let all = PrivacyPDFTests.letters(try PrivacyPDFTests.everything(pdfs[0]))
        #expect(all.contains("daddytariq") && all.contains("workerscopy"))
    }
}
