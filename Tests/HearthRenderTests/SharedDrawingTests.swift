import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// A drawing used on many pages (a person in one pose) is written into the PDF once, as a form XObject that each
/// page refers to, and the file stays valid when one page uses it twice.
struct SharedDrawingTests {
    static let face = Symbol(id: "face", items: [
        .shape(Shape(path: .rect(Rect(x: 0, y: 0, width: 40, height: 40)), fill: Color(hex: 0xF2C9A0),
                     stroke: Stroke(width: 2, color: Color(hex: 0x2B2B33)))),
        .shape(Shape(path: .rect(Rect(x: 10, y: 10, width: 5, height: 5)), fill: Color(hex: 0x2B2B33))),
    ])

    func document(usesPerPage: Int, pages: Int) -> FrameDocument {
        let frames = (0..<pages).map { p in
            Frame(size: Size(width: 300, height: 200), items: (0..<usesPerPage).map { k in
                .group(.figure(alt: "face"), [.symbol(Self.face, Placement(offset: Point(20 + 100 * Double(k), 50), scale: 1 + Double(p) / 2))])
            })
        }
        return FrameDocument(pages: frames, metadata: DocumentMetadata(
            title: "Faces", author: nil, subject: nil, creationDate: "2026-01-01T00:00:00Z"))
    }

    /// Objects in the PDF whose dictionary says they are form XObjects.
    func forms(in pdf: [UInt8]) throws -> Int {
        let json = try Poppler.run("/usr/bin/qpdf", ["--json=1", "--json-key=objects", "PDF"], pdf: pdf)
        return json.components(separatedBy: "\"/Subtype\": \"/Form\"").count - 1
    }

    @Test(.needsPoppler, .needsQPDF) func aDrawingOnEveryPageIsStoredOnce() throws {
        let pdf = try Renderer(fonts: try makeFonts()).pdf(document(usesPerPage: 1, pages: 3))
        #expect(try forms(in: pdf) == 1)
        #expect(try Poppler.info(pdf)["Pages"] == "3")
    }

    @Test(.needsQPDF) func twoUsesOnOnePageKeepTheFileValid() throws {
        let pdf = try Renderer(fonts: try makeFonts()).pdf(document(usesPerPage: 2, pages: 2))
        // qpdf exits non-zero on warnings, such as a page's resources naming one form twice.
        _ = try Poppler.run("/usr/bin/qpdf", ["--check", "PDF"], pdf: pdf)
        #expect(try forms(in: pdf) == 1)
    }

    @Test func pdfStreamsAreCompressedAtZlibsFastestLevel() throws {
        let pdf = try Renderer(fonts: try makeFonts()).pdf(document(usesPerPage: 1, pages: 2))
        // A zlib stream's second byte carries the level it was made at: 0x01 is the fastest, 0x9C the default.
        var headers: [UInt8] = []
        let marker = Array("stream\n".utf8)
        var i = 0
        while i + marker.count + 2 <= pdf.count {
            if Array(pdf[i..<i + marker.count]) == marker, pdf[i + marker.count] == 0x78 {
                headers.append(pdf[i + marker.count + 1])
            }
            i += 1
        }
        #expect(!headers.isEmpty)
        #expect(headers.allSatisfy { $0 == 0x01 }, "levels: \(headers.map { String($0, radix: 16) })")
    }

    @Test(.needsPoppler) func aSharedDrawingLooksLikeTheSameShapesDrawnInPlace() throws {
        let renderer = Renderer(fonts: try makeFonts())
        let shared = document(usesPerPage: 2, pages: 1)
        var inPlace = shared
        inPlace.pages[0].items = shared.pages[0].leaves
        let a = try grey(renderer.pdf(shared)), b = try grey(renderer.pdf(inPlace))
        #expect(a.count == b.count && a.count > 1000)
        let differing = zip(a, b).filter { abs(Int($0) - Int($1)) > 40 }.count
        #expect(differing < a.count / 200, "\(differing) of \(a.count) grey levels differ")
        #expect(a.contains { $0 < 100 }, "the dark outline is drawn")
    }

    /// The page rasterised by poppler at 36 dpi, as grey levels (PGM bytes).
    func grey(_ pdf: [UInt8]) throws -> [UInt8] {
        try Poppler.raster(pdf, ["-r", "36", "-gray"])
    }
}
