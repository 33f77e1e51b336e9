import Foundation
import HearthFrame
import HearthGeometry
import Testing

@testable import HearthRender

struct ImageAndFormatTests {
    @Test func decodesTheExampleDrawingsUpright() throws {
        let jpeg = try BitmapDecoder.decode(path: Repo.examples.appendingPathComponent("drawings/biscuit.jpg").path)
        #expect(jpeg.width == 640 && jpeg.height == 480)
        #expect(jpeg.rgba.count == 640 * 480 * 4)
        let png = try BitmapDecoder.decode(path: Repo.examples.appendingPathComponent("drawings/storm.png").path)
        #expect(png.width == 600 && png.height == 450)
    }

    @Test func aFileThatIsNotAnImageIsAClearError() throws {
        let path = Repo.examples.appendingPathComponent("mia.yaml").path
        #expect(throws: RenderError.self) { _ = try BitmapDecoder.decode(path: path) }
    }

    func sampleFrame() -> Frame {
        var frame = Frame(size: Size(width: 200, height: 100))
        frame.items = [
            .shape(Shape(path: .rect(Rect(x: 10, y: 10, width: 80, height: 80)), fill: Color(hex: 0xF4C85A))),
            .text(TextLine(
                text: "Hello", origin: Point(100, 40), width: 50, height: 20, style: TextStyle(size: 16),
                color: .black, direction: .leftToRight)),
        ]
        return frame
    }

    @Test func pngHasTheRequestedResolutionAndDrawsTheShape() throws {
        let renderer = Renderer(fonts: try makeFonts())
        let png = try renderer.png(sampleFrame(), dpi: 144)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-png-\(UUID().uuidString).png")
        try Data(png).write(to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bitmap = try BitmapDecoder.decode(path: dir.path)
        #expect(bitmap.width == 400 && bitmap.height == 200)
        // Inside the yellow square, and white outside it, within a small tolerance.
        func pixel(_ x: Int, _ y: Int) -> [Int] { (0..<3).map { Int(bitmap.rgba[(y * 400 + x) * 4 + $0]) } }
        #expect(zip(pixel(60, 60), [0xF4, 0xC8, 0x5A]).allSatisfy { abs($0 - $1) <= 2 })
        #expect(pixel(5, 5) == [255, 255, 255])
        // An opaque 8-bit RGB image (colour type 2): a page needs no alpha channel.
        #expect(png[24] == 8 && png[25] == 2)
        // Its pixels are compressed at zlib's fastest level (0x78 0x01 after the first IDAT's length and name).
        let idat = try #require((0..<(png.count - 4)).first { Array(png[$0..<$0 + 4]) == Array("IDAT".utf8) })
        #expect(png[idat + 4] == 0x78 && png[idat + 5] == 0x01)
    }

    @Test func svgIsAnSVGDocumentOfThePageSize() throws {
        let renderer = Renderer(fonts: try makeFonts())
        let svg = String(decoding: try renderer.svg(sampleFrame()), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("width=\"200pt\""))
        #expect(svg.contains("height=\"100pt\""))
    }
}
