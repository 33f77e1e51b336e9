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

/// `hearth check` finds what render refuses, as errors; warns about words; and with --strict fails on either.
struct CheckCommandTests {
    /// A one-child story case whose harm statement is `harm`, with what happens next agreed for the child.
    static func story(harm: String) -> String {
        """
        children:
          - { id: mia, name: Mia, age: 6 }
        map:
          harm:
            - \(harm)
          next_steps: [{ text: Sam visits., child: Sam will come to see Mia. }]
        output:
          documents: [words-and-pictures]

        """
    }

    /// Runs `hearth check` (with `flags`) on a case in a scratch folder.
    func check(_ yaml: String, _ flags: [String] = []) throws -> (CLI, CLI.Result) {
        let cli = try CLI()
        _ = try cli.write("case.yaml", yaml)
        return (cli, try cli.run(["check", "case.yaml"] + flags))
    }

    @Test func wordsWorthASecondLookAreWarningsAndStrictFails() throws {
        let yaml = Self.story(harm: "{ text: There was neglect., child: There was neglect. }")
        let (cli, r) = try check(yaml)
        defer { cli.remove() }
        #expect(r.status == 0)
        #expect(r.stdout.contains("case.yaml:5:42: map.harm[0]"), "\(r.stdout)")
        #expect(r.stdout.contains("hearth: warning:") && r.stdout.contains("'neglect'"), "\(r.stdout)")
        #expect(r.stdout.contains("render will accept it"))
        #expect(try cli.run(["check", "case.yaml", "--strict"]).status == 1)
    }

    @Test func whatRenderRefusesIsAnErrorAndCheckFails() throws {
        let (cli, r) = try check(Self.story(harm: "Mia was left alone at home."))
        defer { cli.remove() }
        #expect(r.status == 1)
        #expect(r.stdout.contains("hearth: error: case.yaml:5:7: map.harm[0]: there are no words agreed for the child here"), "\(r.stdout)")
        #expect(r.stdout.contains("1 problem that stops render"))
        // The same file in a draft check: the missing words are warnings.
        let draft = try cli.run(["check", "case.yaml", "--draft"])
        #expect(draft.status == 0, "\(draft.stdout)")
        #expect(draft.stdout.contains("hearth: warning: case.yaml:5:7: map.harm[0]"))
        let render = try cli.run(["render", "case.yaml", "-o", "out/"])
        #expect(render.status == 1)
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("out").path))
    }

    @Test func aCleanFileSaysNoProblemsFound() throws {
        let (cli, r) = try check(Self.story(harm: "{ text: Mia was left alone at home., child: Mia was on her own at home. }"))
        defer { cli.remove() }
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("case.yaml: no problems found\n"), "\(r.stdout)")
    }
}
