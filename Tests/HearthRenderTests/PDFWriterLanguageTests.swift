import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// Screen readers pick a voice by language: the document says its own, and a line in another language (a child's
/// Urdu words on an English worksheet) says its own.
struct PDFWriterLanguageTests {
    typealias Sample = PDFWriterSample

    func document(language: String?, lines: [FrameItem]) -> FrameDocument {
        var doc = Sample.document([Frame(size: Sample.size, items: lines)])
        doc.metadata.language = language
        return doc
    }

    @Test(.needsQPDF) func theCatalogueNamesTheDocumentsLanguage() throws {
        let pdf = try Sample.pdf(document(language: "en-GB", lines: [Sample.line("Mia's story", at: Point(20, 20))]))
        #expect(try Sample.uncompressed(pdf).contains("/Lang (en-GB)"))
    }

    @Test(.needsQPDF) func aLineInAnotherLanguageIsMarkedWithItsOwn() throws {
        let pdf = try Sample.pdf(document(language: "en-GB", lines: [
            Sample.line("I love Ammi", at: Point(20, 20), language: "en"),
            Sample.line(Sample.urdu, at: Point(20, 60), size: 18, language: "ur", direction: .rightToLeft),
        ]))
        let content = try Sample.contentStreams(pdf).joined()
        #expect(content.components(separatedBy: "/Lang (ur)").count - 1 == 1)
        // English in an English document needs no mark of its own, whatever the region subtag.
        #expect(!content.contains("/Lang (en)"))
    }

    @Test(.needsQPDF) func aDocumentWithoutALanguageSaysNothing() throws {
        let pdf = try Sample.pdf(document(language: nil, lines: [Sample.line("Hello", at: Point(20, 20))]))
        #expect(!(try Sample.uncompressed(pdf).contains("/Lang")))
    }

    /// An Urdu question in brackets inside an English line (the worksheet's record of the questions asked) is
    /// marked Urdu — the interview's language, not Arabic — and the English around it is not.
    @Test(.needsPoppler, .needsQPDF) func anotherLanguageInsideALineIsMarkedWithItsOwn() throws {
        let mixed = "Questions asked: What is good? (کیا اچھا ہے؟) What else?"
        let pdf = try Sample.pdf(document(language: "en-GB", lines: [
            Sample.line(Sample.urdu, at: Point(20, 20), size: 18, language: "ur", direction: .rightToLeft),
            Sample.line(mixed, at: Point(20, 80)),
        ]))
        let content = try Sample.contentStreams(pdf).joined()
        #expect(content.components(separatedBy: "/Lang (ur)").count - 1 == 2, "\(content)")
        #expect(!content.contains("/Lang (ar)"))
        #expect(content.contains("/Span << /ActualText (Questions asked: What is good? \\() >> BDC"), "\(content)")
        // Read back, every word is there once.
        let text = try Poppler.text(pdf)
        for word in ["Questions", "good?", "What else?"] { #expect(text.contains(word), "\(text)") }
        let urdu = "<FEFF" + "کیا اچھا ہے؟".utf16.map { String(format: "%04X", $0) }.joined() + ">"
        #expect(content.contains("/Span << /Lang (ur) /ActualText \(urdu) >> BDC"), "\(content)")
    }

    @Test(.needsQPDF) func aLineInOneLanguageIsOneStretch() throws {
        let pdf = try Sample.pdf(document(language: "en-GB", lines: [Sample.line("Biscuit my dog (and Sana)", at: Point(20, 20))]))
        #expect(!(try Sample.contentStreams(pdf).joined().contains("/Span")))
    }

    /// An English name inside an Urdu line: the stretches come in reading order, right to left.
    @Test(.needsQPDF) func stretchesOfARightToLeftLineComeInReadingOrder() throws {
        let line = "میری کزن Sana میرے ساتھ کھیلتی ہے"
        let pdf = try Sample.pdf(document(language: "en-GB", lines: [
            Sample.line(line, at: Point(20, 20), size: 18, language: "ur", direction: .rightToLeft),
        ]))
        let content = try Sample.contentStreams(pdf).joined()
        func hex(_ s: String) -> String { "<FEFF" + s.utf16.map { String(format: "%04X", $0) }.joined() + ">" }
        let first = try #require(content.range(of: "/Lang (ur) /ActualText \(hex("میری کزن "))"), "\(content)")
        let name = try #require(content.range(of: "/ActualText (Sana"), "\(content)")
        let last = try #require(content.range(of: "/Lang (ur) /ActualText \(hex("میرے ساتھ کھیلتی ہے"))"), "\(content)")
        #expect(first.lowerBound < name.lowerBound && name.lowerBound < last.lowerBound)
    }
}
