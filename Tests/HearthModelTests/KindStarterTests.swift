import Foundation
import Testing
@testable import HearthModel

/// The starters `hearth new --kind KIND` writes: each valid, made up, asking for its own kind, and together showing
/// every key of the sections only they show.
@Suite("Starters for one kind")
struct KindStarterTests {
    /// The objects only the kinds' starters show (the full starter leaves them out).
    static let objects: Set<String> = ["fairy_wizard", "fairy_wizard_drawings", "safety_house", "safety_circles"]
    static let kinds: [DocumentKind] = [.safetyScale, .safetyHouse, .fairyWizard, .safetyCircles]

    static func url(_ kind: DocumentKind) -> URL {
        StarterTemplateTests.url.deletingLastPathComponent().appendingPathComponent("\(kind.rawValue).yaml")
    }

    @Test(arguments: kinds)
    func isValidAndAsksForItsKind(_ kind: DocumentKind) throws {
        let file = try CaseFileLoader.load(contentsOf: Self.url(kind))
        #expect(file.output.documents == [kind])
        #expect(file.children.allSatisfy { $0.name.hasSuffix("Example") })
        #expect(file.people.allSatisfy { $0.name.hasSuffix("Example") })
    }

    @Test func togetherTheyShowEveryKeyOfTheirSections() throws {
        var found: [String: Set<String>] = [:]
        var commented = ""
        for kind in Self.kinds {
            let text = try String(contentsOf: Self.url(kind), encoding: .utf8)
            let context = DecodeContext(file: "\(kind.rawValue).yaml", text: text)
            #expect(CaseFileLoader.decode(text, context: context) != nil)
            #expect(context.diagnostics.isEmpty)
            found.merge(context.foundKeys) { $0.union($1) }
            commented += text
        }
        for object in Self.objects where object != "fairy_wizard_drawings" {
            // A drawing names a file beside the case, so the starter shows it in a comment.
            let missing = (CaseFileSchema.knownKeys[object] ?? []).subtracting(found[object] ?? [])
                .subtracting(object == "fairy_wizard" && commented.contains("# drawings:") ? ["drawings"] : [])
            #expect(missing.isEmpty, "no starter shows \(object)'s \(missing.sorted())")
        }
        for key in CaseFileSchema.knownKeys["fairy_wizard_drawings"] ?? [] {
            #expect(commented.contains("#   \(key):"), "the drawings' '\(key)' is shown in a comment")
        }
    }
}
