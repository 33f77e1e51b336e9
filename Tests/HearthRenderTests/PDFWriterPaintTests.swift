import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// A page rasterised by poppler at 72 dpi, one pixel a point, so tests can look at what a printer would print.
struct PDFWriterRaster: CustomStringConvertible {
    var width: Int
    var height: Int
    var rgb: [UInt8]

    init(_ pdf: [UInt8], page: Int = 1) throws {
        let ppm = try Poppler.raster(pdf, ["-r", "72", "-f", "\(page)", "-l", "\(page)"])
        // P6 header: magic, width, height, maximum, each followed by one whitespace byte.
        var fields: [String] = [], i = 0, field = ""
        while fields.count < 4, i < ppm.count {
            if ppm[i] == 0x20 || ppm[i] == 0x0A {
                if !field.isEmpty { fields.append(field) }
                field = ""
            } else {
                field.append(Character(Unicode.Scalar(ppm[i])))
            }
            i += 1
        }
        guard fields.count == 4, fields[0] == "P6", let w = Int(fields[1]), let h = Int(fields[2]) else {
            throw Poppler.Failure(description: "pdftoppm gave no P6 image")
        }
        width = w
        height = h
        rgb = Array(ppm[i...])
    }

    /// Short, so a failed expectation does not print every pixel.
    var description: String { "\(width)×\(height) raster" }

    /// The colour at (x, y) points from the top-left corner.
    subscript(x: Int, y: Int) -> (r: Int, g: Int, b: Int) {
        let k = 3 * (y * width + x)
        return (Int(rgb[k]), Int(rgb[k + 1]), Int(rgb[k + 2]))
    }

    func isNear(_ x: Int, _ y: Int, _ colour: (Int, Int, Int), within tolerance: Int = 6) -> Bool {
        let c = self[x, y]
        return abs(c.r - colour.0) <= tolerance && abs(c.g - colour.1) <= tolerance && abs(c.b - colour.2) <= tolerance
    }
}

/// Shapes as drawn: colours, translucency, dashes and clipping must come out on the printed page as they look in
/// the PNG preview, and the graphics state the writer caches must never leak from one item into the next.
struct PDFWriterPaintTests {
    typealias Sample = PDFWriterSample
    static let blue = Color(hex: 0x3060A0)
    static let white = (255, 255, 255)

    func page(_ items: [FrameItem]) throws -> [UInt8] {
        try Sample.pdf(Sample.document([Frame(size: Sample.size, items: items)]))
    }

    func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ fill: Color) -> FrameItem {
        .shape(Shape(path: .rect(Rect(x: x, y: y, width: w, height: h)), fill: fill))
    }

    @Test(.needsPoppler) func aFilledShapeIsItsColourWhereTheFramePutsIt() throws {
        let raster = try PDFWriterRaster(try page([box(20, 20, 60, 40, Self.blue)]))
        #expect(raster.width == 400 && raster.height == 300)
        // Frames measure down from the top: the box is near the top of the page, not the bottom.
        #expect(raster.isNear(50, 40, (0x30, 0x60, 0xA0)))
        #expect(raster.isNear(50, 260, Self.white))
    }

    @Test(.needsPoppler, .needsQPDF) func aTranslucentFillLetsThePageShowThrough() throws {
        let raster = try PDFWriterRaster(try page([box(20, 20, 60, 40, Color(hex: 0x000000, alpha: 0.5))]))
        let grey = raster[50, 40]
        #expect(abs(grey.r - 128) <= 8 && grey.r == grey.g && grey.g == grey.b, "\(grey)")
        // The page names a graphics state that sets fill opacity to a half.
        let file = try Sample.uncompressed(try page([box(20, 20, 60, 40, Color(hex: 0x000000, alpha: 0.5))]))
        #expect(file.contains("/Ga500 << /ca 0.5 >>"))
        #expect(try Sample.contentStreams(try page([box(20, 20, 60, 40, Color(hex: 0x000000, alpha: 0.5))]))
            .joined().contains("/Ga500 gs"))
    }

    @Test(.needsPoppler) func aClippedItemIsDrawnOnlyInsideItsOutline() throws {
        let raster = try PDFWriterRaster(try page([
            .clipped(.rect(Rect(x: 100, y: 100, width: 50, height: 50)), [box(0, 0, 400, 300, Self.blue)]),
            box(300, 200, 40, 40, Color(hex: 0xC00000)),
        ]))
        #expect(raster.isNear(125, 125, (0x30, 0x60, 0xA0)))
        #expect(raster.isNear(50, 50, Self.white))
        #expect(raster.isNear(200, 125, Self.white))
        // The clip ends with its item: what follows is drawn wherever it is.
        #expect(raster.isNear(320, 220, (0xC0, 0, 0)))
    }

    @Test(.needsQPDF) func aDashedStrokeIsDashedAndTheNextSolidStrokeIsNot() throws {
        let ink = Sample.ink
        let content = try Sample.contentStreams(try page([
            .shape(Shape(path: .rect(Rect(x: 10, y: 10, width: 50, height: 50)),
                         stroke: Stroke(width: 2, color: ink, dash: [4, 2.5]))),
            .shape(Shape(path: .rect(Rect(x: 100, y: 10, width: 50, height: 50)), stroke: Stroke(width: 2, color: ink))),
        ])).joined()
        // In the stream's quarter-point units: 4 pt and 2.5 pt.
        let dashed = try #require(content.range(of: "[16 10] 0 d"))
        let solid = try #require(content.range(of: "[] 0 d", range: dashed.upperBound..<content.endIndex))
        #expect(dashed.upperBound <= solid.lowerBound)
        #expect(content.contains("1 J 1 j"), "round pen ends and corners")
    }

    @Test(.needsQPDF) func aColourUsedForManyShapesIsSetOnce() throws {
        let items = (0..<50).map { box(Double($0 % 10) * 30, Double($0 / 10) * 30, 20, 20, Self.blue) }
        let content = try Sample.contentStreams(try page(items)).joined()
        #expect(content.components(separatedBy: " rg\n").count - 1 == 1)
        #expect(content.components(separatedBy: "f*\n").count - 1 == 50)
    }

    /// PDF carries the page's opacity into a shared drawing's form and onto an image, so a drawing or a child's
    /// picture painted after a see-through shape must set its own (the PNG preview, drawn by Cairo, is opaque).
    @Test(.needsPoppler) func aSharedDrawingAfterATranslucentShapeIsOpaque() throws {
        let square = Symbol(id: "square", items: [box(0, 0, 40, 40, Color(hex: 0x000000))])
        let raster = try PDFWriterRaster(try page([
            box(300, 200, 40, 40, Color(hex: 0xFF0000, alpha: 0.3)),
            .symbol(square, Placement(offset: Point(100, 100))),
        ]))
        #expect(raster.isNear(120, 120, (0, 0, 0), within: 20), "\(raster[120, 120])")
    }

    @Test(.needsPoppler) func anOpaqueImageAfterATranslucentShapeIsOpaque() throws {
        let black = Bitmap(width: 2, height: 2, rgba: (0..<16).map { $0 % 4 == 3 ? 255 : 0 })
        let raster = try PDFWriterRaster(try page([
            box(300, 200, 40, 40, Color(hex: 0xFF0000, alpha: 0.3)),
            Sample.image(black, in: Rect(x: 100, y: 100, width: 40, height: 40)),
        ]))
        #expect(raster.isNear(120, 120, (0, 0, 0), within: 20), "\(raster[120, 120])")
    }
}
