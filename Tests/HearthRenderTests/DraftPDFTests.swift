import Foundation
import HearthFrame
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth

/// A draft is never mistaken for the finished story: every page that prints professional wording, and the cover,
/// carries a large DRAFT stamp; the other pages do not; the file and the PDF's title say so.
struct DraftPDFTests {
    static let yaml = """
        children:
          - { id: mia, name: Mia, age: 6 }
        people:
          - { id: mum, name: Kay, called: Mummy, relation: mum, network: yes }
        map:
          harm:
            - Mum was found asleep after drinking while caring for Mia.
          working_well:
            - { text: Mum attends her group., child: Mummy goes to a group every week. }
        output:
          documents: [words-and-pictures]

        """

    @Test(.needsPoppler) func professionalPagesAndTheCoverAreStampedAndNothingElse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("mia.yaml")
        try Self.yaml.write(to: url, atomically: true, encoding: .utf8)
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let file = try bench.load(url)
        // Without --draft the professional wording is refused, at its line.
        #expect(throws: HearthError.self) { try bench.documents(for: file, at: url) }
        let docs = try bench.documents(for: file, at: url, draft: true)
        let doc = try #require(docs.first)
        #expect(doc.name == "mia-story-draft")
        #expect(doc.warnings.first?.contains("mia.yaml:7:7: map.harm[0]") == true)
        let pdf = try bench.encode(doc, as: .pdf)[0].bytes
        #expect(try Poppler.info(pdf)["Title"] == "DRAFT: Mia’s story")
        for page in 1...doc.frames.pages.count {
            let text = try Poppler.run("pdftotext", ["-raw", "-f", "\(page)", "-l", "\(page)", "PDF", "-"], pdf: pdf)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let stamped = text.contains("DRAFT")
            let professional = text.contains("Mum was found asleep")
            #expect(stamped == (professional || page == 1), "page \(page): stamped \(stamped), professional \(professional)")
        }
    }
}
