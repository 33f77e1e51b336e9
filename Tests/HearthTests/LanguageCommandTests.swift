import Foundation
import HearthTestSupport
import Testing

/// Languages at the command line: check says which fixed words nobody has checked, a case's own words are
/// checked against the strings, and blank sheets take --language.
struct LanguageCommandTests {
    static let worksheet = """
        children:
          - { id: zofia, name: Zofia, age: 8 }
        three_houses:
          - child: zofia
            date: 2026-04-02
            worries: [Boję się burzy.]
        output:
          language: PL

        """

    @Test func checkListsTheUncheckedPolishWordsAsOneWarning() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("case.yaml", Self.worksheet)
        let r = try cli.run(["check", "case.yaml"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let warnings = r.stdout.split(separator: "\n").filter { $0.hasPrefix("hearth: warning:") }
        #expect(warnings.count == 1, "\(r.stdout)")
        #expect(r.stdout.contains("no qualified translator has checked the polski (Polish) words this document prints yet"), "\(r.stdout)")
        #expect(r.stdout.contains("house.worries"))
        #expect(r.stdout.contains("render will accept it"))
        #expect(try cli.run(["check", "case.yaml", "--strict"]).status == 1)
        // The document itself never says so.
        let render = try cli.run(["render", "case.yaml", "-o", "out/"])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(!render.stderr.contains("translator"))
    }

    @Test func aCasesOwnWordsForAnUnknownKeyAreAnErrorAtTheirLine() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("case.yaml", Self.worksheet + "  strings:\n    house.wories: Domek Smutków\n")
        let r = try cli.run(["check", "case.yaml"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("hearth: error: case.yaml:10:19: output.strings.house.wories: there is no fixed word called 'house.wories'"), "\(r.stdout)")
        #expect(r.stdout.contains("did you mean 'house.worries'?"))
    }

    @Test func anUnknownLanguageIsAnErrorListingTheLanguages() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("case.yaml", Self.worksheet.replacingOccurrences(of: "language: PL", with: "language: fr"))
        let r = try cli.run(["check", "case.yaml"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("case.yaml:8:13: output.language: Hearth has no words in 'fr' yet"), "\(r.stdout)")
        #expect(r.stdout.contains("so (Somali, Soomaali)"))
    }

    @Test(.needsPoppler) func aBlankSheetInWelshAndAnUnknownLanguageRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let ok = try cli.run(["blank", "three-houses", "--language", "CY", "--questions", "-o", "tai.pdf"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let text = try Self.pdfText(cli.folder.appendingPathComponent("tai.pdf"))
        for word in ["Fy Nhri Thŷ", "Pryderon", "Breuddwydion", "Beth sy’n dy boeni di?"] {
            #expect(text.contains(word), "\(word) in \(text)")
        }
        let bad = try cli.run(["blank", "three-houses", "--language", "xx", "-o", "x.pdf"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("Hearth has no words in 'xx' yet"), "\(bad.stderr)")
    }

    /// The text pdftotext (Poppler) copies out of a PDF.
    static func pdfText(_ url: URL) throws -> String {
        try ExternalTool.output("pdftotext", [url.path, "-"])
    }
}
