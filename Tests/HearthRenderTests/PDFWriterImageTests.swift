import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// A child's own drawing goes into the PDF as an RGB image; where it has transparent pixels it carries a soft
/// mask, and only then, so opaque photographs stay small and every reader draws them the right way up.
struct PDFWriterImageTests {
    typealias Sample = PDFWriterSample

    /// `pdfimages -list` rows as (type, width, height), e.g. ("image", 4, 3) and ("smask", 4, 3).
    func images(_ pdf: [UInt8]) throws -> [(type: String, width: Int, height: Int)] {
        try Poppler.run("pdfimages", ["-list", "PDF"], pdf: pdf).split(separator: "\n").dropFirst(2).map { row in
            let cols = row.split(separator: " ", omittingEmptySubsequences: true)
            return (String(cols[2]), Int(cols[3]) ?? 0, Int(cols[4]) ?? 0)
        }
    }

    func page(_ items: [FrameItem]) throws -> [UInt8] {
        try Sample.pdf(Sample.document([Frame(size: Sample.size, items: items)]))
    }

    @Test(.needsPoppler, .needsQPDF) func aBitmapWithTransparentPixelsGetsASoftMask() throws {
        let pdf = try page([Sample.image(Sample.bitmap(alpha: 0), in: Rect(x: 10, y: 10, width: 40, height: 30))])
        let rows = try images(pdf)
        #expect(rows.map(\.type) == ["image", "smask"])
        #expect(rows.allSatisfy { $0.width == 4 && $0.height == 3 })
        let image = try #require(Sample.dictionaries(try Sample.objects(pdf), where: "/Subtype", is: "/Image")
            .first { $0["/ColorSpace"] as? String == "/DeviceRGB" })
        #expect(image["/SMask"] is String)
    }

    @Test(.needsPoppler) func aPartlySeeThroughBitmapAlsoGetsASoftMask() throws {
        let pdf = try page([Sample.image(Sample.bitmap(alpha: 128), in: Rect(x: 10, y: 10, width: 40, height: 30))])
        #expect(try images(pdf).map(\.type) == ["image", "smask"])
    }

    @Test(.needsPoppler, .needsQPDF) func anOpaqueBitmapHasNoSoftMask() throws {
        let pdf = try page([Sample.image(Sample.bitmap(), in: Rect(x: 10, y: 10, width: 40, height: 30))])
        #expect(try images(pdf).map(\.type) == ["image"])
        let objects = try Sample.objects(pdf)
        #expect(Sample.dictionaries(objects, where: "/Subtype", is: "/Image").allSatisfy { $0["/SMask"] == nil })
    }

    @Test(.needsPoppler) func transparentPixelsShowThePageAndOpaqueOnesTheirColour() throws {
        // 4 × 2: the left half see-through, the right half solid green.
        var rgba: [UInt8] = []
        for _ in 0..<2 { rgba += [255, 0, 0, 0, 255, 0, 0, 0, 0, 160, 0, 255, 0, 160, 0, 255] }
        let raster = try PDFWriterRaster(try page([
            Sample.image(Bitmap(width: 4, height: 2, rgba: rgba), in: Rect(x: 100, y: 100, width: 160, height: 80)),
        ]))
        #expect(raster.isNear(115, 140, (255, 255, 255)), "\(raster[115, 140])")
        #expect(raster.isNear(245, 140, (0, 160, 0)), "\(raster[245, 140])")
    }

    @Test func theFirstRowOfABitmapIsAtTheTopAndTheFirstColumnAtTheLeft() throws {
        // 4 × 4 in quadrants: red top-left, green top-right, blue bottom-left, black bottom-right.
        func pixel(_ x: Int, _ y: Int) -> [UInt8] {
            switch (x < 2, y < 2) {
            case (true, true): [255, 0, 0, 255]
            case (false, true): [0, 255, 0, 255]
            case (true, false): [0, 0, 255, 255]
            case (false, false): [0, 0, 0, 255]
            }
        }
        let rgba = (0..<4).flatMap { y in (0..<4).flatMap { x in pixel(x, y) } }
        let raster = try PDFWriterRaster(try page([
            Sample.image(Bitmap(width: 4, height: 4, rgba: rgba), in: Rect(x: 100, y: 100, width: 120, height: 120)),
        ]))
        #expect(raster.isNear(115, 115, (255, 0, 0), within: 20), "\(raster[115, 115])")
        #expect(raster.isNear(205, 115, (0, 255, 0), within: 20), "\(raster[205, 115])")
        #expect(raster.isNear(115, 205, (0, 0, 255), within: 20), "\(raster[115, 205])")
        #expect(raster.isNear(205, 205, (0, 0, 0), within: 20), "\(raster[205, 205])")
    }

    @Test(.needsPoppler, .needsQPDF) func aBitmapShorterThanItsSizeSaysIsLeftOutAndTheFileStaysValid() throws {
        let broken = Bitmap(width: 4, height: 3, rgba: [UInt8](repeating: 255, count: 10))
        let pdf = try page([Sample.image(broken, in: Rect(x: 10, y: 10, width: 40, height: 30))])
        _ = try Poppler.run("/usr/bin/qpdf", ["--check", "PDF"], pdf: pdf)
        #expect(try images(pdf).isEmpty)
    }
}
