import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// Small hand-made documents for the PDF writer's tests, and ways to read the PDFs back.
enum PDFWriterSample {
    static let size = Size(width: 400, height: 300)
    static let ink = Color(hex: 0x2B2B33)
    static let urdu = "مجھے اپنی امی سے پیار ہے"

    static func line(
        _ text: String, at origin: Point, size: Double = 14, language: String? = nil,
        direction: TextDirection = .leftToRight
    ) -> FrameItem {
        .text(TextLine(
            text: text, origin: origin, width: 300, height: size * 1.4,
            style: TextStyle(size: size, language: language), color: ink, direction: direction))
    }

    /// A `width` × `height` bitmap of one colour; `alpha` below 255 makes every other pixel see-through.
    static func bitmap(width: Int = 4, height: Int = 3, alpha: UInt8 = 255) -> Bitmap {
        var rgba: [UInt8] = []
        for i in 0..<width * height {
            rgba += [200, 80, 40, i % 2 == 0 ? 255 : alpha]
        }
        return Bitmap(width: width, height: height, rgba: rgba)
    }

    static func image(_ bitmap: Bitmap, in rect: Rect) -> FrameItem {
        .image(ImageItem(bitmap: bitmap, rect: rect, label: "drawing.png"))
    }

    static let dog = Symbol(id: "dog", items: [
        .shape(Shape(path: .rect(Rect(x: 0, y: 0, width: 30, height: 20)), fill: Color(hex: 0xC08040),
                     stroke: Stroke(width: 2, color: ink))),
    ])

    static func document(_ pages: [Frame], title: String = "Mia's story") -> FrameDocument {
        FrameDocument(pages: pages, metadata: DocumentMetadata(
            title: title, author: "Sam Okafor", subject: "Words and Pictures", creationDate: "2026-03-12T09:30:00Z"))
    }

    /// Three pages using every kind of frame item; pages 1 and 3 are bookmarked, page 2 is not.
    static func everything() -> FrameDocument {
        let first = Frame(size: size, items: [
            .shape(Shape(path: .rect(Rect(x: 0, y: 0, width: 400, height: 300)), fill: Color(hex: 0xFFF8EC))),
            .group(.heading(level: 1), [line("Mia and her dog", at: Point(20, 20), size: 24)]),
            .group(.paragraph, [line("Mia lives with her mum and her dog", at: Point(20, 70))]),
            .group(.figure(alt: "Mia holding her dog Biscuit"), [
                .shape(Shape(path: .rect(Rect(x: 20, y: 120, width: 80, height: 60)),
                             fill: Color(hex: 0xF07A88, alpha: 0.38),
                             stroke: Stroke(width: 1.5, color: ink, dash: [4, 2]))),
                .symbol(dog, Placement(offset: Point(120, 130), scale: 1.5)),
                .clipped(.rect(Rect(x: 200, y: 120, width: 40, height: 40)), [
                    .shape(Shape(path: .polygon([Point(190, 110), Point(260, 110), Point(225, 180)]),
                                 stroke: Stroke(width: 3, color: Color(hex: 0x3060A0)))),
                ]),
                image(bitmap(alpha: 0), in: Rect(x: 260, y: 120, width: 40, height: 30)),
            ]),
        ], bookmark: "Mia's family")
        let second = Frame(size: size, items: [
            .group(.paragraph, [line(urdu, at: Point(20, 20), size: 18, language: "ur", direction: .rightToLeft)]),
            .group(.list, [.group(.listItem, [line("Biscuit is safe", at: Point(20, 80))])]),
            image(bitmap(), in: Rect(x: 20, y: 150, width: 40, height: 30)),
            .symbol(dog, Placement(offset: Point(200, 150))),
        ])
        let third = Frame(size: size, items: [
            .group(.section, [.group(.heading(level: 2), [line("Keeping safe", at: Point(20, 20), size: 20)])]),
        ], bookmark: "Keeping safe")
        return document([first, second, third])
    }

    static func pdf(_ document: FrameDocument) throws -> [UInt8] {
        try Renderer(fonts: try makeFonts()).pdf(document)
    }

    /// The file with every stream decompressed and no object streams, so content streams can be read as text.
    static func uncompressed(_ pdf: [UInt8]) throws -> String {
        try Poppler.run(
            "/usr/bin/qpdf", ["--stream-data=uncompress", "--object-streams=disable", "PDF", "-"], pdf: pdf)
    }

