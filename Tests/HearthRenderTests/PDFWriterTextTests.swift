import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// Text is written as the glyphs Pango shaped, in subset fonts the PDF embeds. The words must still come back out
/// for copying, searching and reading aloud: through each font's ToUnicode map, or, where glyphs and letters do
/// not pair off one to one (Urdu joining, right-to-left order), through the line's ActualText.
struct PDFWriterTextTests {
    typealias Sample = PDFWriterSample

    func page(_ items: [FrameItem]) -> FrameDocument {
        Sample.document([Frame(size: Sample.size, items: items)])
    }

    /// `text` as a PDF writes a UTF-16 text string: `<FEFF…>` in hex.
    func utf16Hex(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    @Test(.needsPoppler) func englishWordsComeBackOutOfThePDF() throws {
        let text = try Poppler.text(try Sample.pdf(Sample.everything()))
        for line in ["Mia and her dog", "Mia lives with her mum and her dog", "Biscuit is safe", "Keeping safe"] {
            #expect(text.contains(line), "\(line) not in \(text)")
        }
    }

    @Test(.needsPoppler, .needsQPDF) func anUrduLineCarriesItsTextAsActualText() throws {
        let pdf = try Sample.pdf(page([
            Sample.line(Sample.urdu, at: Point(20, 20), size: 18, language: "ur", direction: .rightToLeft),
        ]))
        let content = try Sample.contentStreams(pdf).joined()
        #expect(content.contains("/ActualText \(utf16Hex(Sample.urdu)) >> BDC"))
        #expect(try Poppler.fonts(pdf).map(\.name).contains { $0.hasPrefix("NotoNastaliqUrdu") })
    }

    @Test(.needsQPDF) func anArabicLineCarriesItsTextAsActualText() throws {
        let arabic = "أنا أحب أمي"
        let pdf = try Sample.pdf(page([
            Sample.line(arabic, at: Point(20, 20), size: 18, language: "ar", direction: .rightToLeft),
        ]))
        #expect(try Sample.contentStreams(pdf).joined().contains("/ActualText \(utf16Hex(arabic))"))
    }

    @Test(.needsPoppler, .needsQPDF) func aPlainEnglishLineNeedsNoActualText() throws {
        let pdf = try Sample.pdf(page([Sample.line("Mia has a dog called Biscuit", at: Point(20, 20))]))
        let content = try Sample.contentStreams(pdf).joined()
        #expect(content.contains("] TJ"), "the line is drawn as glyphs")
        #expect(!content.contains("/ActualText"))
        #expect(try Poppler.text(pdf).contains("Mia has a dog called Biscuit"))
    }

    @Test(.needsQPDF) func onlyTheLineThatNeedsActualTextGetsIt() throws {
        let content = try Sample.contentStreams(try Sample.pdf(Sample.everything())).joined()
        #expect(content.components(separatedBy: "/ActualText").count - 1 == 1)
        #expect(content.contains("/ActualText \(utf16Hex(Sample.urdu))"))
    }

    @Test(.needsPoppler) func everyFontIsEmbeddedAsASubsetWithAMapBackToText() throws {
        let rows = try Poppler.run("pdffonts", ["PDF"], pdf: try Sample.pdf(Sample.everything()))
            .split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(rows.count == 2, "Andika and Noto Nastaliq Urdu: \(rows)")
        for cols in rows {
            let name = String(cols[0])
            // Columns from the right: emb sub uni object ID.
            #expect(cols.count >= 5 && cols[cols.count - 5] == "yes", "\(name) embedded")
            #expect(cols.count >= 5 && cols[cols.count - 4] == "yes", "\(name) subset")
            #expect(cols.count >= 5 && cols[cols.count - 3] == "yes", "\(name) has ToUnicode")
            // A subset's name starts with six capitals and a plus.
            let tag = name.prefix(7)
            #expect(tag.count == 7 && tag.last == "+" && tag.dropLast().allSatisfy { $0.isUppercase && $0.isASCII },
                    "\(name)")
        }
        let names = rows.map { String($0[0].split(separator: "+").last ?? "") }
        #expect(names.contains("Andika"))
        #expect(names.contains { $0.hasPrefix("NotoNastaliqUrdu") })
    }

    @Test func aSubsetIsSmallerForFewerGlyphs() throws {
        let short = try Sample.pdf(page([Sample.line("Mia", at: Point(20, 20))]))
        let long = try Sample.pdf(page([
            Sample.line("The quick brown fox jumps over the lazy dog 0123456789", at: Point(20, 20)),
        ]))
        // The font program is most of a one-line file; a whole font would make both the same size.
        #expect(short.count < long.count)
        #expect(short.count < 40_000, "\(short.count) bytes")
    }

    @Test(.needsPoppler, .needsQPDF) func textInsideASharedDrawingIsEmbeddedAndReadable() throws {
        let sign = Symbol(id: "sign", items: [
            .shape(Shape(path: .rect(Rect(x: 0, y: 0, width: 120, height: 30)), stroke: Stroke(width: 1, color: Sample.ink))),
            Sample.line("Stop sign", at: Point(4, 4), size: 12),
        ])
        let pdf = try Sample.pdf(Sample.document([
            Frame(size: Sample.size, items: [.symbol(sign, Placement(offset: Point(10, 10)))]),
            Frame(size: Sample.size, items: [.symbol(sign, Placement(offset: Point(50, 90), scale: 2))]),
        ]))
        _ = try Poppler.run("/usr/bin/qpdf", ["--check", "PDF"], pdf: pdf)
        let text = try Poppler.text(pdf)
        #expect(text.components(separatedBy: "Stop sign").count - 1 == 2, "\(text)")
        #expect(try Poppler.fonts(pdf).allSatisfy(\.embedded))
    }
}
