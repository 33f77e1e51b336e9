import Foundation
import HearthTestSupport
import Testing

/// `hearth pack` makes one PDF for a workshop: its contents page and outline list every section at the page it
/// starts on, and with `--anonymise` a real case's names never reach it.
struct PackCommandTests {
    /// qpdf's outline: (title, page from 1).
    func outline(_ pdf: URL) throws -> [(String, Int)] {
        let json = try ExternalTool.output("qpdf", ["--json", "--json-key=outlines", pdf.path])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(root["outlines"] as? [[String: Any]])
        return entries.map { ($0["title"] as? String ?? "", $0["destpageposfrom1"] as? Int ?? 0) }
    }

    @Test(.needsPoppler, .needsQPDF) func theOutlineAndTheContentsListEverySectionAtItsFirstPage() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let oakley = CLI.root.appendingPathComponent("Examples/oakley-drinking.yaml").path
        let mia = CLI.root.appendingPathComponent("Examples/mia.yaml").path
        let r = try cli.run(["pack", oakley, mia, "-o", "pack.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = cli.folder.appendingPathComponent("pack.pdf")
        let entries = try outline(pdf)
        #expect(entries.map(\.0) == [
            "Workshop pack", "Three Houses: a blank worksheet", "Three Houses: blank, for the child to name the houses",
            "My safety scale", "My Safety House", "My fairy or wizard", "My safety circles", "Our safety plan", "My safety plan",
            "My safety plan: wallet cards to cut out", "The pictures Hearth draws", "Oakley and Ruby’s story", "Mia’s Three Houses",
        ])
        let pages = entries.map(\.1)
        #expect(pages.first == 1 && pages == pages.sorted() && Set(pages).count == pages.count, "\(pages)")
        // The contents page prints each title with the page the outline opens.
        let contents = try ExternalTool.output("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf.path, "-"])
        let lines = contents.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (title, page) in entries.dropFirst() {
            #expect(lines.contains { $0.hasPrefix(title + " ") && $0.hasSuffix(" \(page)") && !$0.dropFirst(title.count).contains(where: \.isLetter) },
                    "\(title) at \(page): \(lines)")
        }
        // The worked example's first page is the story's cover.
        let story = try #require(entries.first { $0.0 == "Oakley and Ruby’s story" })
        let cover = try ExternalTool.output("pdftotext", ["-f", "\(story.1)", "-l", "\(story.1)", pdf.path, "-"])
        #expect(cover.contains("Oakley and Ruby’s story"))
    }

    @Test(.needsPoppler, .needsQPDF) func aPackOfBlankToolsHoldsNoCaseData() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["pack", "-o", "blank.pdf", "--paper", "a3"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try ExternalTool.output("pdftotext", [cli.folder.appendingPathComponent("blank.pdf").path, "-"])
        // (The catalogue's sample scenes have their own made-up child, Mia; no case's family appears.)
        for word in ["Oakley", "Jayden", "Amira", "Kai", "Ayesha", "Zofia", "07700", "Written by"] { #expect(!text.contains(word), "\(word)") }
        #expect(try outline(cli.folder.appendingPathComponent("blank.pdf")).count == 11)
    }

    @Test(.needsPoppler) func withAnonymiseTheRealNamesNeverReachThePack() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let oakley = CLI.root.appendingPathComponent("Examples/oakley-drinking.yaml").path
        let r = try cli.run(["pack", oakley, "--anonymise", "-o", "pack.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try ExternalTool.output("pdftotext", [cli.folder.appendingPathComponent("pack.pdf").path, "-"])
        #expect(text.contains("Nanna "))
        for name in ["Oakley", "Ruby", "Nanna Pat", "Kieran", "Grace", "Mensah", "Ahmed", "Campbell", "Doyle"] {
            #expect(!text.contains(name), "\(name)")
        }
        #expect(!cli.files().contains { $0.hasSuffix(".yaml") }, "no copy of the case is left behind")
    }
}
