import Foundation
import HearthFrame
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth

/// The Words and Pictures booklet as a PDF: metadata, an outline entry per section, imposition for A5.
struct StoryPDFTests {
    func story(paper: Paper) throws -> (pdf: [UInt8], pages: Int) {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.root.appendingPathComponent("Assets/templates/starter.yaml")
        let docs = try bench.documents(for: try bench.load(url), at: url, paper: paper)
        let doc = try #require(docs.first { $0.name.hasSuffix("-story") })
        return (try bench.encode(doc, as: .pdf)[0].bytes, doc.frames.pages.count)
    }

    func outline(_ pdf: [UInt8]) throws -> [String] {
        let json = try Poppler.run("/usr/bin/qpdf", ["--json", "--json-key=outlines", "PDF"], pdf: pdf)
        return json.split(separator: "\n").compactMap { line -> String? in
            guard let r = line.range(of: "\"title\": \"") else { return nil }
            return String(line[r.upperBound...].dropLast(line.hasSuffix(",") ? 2 : 1))
        }
    }

    @Test(.needsPoppler, .needsQPDF) func theStoryHasItsTitleAndAnOutlineEntryPerSection() throws {
        let (pdf, _) = try story(paper: .a4Landscape)
        let info = try Poppler.info(pdf)
        #expect(info["Title"] == "Mia and Leo's story")
        #expect(info["Subject"] == "Words and Pictures")
        #expect(info["Page size"]?.hasPrefix("841.89 x 595.28") == true)
        let entries = try outline(pdf)
        for heading in ["Mia and Leo's story", "My family", "Who is worried", "What happened", "The grown-ups who help", "Next time"] {
            #expect(entries.contains(heading), "missing outline entry \(heading) in \(entries)")
        }
        let text = try Poppler.text(pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("What happened is not Mia and Leo"))
    }

    /// The sheets print the last pages beside the first, but a screen reader hears the story in order: the A5
    /// booklet's headings come in the same order as the storyboard's.
    @Test func anA5BookletIsTaggedInStoryOrder() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent("amira-domestic-abuse.yaml")
        func headings(_ paper: Paper) throws -> [String] {
            let docs = try bench.documents(for: try bench.load(url), at: url, paper: paper)
            let doc = try #require(docs.first { $0.name.hasSuffix("-story") })
            let tree = try Poppler.run("pdfinfo", ["-struct-text", "PDF"], pdf: try bench.encode(doc, as: .pdf)[0].bytes)
            let lines = tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let all = lines.indices.dropLast().filter { lines[$0].hasPrefix("H1") || lines[$0].hasPrefix("H2") }
                .map { lines[$0 + 1] }
            // A storyboard can take one page on one paper and two on another, under the same heading.
            return all.enumerated().filter { $0.offset == 0 || all[$0.offset - 1] != $0.element }.map(\.element)
        }
        let storyboard = try headings(.a4Landscape), booklet = try headings(.a5Booklet)
        #expect(booklet.count >= 10)
        #expect(booklet == storyboard)
    }

    /// A screen reader says a picture's alternative text instead of what is inside it, names included, so the
    /// text names the people; page numbers are furniture it skips.
    @Test(.needsPoppler, .needsQPDF) func aPicturesAlternativeTextNamesItsPeople() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent("amira-domestic-abuse.yaml")
        let docs = try bench.documents(for: try bench.load(url), at: url, paper: .a4Landscape)
        let doc = try #require(docs.first { $0.name.hasSuffix("-story") })
        let pdf = try bench.encode(doc, as: .pdf)[0].bytes
        let json = try Poppler.run("/usr/bin/qpdf", ["--json=1", "--json-key=objects", "PDF"], pdf: pdf)
        #expect(json.contains("\"/Alt\": \"My family: Auntie Huda, Mummy, Amira, Daddy\""))
        // Each person is a figure named as the child calls them, not by the case file's id.
        #expect(json.contains("\"/Alt\": \"Auntie Huda\""))
        #expect(!json.contains("\"/Alt\": \"huda\""))
        let text = try Poppler.run("pdfinfo", ["-struct-text", "PDF"], pdf: try bench.encode(doc, as: .pdf)[0].bytes)
        #expect(!text.contains("\"2\""), "the page number is not tagged as words")
    }

    @Test(.needsPoppler) func anA5BookletIsImposedTwoPagesToASide() throws {
        let (landscape, storyPages) = try story(paper: .a4Landscape)
        _ = landscape
        let (pdf, sides) = try story(paper: .a5Booklet)
        #expect(sides == (storyPages + 3) / 4 * 2)
        let info = try Poppler.info(pdf)
        #expect(info["Page size"]?.hasPrefix("841.89 x 595.28") == true)
    }
}
