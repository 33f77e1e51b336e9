import Foundation
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth

/// An A5 booklet's outline is the story's: every section, in story order, each opening the half sheet where it
/// starts — not one entry per sheet side in the order the sheets are printed.
struct BookletOutlineTests {
    /// qpdf's outline entries as (title, page from 1, destination).
    func outline(_ pdf: [UInt8]) throws -> [(title: String, page: Int, dest: [Any])] {
        let json = try Poppler.run("/usr/bin/qpdf", ["--json", "--json-key=outlines", "PDF"], pdf: pdf)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(root["outlines"] as? [[String: Any]])
        return try entries.map { e in
            (try #require(e["title"] as? String), try #require(e["destpageposfrom1"] as? Int), e["dest"] as? [Any] ?? [])
        }
    }

    func story(_ example: String, paper: Paper) throws -> [UInt8] {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent("\(example).yaml")
        let docs = try bench.documents(for: try bench.load(url), at: url, paper: paper)
        let doc = try #require(docs.first { $0.name.hasSuffix("-story") })
        return try bench.encode(doc, as: .pdf)[0].bytes
    }

    @Test(.needsQPDF) func everySectionInStoryOrderOpeningItsHalfSheet() throws {
        let storyboard = try outline(try story("amira-domestic-abuse", paper: .a4Landscape))
        let booklet = try outline(try story("amira-domestic-abuse", paper: .a5Booklet))
        #expect(storyboard.count >= 12)
        #expect(booklet.map(\.title) == storyboard.map(\.title))
        // Page 1 (the cover) is the right half of the first side; page 2 the left half of the second.
        let cover = try #require(booklet.first)
        #expect(cover.page == 1)
        #expect(cover.dest.count == 6 && cover.dest[1] as? String == "/FitR", "\(cover.dest)")
        #expect((cover.dest[2] as? Double).map { abs($0 - 420.945) < 0.01 } == true, "\(cover.dest)")
        let second = booklet[1]
        #expect(second.page == 2)
        #expect(second.dest[2] as? Int == 0 || second.dest[2] as? Double == 0, "\(second.dest)")
    }
}
