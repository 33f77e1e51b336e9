import Foundation
import Testing

/// The `hearth` command end to end: exit codes, messages, and that nothing half-made is left behind.
struct CommandLineTests {
    let minimal = """
        hearth: 1
        children:
          - id: mia
            name: Mia Thompson
            age: 7
        three_houses:
          - child: mia
            date: 2026-03-12
            worries:
              - When Mummy and Daddy shout I hide under my bed.
            good_things:
              - Biscuit my dog.
            dreams:
              - I want to be a vet.

        """

    @Test func rendersACaseToAPDF() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", minimal)
        let r = try cli.run(["render", "mia.yaml", "-o", "out/"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("wrote out/mia-three-houses.pdf (1 page"))
        #expect(cli.files().contains("out/mia-three-houses.pdf"))
        #expect(r.stderr.isEmpty)
    }

    @Test func anA5BookletSaysHowToPrintIt() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let example = CLI.root.appendingPathComponent("Examples/amira-domestic-abuse.yaml").path
        let booklet = try cli.run(["render", example, "-o", "out/", "--paper", "a5-booklet"])
        #expect(booklet.status == 0, "\(booklet.stderr)")
        #expect(booklet.stdout.contains("flipping on the short edge"), "\(booklet.stdout)")
        let storyboard = try cli.run(["render", example, "-o", "out/", "--paper", "a4-landscape"])
        #expect(storyboard.status == 0)
        #expect(!storyboard.stdout.contains("flipping"))
    }

    @Test func aPreviewOfOnePageSaysWhichPageItIs() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let example = CLI.root.appendingPathComponent("Examples/amira-domestic-abuse.yaml").path
        let r = try cli.run(["render", example, "--format", "png", "--first-page-only", "--dpi", "24", "-o", "out/"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("amira-domestic-abuse-story-p1.png (page 1 of 8,"), "\(r.stdout)")
    }

    @Test func aPictureThatCannotBeLaidOutNamesItsPage() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", """
            hearth: 1
            story: { children: [mia], date: 2026-03-20 }
            children:
              - { id: mia, name: Mia Stone, called: Mia, age: 7 }
            people:
              - { id: gran, name: Gran, called: GrandmotherofthewholewideworldandeverywhereelsebesidesGrandmotherofthewholewideworldandeverywhereelsebesidesGrandmotherofthewholewideworld, relation: gran, network: yes }
            output: { documents: [words-and-pictures], paper: a5-booklet }

            """)
        let r = try cli.run(["render", "mia.yaml", "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("the picture on the page"), "\(r.stderr)")
        #expect(r.stderr.contains("Grandmotherofthewholewideworldandeverywhereelsebesides"))
        #expect(!cli.files().contains { $0.hasPrefix("out") })
    }

    @Test func aTypoListsTheLineAndASuggestionAndWritesNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", minimal.replacingOccurrences(of: "good_things:", with: "good_thngs:"))
        let r = try cli.run(["render", "mia.yaml", "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("mia.yaml:11:5"), "\(r.stderr)")
        #expect(r.stderr.contains("good_things"))
        #expect(!r.stderr.contains("Fatal error"))
        #expect(cli.files() == ["mia.yaml"])
    }

    @Test func anEmojiIsRefusedNamingTheCharacter() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", minimal.replacingOccurrences(of: "Biscuit my dog.", with: "Biscuit my dog 🐶"))
        let r = try cli.run(["render", "mia.yaml", "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("U+1F436"), "\(r.stderr)")
        #expect(r.stderr.contains("mia.yaml:12:9: three_houses[0].good_things[0]"))
        #expect(cli.files() == ["mia.yaml"])
    }

    @Test func aMissingDrawingNamesTheFileAndLine() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", minimal + "    drawings:\n      dreams: pictures/vet.png\n")
        let r = try cli.run(["render", "mia.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("pictures/vet.png"), "\(r.stderr)")
        #expect(r.stderr.contains("mia.yaml:"))
        #expect(cli.files() == ["mia.yaml"])
    }

    @Test func neverWritesOverTheCaseFile() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let url = try cli.write("mia.pdf", minimal)
        let r = try cli.run(["render", "mia.pdf", "-o", "mia.pdf"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is an input"), "\(r.stderr)")
        #expect(try String(contentsOf: url, encoding: .utf8) == minimal)
    }

    @Test func pngPreviewsArePerPage() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", minimal)
        let r = try cli.run(["render", "mia.yaml", "--format", "png", "--dpi", "48", "-o", "prev"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(cli.files().contains("prev/mia-three-houses.png"))
    }

    @Test func blankWorksheetWithAndWithoutAName() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["blank", "three-houses", "-o", "houses.pdf"]).status == 0)
        #expect(try cli.run(["blank", "three-houses", "--child", "Leo", "--paper", "a3", "-o", "leo.pdf"]).status == 0)
        #expect(try cli.run(["blank", "three-houses", "--child-names-houses", "-o", "unnamed.pdf"]).status == 0)
        #expect(cli.files() == ["houses.pdf", "leo.pdf", "unnamed.pdf"])
    }

    @Test func badOptionsAreUsageErrorsNotCrashes() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["render", "x.yaml", "--paper", "b5"])
        #expect(r.status != 0 && r.status != 1)
        #expect(r.stderr.contains("b5"))
        let missing = try cli.run(["render", "nothing-here.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing-here.yaml"))
    }
}