    /// The content streams of pages and shared drawings, decompressed (font programs, maps and images left out).
    static func contentStreams(_ pdf: [UInt8]) throws -> [String] {
        try uncompressed(pdf).components(separatedBy: "endobj").compactMap { object in
            guard let start = object.range(of: "stream\n"), let end = object.range(of: "endstream") else { return nil }
            let dictionary = object[..<start.lowerBound], body = String(object[start.upperBound..<end.lowerBound])
            guard !dictionary.contains("/Length1"), !dictionary.contains("/Image"), !body.contains("begincmap")
            else { return nil }
            return body
        }
    }

    /// qpdf's view of every object: "12 0 R" → its value (a stream as its dictionary).
    static func objects(_ pdf: [UInt8]) throws -> [String: Any] {
        let json = try Poppler.run("/usr/bin/qpdf", ["--json=1", "--json-key=objects", "PDF"], pdf: pdf)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objects = try #require(root["objects"] as? [String: Any])
        var out: [String: Any] = [:]
        for (key, value) in objects {
            if let stream = value as? [String: Any], let dict = stream["dict"] { out[key] = dict } else { out[key] = value }
        }
        return out
    }

    /// The dictionaries among `objects` whose `/Type` (or, failing that, `/S`) is `type`.
    static func dictionaries(_ objects: [String: Any], where key: String, is value: String) -> [[String: Any]] {
        objects.values.compactMap { $0 as? [String: Any] }.filter { ($0[key] as? String) == value }
    }
}

/// A whole document from hand-made frames: the file is valid PDF, the same frames always give the same bytes, and
/// a document with nothing in it is refused rather than written.
struct PDFWriterDocumentTests {
    @Test(.needsQPDF) func aDocumentUsingEveryKindOfItemPassesQpdfsCheck() throws {
        let pdf = try PDFWriterSample.pdf(PDFWriterSample.everything())
        // qpdf exits non-zero on errors and on warnings (a bad xref offset, a wrong /Length, a missing object).
        let report = try Poppler.run("/usr/bin/qpdf", ["--check", "PDF"], pdf: pdf)
        #expect(report.contains("No syntax or stream encoding errors found"), "\(report)")
    }

    @Test(.needsPoppler) func theFileHasThePagesSizesAndMetadataOfItsFrames() throws {
        let pdf = try PDFWriterSample.pdf(PDFWriterSample.everything())
        #expect(pdf.starts(with: Array("%PDF-1.7\n".utf8)))
        #expect(pdf.suffix(6) == ArraySlice("%%EOF\n".utf8))
        let info = try Poppler.info(pdf)
        #expect(info["Pages"] == "3")
        #expect(info["Page size"]?.hasPrefix("400 x 300 pts") == true, "\(info["Page size"] ?? "")")
        #expect(info["Title"] == "Mia's story")
        #expect(info["Author"] == "Sam Okafor")
        #expect(info["Subject"] == "Words and Pictures")
        #expect(info["Creator"] == "Hearth")
        #expect(info["CreationDate"]?.contains("2026") == true, "\(info["CreationDate"] ?? "")")
    }

    @Test func theSameFramesGiveTheSameBytes() throws {
        let document = PDFWriterSample.everything()
        let a = try PDFWriterSample.pdf(document)
        let b = try PDFWriterSample.pdf(document)
        #expect(a.count > 1000)
        #expect(a == b)
        // Not by accident of writing nothing: another title gives another file (and another /ID).
        var retitled = document
        retitled.metadata.title = "Leo's story"
        #expect(try PDFWriterSample.pdf(retitled) != a)
    }

    @Test func aDocumentWithNoPagesIsRefused() throws {
        let renderer = Renderer(fonts: try makeFonts())
        #expect(throws: RenderError.self) {
            _ = try renderer.pdf(PDFWriterSample.document([]))
        }
    }

    @Test(.needsPoppler, .needsQPDF) func aPageWithNothingOnItIsStillAValidPage() throws {
        let pdf = try PDFWriterSample.pdf(PDFWriterSample.document([Frame(size: Size(width: 200, height: 100))]))
        _ = try Poppler.run("/usr/bin/qpdf", ["--check", "PDF"], pdf: pdf)
        #expect(try Poppler.info(pdf)["Pages"] == "1")
    }
}
