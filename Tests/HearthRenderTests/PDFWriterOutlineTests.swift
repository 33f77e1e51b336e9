import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// The outline (bookmarks) lets a practitioner jump to each section of a story; each entry must open the page
/// that was bookmarked, not merely exist.
struct PDFWriterOutlineTests {
    typealias Sample = PDFWriterSample

    /// qpdf's outline entries, top level, as (title, page number from 1).
    func outline(_ pdf: [UInt8]) throws -> [(title: String, page: Int)] {
        let json = try Poppler.run("/usr/bin/qpdf", ["--json", "--json-key=outlines", "PDF"], pdf: pdf)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(root["outlines"] as? [[String: Any]])
        return try entries.map { entry in
            (try #require(entry["title"] as? String), try #require(entry["destpageposfrom1"] as? Int))
        }
    }

    @Test(.needsQPDF) func eachBookmarkedPageHasAnEntryThatOpensThatPage() throws {
        let entries = try outline(try Sample.pdf(Sample.everything()))
        #expect(entries.map(\.title) == ["Mia's family", "Keeping safe"])
        #expect(entries.map(\.page) == [1, 3])
    }

    @Test(.needsQPDF) func theReaderOpensWithTheOutlineShowingWhenThereIsOne() throws {
        let objects = try Sample.objects(try Sample.pdf(Sample.everything()))
        let catalog = try #require(Sample.dictionaries(objects, where: "/Type", is: "/Catalog").first)
        #expect(catalog["/PageMode"] as? String == "/UseOutlines")
        let outlinesRef = try #require(catalog["/Outlines"] as? String)
        let outlines = try #require(objects[outlinesRef] as? [String: Any])
        #expect(outlines["/Count"] as? Int == 2)
    }

    @Test(.needsQPDF) func aDocumentWithoutBookmarksHasNoOutline() throws {
        var document = Sample.everything()
        for i in document.pages.indices { document.pages[i].bookmark = nil }
        let pdf = try Sample.pdf(document)
        #expect(try outline(pdf).isEmpty)
        let catalog = try #require(Sample.dictionaries(try Sample.objects(pdf), where: "/Type", is: "/Catalog").first)
        #expect(catalog["/Outlines"] == nil)
        #expect(catalog["/PageMode"] == nil)
    }

    @Test(.needsQPDF) func titlesWithParenthesesAndOtherScriptsReadBackUnchanged() throws {
        let titles = ["Who helps (and how)", "Zofia’s family", "امی اور میں"]
        let pages = titles.map { Frame(size: Sample.size, items: [], bookmark: $0) }
        let pdf = try Sample.pdf(Sample.document(pages))
        _ = try Poppler.run("/usr/bin/qpdf", ["--check", "PDF"], pdf: pdf)
        let entries = try outline(pdf)
        #expect(entries.map(\.title) == titles)
        #expect(entries.map(\.page) == [1, 2, 3])
    }
}
