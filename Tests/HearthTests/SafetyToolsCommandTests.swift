import Foundation
import HearthModel
import Testing

/// `hearth blank KIND` and `hearth new --kind KIND` for the safety tools, run as a worker would.
struct SafetyToolsCommandTests {
    static let kinds = ["safety-scale", "safety-house", "fairy-wizard", "safety-circles"]

    @Test(arguments: kinds)
    func eachBlankSheetIsOneTaggedPageWithNoCaseInIt(_ kind: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["blank", kind, "--paper", "a4", "-o", "\(kind).pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = try Data(contentsOf: cli.folder.appendingPathComponent("\(kind).pdf"))
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/Type /Page") && text.contains("/StructTreeRoot"))
        #expect(!text.contains("/Author"), "a blank sheet has no author: nothing from a case")
    }

    @Test func aBlankSheetCanBeHeadedWithTheChildsName() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["blank", "fairy-wizard", "--helper", "wizard", "--child", "Zara", "--format", "png", "-o", "zara.png"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(cli.files() == ["zara.png"])
    }

    @Test(arguments: kinds)
    func eachStarterIsValidWithTheChildsName(_ kind: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["new", "--kind", kind, "--child", "Zara", "-o", "zara.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        let url = cli.folder.appendingPathComponent("zara.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains("Mia"))
        let parsed = try CaseFileLoader.load(contentsOf: url)
        #expect(parsed.output.documents.map(\.rawValue) == [kind])
        let rendered = try cli.run(["render", "zara.yaml", "-o", "out/"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
    }

    @Test func aKindTheCaseHasNoSectionForSaysWhichSectionToAdd() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", "children:\n  - { id: mia, name: Mia }\noutput:\n  documents: [fairy-wizard]\n")
        let r = try cli.run(["render", "mia.yaml", "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("mia.yaml:4:15: output.documents[0]: output.documents asks for fairy-wizard, but the case has no fairy_wizard"))
        #expect(r.stderr.contains("hearth new --kind fairy-wizard"))
    }
}
