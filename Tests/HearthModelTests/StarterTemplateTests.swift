import Foundation
import HearthTestSupport
import Testing
@testable import HearthModel

/// `Assets/templates/starter.yaml`, the commented case a social worker starts from, must be valid and
/// show every section.
@Suite("Starter template")
struct StarterTemplateTests {
    static let url = Repository.url("Assets/templates/starter.yaml")

    private func text() throws -> String {
        try String(contentsOf: StarterTemplateTests.url, encoding: .utf8)
    }

    /// The root keys of sections only the kinds' own starters show.
    static let kindSections: Set<String> = ["fairy_wizard", "safety_house", "safety_circles"]

    @Test func parsesWithNoProblems() throws {
        let found = problems(try text(), file: "starter.yaml")
        #expect(found.isEmpty, "\(CaseFileError(diagnostics: found))")
    }

    @Test func loadsFromDiskLikeAnyCase() throws {
        let file = try CaseFileLoader.load(contentsOf: StarterTemplateTests.url)
        #expect(file.output.documents == [.wordsAndPictures, .threeHouses])
        #expect(file.output.paper == .a5Booklet)
        #expect(file.storyChildren.map(\.id) == ["mia", "leo"])
        #expect(!file.map.harm.isEmpty && !file.map.worries.isEmpty && !file.map.goals.isEmpty)
        #expect(file.map.harm.allSatisfy { $0.hasChildWording })
        #expect(file.safetyPlan.rules.allSatisfy { !$0.who.isEmpty && $0.phone != nil })
        #expect(file.reviewDate == CalendarDate(iso: "2026-06-19"))
        #expect(file.children.allSatisfy { $0.name.hasSuffix("Example") })
        #expect(file.people.allSatisfy { $0.name.hasSuffix("Example") })
    }

    /// Every kind of object is written out at least once (a drawing and the long form of someone in a
    /// picture are shown in comments), and the main sections show every one of their keys.
    @Test func keysCoverEverySection() throws {
        let context = DecodeContext(file: "starter.yaml", text: try text())
        #expect(CaseFileLoader.decode(try text(), context: context) != nil)
        #expect(context.diagnostics.isEmpty)
        let shownInComments: Set<String> = ["drawings", "scene_person"]
        for object in CaseFileSchema.knownKeys.keys where !shownInComments.contains(object)
            && !KindStarterTests.objects.contains(object)
        {
            #expect(context.foundKeys[object]?.isEmpty == false, "the starter has no '\(object)'")
        }
        let complete = [
            "root", "case", "story", "child", "person", "scene", "map", "statement", "wording", "dispute", "decided",
            "safety_plan", "rule", "network_member", "talk_to", "scale", "page", "output",
        ]
        for object in complete {
            let missing = (CaseFileSchema.knownKeys[object] ?? []).subtracting(context.foundKeys[object] ?? [])
                .subtracting(Self.kindSections)
            #expect(missing.isEmpty, "the starter's '\(object)' does not show \(missing.sorted())")
        }
    }

    @Test func everyKeyAndSectionIsNamedSomewhere() throws {
        let text = try text()
        for (object, keys) in CaseFileSchema.knownKeys where !KindStarterTests.objects.contains(object) {
            for key in keys where !Self.kindSections.contains(key) {
                #expect(text.contains(key), "'\(key)' (\(object)) is not mentioned in the starter")
            }
        }
        for section in BookletSection.allCases {
            #expect(text.contains(section.rawValue), "the starter does not name the section '\(section.rawValue)'")
        }
    }

    @Test func explainsEachSectionInAComment() throws {
        let lines = try text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            guard let first = line.first, first.isLetter, line.contains(":") else { continue }
            // A top-level key: a comment must sit on its line or just above it (the version line has its own).
            let above = index > 0 ? lines[index - 1] : ""
            #expect(line.contains("#") || above.hasPrefix("#"), "line \(index + 1) ('\(line)') has no comment")
        }
    }

    @Test func writesNoTabsAndNoRealPhoneNumbers() throws {
        let text = try text()
        #expect(!text.contains("\t"))
        let file = try CaseFileLoader.parse(text, file: "starter.yaml")
        let phones = file.safetyPlan.rules.compactMap(\.phone) + file.safetyPlan.talkTo.compactMap(\.phone)
        #expect(!phones.isEmpty)
        // Ofcom keeps 07700 900000–900999 for drama; 0800 1111 is Childline, which a child may really ring.
        #expect(phones.allSatisfy { $0.hasPrefix("07700 900") || $0 == "0800 1111" })
    }

    /// Mutations of the starter never crash the decoder and always explain themselves.
    @Test func mutatedStarterNeverCrashes() throws {
        let source = try text()
        var random = RobustnessTests.SeededGenerator(state: 0x57A7_7E2)
        var refused = 0
        for _ in 0..<200 {
            let mutated = RobustnessTests.mutate(source, using: &random)
            let found = problems(mutated, file: "fuzz.yaml")
            RobustnessTests.checkSane(mutated, found)
            if !found.isEmpty { refused += 1 }
        }
        #expect(refused > 20)
    }
}
