import Foundation
import HearthFrame
import HearthGeometry
import HearthLayout
import Testing

@testable import HearthRender

/// Fitting breaks a paragraph line by line on its one shaping (``PangoMeasuredText``): each line must be the line
/// Pango's breaker gives the rest of the paragraph shaped on its own, which is what fitting did before, so the
/// PDFs stay the same.
struct MeasuredTextTests {
    @Test(arguments: BreakTableTests.paragraphs.indices)
    func eachLineIsTheFirstLineOfTheRest(_ k: Int) throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let (text, language) = BreakTableTests.paragraphs[k]
        let style = TextStyle(size: 15, language: language)
        let measured = m.measured(text, style: style)
        var compared = 0
        for width in stride(from: 40.0, through: 400, by: 23) {
            var start = text.startIndex
            while start < text.endIndex {
                let line = measured.line(from: start, width: width)
                let alone = m.firstLine(of: text[start...], style: style, width: width)
                #expect(line.end == alone.end, "width \(width), from \(text.distance(from: text.startIndex, to: start))")
                #expect(abs((line.width ?? -1) - (alone.width ?? -2)) < 1e-6)
                #expect(line.end > start)
                start = line.end
                while start < text.endIndex, text[start] == " " || text[start] == "\n" { start = text.index(after: start) }
                compared += 1
            }
        }
        #expect(compared > 20)
    }

    @Test func aLongParagraphInAShapeFitsWordForWord() throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let text = String(repeating: "When Mummy and Daddy shout I hide under my bed. ", count: 40)
        let options = FitOptions(sizes: 8...14, style: TextStyle(size: 8))
        let region = Polygon([Point(0, 0), Point(300, 0), Point(340, 900), Point(-40, 900)])
        let fitted = FitText(measurer: m, options: options).fit([TextBlock(text)], in: region)
        #expect(fitted.fitsAll)
        #expect(normalizedWords(fitted.lines.map(\.text).joined(separator: " ")) == normalizedWords(text))
    }

    func normalizedWords(_ s: String) -> [Substring] { s.split(whereSeparator: \.isWhitespace) }
}
