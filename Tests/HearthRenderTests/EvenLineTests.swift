import Foundation
import HearthFrame
import HearthGeometry
import HearthLayout
import Testing

@testable import HearthRender

/// Lines of one paragraph sit on evenly spaced baselines even where a line's full stop comes from another font
/// than its letters (Tamil, Bengali): the paragraph's baseline travels with each line and the writer uses it.
struct EvenLineTests {
    @Test func aTamilParagraphsLinesShareOneBaselineAndAreEvenlySpaced() throws {
        let fonts = try makeFonts()
        let measurer = PangoTextMeasurer(fonts: fonts)
        let text = "எனக்கு இருட்டைக் கண்டால் பயமாக இருக்கிறது. என் அம்மா எனக்கு கதை சொல்வார்."
        let fitted = FitText(measurer: measurer, options: FitOptions(sizes: 20...20))
            .fit([TextBlock(text, language: "ta")], in: Polygon(rectangle: Rect(x: 0, y: 0, width: 160, height: 600)))
        let lines = fitted.lines
        #expect(lines.count >= 4)
        let baseline = try #require(lines.first?.baseline)
        #expect(lines.allSatisfy { $0.baseline == baseline })
        // Where the writer puts each line's glyphs: one step between every pair of lines.
        let writer = PDFWriter(text: TextSetter(fonts: fonts), pages: 1)
        func steps(_ lines: [TextLine]) throws -> [Double] {
            var ys: [Double] = []
            for line in lines {
                let (glyphs, _, _) = try writer.shape(line)
                // Marks may sit off the baseline; the most common glyph y is the line's baseline.
                let counts = Dictionary(grouping: glyphs.map { ($0.y * 100).rounded() / 100 }, by: { $0 }).mapValues(\.count)
                ys.append(try #require(counts.max { $0.value < $1.value }?.key))
            }
            return zip(ys.dropFirst(), ys).map { $0 - $1 }
        }
        let even = try steps(lines)
        #expect(even.allSatisfy { abs($0 - even[0]) < 0.02 }, "\(even)")
        // Each line on its own baseline (as before): the line ending in a full stop drops.
        let own = try steps(lines.map { var l = $0; l.baseline = nil; return l })
        #expect(own.contains { abs($0 - own[0]) > 0.5 }, "\(own)")
    }
}
