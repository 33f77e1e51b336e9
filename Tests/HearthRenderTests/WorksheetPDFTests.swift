import Foundation
import HearthFrame
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth
@testable import HearthRender

/// Renders the examples through the whole pipeline and reads the PDFs back with poppler.
struct WorksheetPDFTests {
    func render(_ example: String, paper: Paper? = nil) throws -> [UInt8] {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent(example)
        let docs = try bench.documents(for: try bench.load(url), at: url, paper: paper)
        #expect(docs.count == 1)
        return try bench.encode(docs[0], as: .pdf)[0].bytes
    }

    @Test(.needsPoppler) func miaIsOneA4LandscapePageWithMetadata() throws {
        let pdf = try render("mia.yaml")
        let info = try Poppler.info(pdf)
        #expect(info["Pages"] == "1")
        #expect(info["Page size"]?.hasPrefix("841.89 x 595.28 pts") == true)
        #expect(info["Title"] == "Mia’s Three Houses")
        #expect(info["Author"] == "Sam Okafor, Social Worker")
        #expect(info["Subject"] == "Three Houses worksheet")
        #expect(info["Creator"] == "Hearth")
        #expect(info["CreationDate"]?.contains("2026") == true)
        #expect(info["Tagged"] == "yes")
    }

    @Test(.needsPoppler) func andikaIsEmbeddedAndNoOtherFontIsUsedForEnglish() throws {
        let fonts = try Poppler.fonts(try render("mia.yaml"))
        #expect(!fonts.isEmpty)
        #expect(fonts.filter { !$0.embedded }.isEmpty)
        #expect(Set(fonts.map(\.name)).isSubset(of: ["Andika", "Andika-Bold"]))
    }

    @Test(.needsPoppler) func theChildsWordsAreExtractableVerbatim() throws {
        let text = try Poppler.text(try render("mia.yaml")).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let phrases = ["House of Worries", "House of Good Things", "House of Dreams", "Biscuit my dog.", "vet"]
        let found = phrases.filter { text.contains($0) }
        #expect(found == phrases)
    }

    @Test(.needsPoppler) func polishKeepsItsLettersAndUrduUsesNastaliq() throws {
        let polish = try Poppler.text(try render("zofia-polish.yaml"))
        #expect(polish.contains("Boję się, kiedy tata"))
        #expect(polish.contains("ścianami"))
        let urduFonts = try Poppler.fonts(try render("ayesha-urdu.yaml")).map(\.name)
        #expect(urduFonts.contains("NotoNastaliqUrdu-Regular"))
        #expect(!urduFonts.contains("NotoNastaliqUrdu-Bold"))
    }

    @Test(.needsPoppler) func longAnswersContinueOnAFollowUpPageWithTheirOwnOutlineEntry() throws {
        let pdf = try render("leo-long-answers.yaml")
        let info = try Poppler.info(pdf)
        #expect(Int(info["Pages"] ?? "") ?? 0 >= 2)
        let text = try Poppler.text(pdf)
        #expect(text.contains("More from Leo’s House of Worries"))
        #expect(text.contains("Page 1 of"))
        // Every worry Leo gave appears somewhere, word for word (lines may break anywhere, so compare words).
        let words = Set(text.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        let expected = ["embarrassed.", "penalty", "roast", "properly"]
        #expect(expected.filter { words.contains($0) } == expected)
    }

    @Test(.needsPoppler) func otherPapers() throws {
        let a4 = try Poppler.info(try render("mia.yaml", paper: .a4Portrait))
        #expect(a4["Page size"]?.hasPrefix("595.28 x 841.89 pts") == true)
        let a3 = try Poppler.info(try render("mia.yaml", paper: .a3))
        #expect(a3["Page size"]?.hasPrefix("1190.55 x 841.89 pts") == true)
        let letter = try Poppler.info(try render("mia.yaml", paper: .letterLandscape))
        #expect(letter["Page size"]?.hasPrefix("792 x 612 pts") == true)
        let tall = try Poppler.info(try render("mia.yaml", paper: .letterPortrait))
        #expect(tall["Page size"]?.hasPrefix("612 x 792 pts") == true)
    }

    @Test func theSameInputGivesByteIdenticalPDFs() throws {
        let first = try render("mia.yaml")
        let second = try render("mia.yaml")
        #expect(first == second)
        let urdu1 = try render("ayesha-urdu.yaml"), urdu2 = try render("ayesha-urdu.yaml")
        #expect(urdu1 == urdu2)
    }
}
