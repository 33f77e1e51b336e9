import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// A photographed drawing that every PDF reader can show as it is goes into the PDF as the JPEG file itself
/// (`DCTDecode`), rather than as its pixels recompressed, which made a 22 KB photo 130 KB.
struct JPEGPassThroughTests {
    typealias Sample = PDFWriterSample

    static let biscuit = Repo.examples.appendingPathComponent("drawings/biscuit.jpg")

    @Test(.needsPoppler, .needsQPDF) func theExampleJPEGIsCarriedAsItIs() throws {
        let file = Array(try Data(contentsOf: Self.biscuit))
        let bitmap = try BitmapDecoder.decode(path: Self.biscuit.path)
        #expect(bitmap.jpeg == file)
        let pdf = try Sample.pdf(Sample.document([Frame(size: Sample.size, items: [
            Sample.image(bitmap, in: Rect(x: 10, y: 10, width: 160, height: 120)),
        ])]))
        let image = try #require(Sample.dictionaries(try Sample.objects(pdf), where: "/Subtype", is: "/Image").first)
        #expect(image["/Filter"] as? String == "/DCTDecode")
        #expect(image["/ColorSpace"] as? String == "/DeviceRGB")
        #expect(image["/Width"] as? Int == 640)
        #expect(pdf.count < file.count + 8_000, "\(pdf.count) bytes for a \(file.count)-byte photo")
        // The image reads back as the photo's own colours.
        let raster = try PDFWriterRaster(pdf)
        let x = 10 + 80, y = 10 + 60
        let px = Array(bitmap.rgba[(240 * 640 + 320) * 4..<(240 * 640 + 320) * 4 + 3]).map(Int.init)
        #expect(raster.isNear(x, y, (px[0], px[1], px[2]), within: 24), "\(raster[x, y]) vs \(px)")
    }

    @Test func aJPEGThatIsScaledOrNotYCbCrIsPixels() throws {
        var bytes = Array(try Data(contentsOf: Self.biscuit))
        #expect(PictureHeader.read(bytes)?.jpeg?.passesThroughPDF == true)
        // Component ids R, G, B: stored as RGB, which readers would convert as YCbCr.
        let sof = try #require((2..<bytes.count - 9).first { bytes[$0] == 0xFF && [0xC0, 0xC2].contains(bytes[$0 + 1]) })
        #expect(bytes[sof + 9] == 3)
        for (k, id) in "RGB".utf8.enumerated() { bytes[sof + 10 + 3 * k] = id }
        #expect(PictureHeader.read(bytes)?.jpeg?.passesThroughPDF == false)
        let bitmap = Sample.bitmap()
        #expect(bitmap.jpeg == nil)
    }

    @Test func headersGiveSizeAndCompleteness() throws {
        let jpeg = Array(try Data(contentsOf: Self.biscuit))
        let header = try #require(PictureHeader.read(jpeg))
        #expect(header.format == .jpeg && header.width == 640 && header.height == 480 && header.complete)
        #expect(PictureHeader.read(Array(jpeg.prefix(jpeg.count / 2)))?.complete == false)
        let png = Array(try Data(contentsOf: Repo.examples.appendingPathComponent("drawings/storm.png")))
        let p = try #require(PictureHeader.read(png))
        #expect(p.format == .png && p.width == 600 && p.height == 450 && p.complete)
        #expect(PictureHeader.read(Array(png.dropLast(12)))?.complete == false)
        #expect(PictureHeader.read(Array("hello".utf8)) == nil)
        #expect(PictureHeader.read([]) == nil)
        #expect(PictureHeader.read([0xFF, 0xD8, 0xFF]) == nil)
    }
}
