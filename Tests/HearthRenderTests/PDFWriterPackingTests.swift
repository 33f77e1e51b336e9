import Foundation
import HearthFrame
import HearthTestSupport
import Testing

@testable import HearthRender

/// Streams are compressed on another core for a lone render and in place inside a batch; the file must not
/// depend on which, and a document written after another (sharing its forms) must be the same file again.
struct PDFWriterPackingTests {
    typealias Sample = PDFWriterSample

    @Test(.needsQPDF) func compressingInTheBackgroundGivesTheSameFile() throws {
        let fonts = try makeFonts()
        let document = Sample.everything()
        let background = try Renderer(fonts: fonts, compressesInBackground: true).pdf(document)
        let inPlace = try Renderer(fonts: fonts, compressesInBackground: false).pdf(document)
        #expect(background == inPlace)
        _ = try Poppler.run("/usr/bin/qpdf", ["--check", "PDF"], pdf: background)
    }

    @Test func theSecondDocumentOfARendererIsTheSameFile() throws {
        let renderer = Renderer(fonts: try makeFonts())
        let first = try renderer.pdf(Sample.everything())
        let second = try renderer.pdf(Sample.everything())
        #expect(first == second)
    }
}
