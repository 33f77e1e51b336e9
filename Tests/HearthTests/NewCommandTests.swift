import Foundation
import HearthModel
import Testing

/// `hearth new` writes a starter that Hearth itself reads without a single problem, and never overwrites.
struct NewCommandTests {
    @Test func theStarterIsAValidCaseWithTheChildsName() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["new", "--child", "Zara", "-o", "zara.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        let url = cli.folder.appendingPathComponent("zara.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("called: Zara"))
        #expect(!text.contains("Mia"))
        let parsed = try CaseFileLoader.load(contentsOf: url)
        #expect(parsed.children.contains { $0.id == "zara" && $0.displayName == "Zara" })
    }

    @Test func itNeverWritesOverAFile() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("case.yaml", "mine")
        let r = try cli.run(["new"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("already exists"))
        #expect(try String(contentsOf: cli.folder.appendingPathComponent("case.yaml"), encoding: .utf8) == "mine")
    }
}

/// `hearth check` warns and, with --strict, fails a script.
struct CheckCommandTests {
    @Test func warningsAreListedAndStrictFails() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("case.yaml", """
            children:
              - { id: mia, name: Mia, age: 6 }
            map:
              harm: [There was neglect.]

            """)
        let r = try cli.run(["check", "case.yaml"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("case.yaml:4:10: map.harm[0]: 'neglect' is a word from case files"), "\(r.stdout)")
        #expect(r.stdout.contains("1 thing to look at"))
        #expect(try cli.run(["check", "case.yaml", "--strict"]).status == 1)
    }
}
