import Foundation
import Testing

/// Every problem points at the line it comes from, says what is wrong in plain words (never a library's) and how to
/// fix the real cause; case text in a message is cut short with invisible characters shown as codes. Each case:
/// exit 1, the located message, and nothing written.
struct LocatedMessageTests {
    static let caseText = HostileInputTests.caseText
        .replacingOccurrences(of: "    drawings:\n      good_things: drawings/picture.png\n", with: "")

    /// Renders `text` saved as `name`; returns the result and the files made.
    func render(_ text: String, name: String = "mia.yaml") throws -> (CLI.Result, [String]) {
        try render(bytes: Array(text.utf8), name: name)
    }

    func render(bytes: [UInt8], name: String = "mia.yaml") throws -> (CLI.Result, [String]) {
        let cli = try CLI()
        defer { cli.remove() }
        try Data(bytes).write(to: cli.folder.appendingPathComponent(name))
        let r = try cli.run(["render", name, "-o", "out/"])
        return (r, cli.files().filter { $0.hasPrefix("out") })
    }

    func expectRefused(_ r: CLI.Result, _ written: [String], _ message: String, fix: String? = nil) {
        #expect(r.status == 1)
        #expect(r.stderr.contains("hearth: error: " + message), "\(r.stderr.prefix(2000))")
        if let fix { #expect(r.stderr.contains("  fix: " + fix), "\(r.stderr.prefix(2000))") }
        for libraryWords in ["yaml_", "Maximum nesting level", "<document start>", "Fatal error", "could not be completed"] {
            #expect(!r.stderr.contains(libraryWords), "\(r.stderr.prefix(2000))")
        }
        #expect(!r.stderr.unicodeScalars.contains { $0 != "\n" && $0.properties.generalCategory == .control }, "raw control characters")
        #expect(written.isEmpty, "\(written)")
    }

    @Test func aNulInANameIsNamedAsAControlCharacterNotAsTooLong() throws {
        let (r, written) = try render(Self.caseText.replacingOccurrences(of: "name: Mia Thompson", with: "name: \"Mia\\0 Thompson\""))
        expectRefused(
            r, written,
            "mia.yaml:4:11: children[0].name: this text holds the invisible control character \\u{0} (U+0000), which cannot be printed",
            fix: "delete it")
        #expect(!r.stderr.contains("shorten"))
    }

    @Test func anEscapeSequenceInTheWordsIsShownAsACodeNotSentToTheTerminal() throws {
        let (r, written) = try render(Self.caseText.replacingOccurrences(
            of: "worries: [When Mummy and Daddy shout I hide under my bed.]", with: "worries: [\"\\e[2J\\e[31mred\"]"))
        expectRefused(r, written, "mia.yaml:9:15: three_houses[0].worries[0]: this text holds the invisible control character \\u{1B}")
    }

    @Test func aNameTooLongForTheTitlePointsAtTheNameAndIsCutShort() throws {
        let long = (0..<190).map { _ in "Mia-Rose" }.joined(separator: " ")
        let (r, written) = try render(Self.caseText.replacingOccurrences(of: "name: Mia Thompson", with: "name: \(long)\n    called: \(long)"))
        expectRefused(r, written, "mia.yaml:5:13: children[0].called: \"Mia-Rose Mia-Rose")
        #expect(r.stderr.contains("…\" does not fit in the record at the foot of the page, even at the smallest type size"))
        #expect(r.stderr.contains("  fix: shorten the words at that line"))
        #expect(r.stderr.utf8.count < 600, "the name is echoed whole: \(r.stderr.utf8.count) bytes")
    }

    @Test func aCharacterNoFontCanDrawInTheNamePointsAtTheName() throws {
        let (r, written) = try render(Self.caseText.replacingOccurrences(of: "name: Mia Thompson", with: "name: Mia 🦄 Thompson\n    called: Mia 🦄"))
        expectRefused(r, written, "mia.yaml:5:13: children[0].called: no bundled font can draw '🦄' (U+1F984)")
    }

    @Test func aCharacterNoFontCanDrawInTheRecordPointsAtTheRecorder() throws {
        let (r, written) = try render(Self.caseText.replacingOccurrences(
            of: "    date: 2026-03-12\n", with: "    date: 2026-03-12\n    recorded_by: Sam 🦄 Okafor\n"))
        expectRefused(r, written, "mia.yaml:9:18: three_houses[0].recorded_by: no bundled font can draw '🦄'")
    }

    @Test func aWorksheetAskedForWithoutAnInterviewPointsAtTheRequest() throws {
        let text = "hearth: 1\nchildren:\n  - id: mia\n    name: Mia\noutput:\n  documents: [words-and-pictures, three-houses]\n"
        let (r, written) = try render(text)
        expectRefused(
            r, written,
            "mia.yaml:6:35: output.documents[1]: output.documents asks for three-houses, but the case has no three_houses interview",
            fix: "add a three_houses entry")
    }

    @Test func aPictureThatDoesNotExistPointsAtItsName() throws {
        let example = try String(contentsOf: CLI.root.appendingPathComponent("Examples/oakley-drinking.yaml"), encoding: .utf8)
        let changed = example.replacingOccurrences(of: "  phoning_nanna:\n    where: home\n", with: "  phoning_nanna:\n    where: calm\n")
        #expect(changed != example)
        let line = changed.components(separatedBy: "\n").firstIndex { $0 == "    where: calm" }! + 1
        let (r, written) = try render(changed)
        expectRefused(
            r, written, "mia.yaml:\(line):12: pictures.phoning_nanna.where", fix: "use one of:")
        #expect(r.stderr.contains("there is no picture called 'calm'"))
    }

    /// Oakley's story without a title of its own, so Hearth makes one from the children's names, and with Oakley's
    /// name changed to `called`; returns the case and the line of the name.
    func oakleyCalled(_ called: String) throws -> (String, Int) {
        let example = try String(contentsOf: CLI.root.appendingPathComponent("Examples/oakley-drinking.yaml"), encoding: .utf8)
        let changed = example
            .replacingOccurrences(of: "  title: Oakley and Ruby's story\n", with: "")
            .replacingOccurrences(of: "    called: Oakley\n", with: "    called: \(called)\n")
        #expect(changed.count != example.count)
        let line = changed.components(separatedBy: "\n").firstIndex { $0 == "    called: \(called)" }! + 1
        return (changed, line)
    }

    @Test func aCharacterNoFontCanDrawInATitleMadeFromTheNamesPointsAtTheName() throws {
        let (text, line) = try oakleyCalled("Oak🦄")
        let (r, written) = try render(text)
        expectRefused(r, written, "mia.yaml:\(line):13: children[0].called (the story's title): no bundled font can draw '🦄'")
    }

    @Test func aNameTooLongForTheCoverPointsAtTheNameNotAtAKeyWithNoLine() throws {
        let (text, line) = try oakleyCalled(String(repeating: "Oakleigh", count: 12))
        let (r, written) = try render(text)
        expectRefused(r, written, "mia.yaml:\(line):13: children[0].called")
        #expect(r.stderr.contains("does not fit"), "\(r.stderr.prefix(2000))")
        #expect(!r.stderr.contains("error: story.title"), "\(r.stderr.prefix(2000))")
    }

    @Test func deepNestingIsSaidInPlainWords() throws {
        let (r, written) = try render("hearth: 1\nchildren: " + String(repeating: "[", count: 2_000) + "\n")
        expectRefused(r, written, "mia.yaml:2:")
        #expect(r.stderr.contains("nested too deep"))
    }

    @Test func textAfterTheEndOfTheCaseIsSaidInPlainWords() throws {
        let (r, written) = try render("hearth: 1\nchildren:\n  - id: mia\n    name: Mia\n...\nmore: text\n")
        expectRefused(r, written, "mia.yaml:")
        #expect(r.stderr.contains("line"))
    }

    @Test func aJSONFileIsNeverCalledYAML() throws {
        let (r, written) = try render("{\"hearth\": 1, \"children\": [{\"id\": \"mia\", \"name\": \"Mia\"}, }", name: "mia.json")
        expectRefused(r, written, "mia.json:1:")
        #expect(!r.stderr.contains("YAML"), "\(r.stderr)")
    }

    @Test func utf16WithoutAByteOrderMarkIsNamed() throws {
        let bytes = Self.caseText.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let (r, written) = try render(bytes: bytes)
        expectRefused(
            r, written, "mia.yaml:1:1: this file is saved as UTF-16 (little-endian), not as UTF-8 text",
            fix: "save it again as 'UTF-8' text")
        #expect(!r.stderr.contains("control character"))
    }
}

/// Output problems are said in plain words too, never Foundation's "The operation could not be completed".
struct OutputMessageTests {
    @Test func anOutputFolderInsideAFileIsSaidPlainly() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", LocatedMessageTests.caseText)
        _ = try cli.write("notes.txt", "a file, not a folder")
        let r = try cli.run(["render", "mia.yaml", "-o", "notes.txt/out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("notes.txt is a file, not a folder; nothing was written"), "\(r.stderr)")
        #expect(r.stderr.contains("  fix: choose an output folder you can write to with -o"))
        #expect(!r.stderr.contains("could not be completed"))
    }
}
