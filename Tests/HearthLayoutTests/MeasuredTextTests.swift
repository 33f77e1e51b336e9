import HearthFrame
import HearthTestSupport
import Testing

@testable import HearthLayout

/// The fixed-advance measurer's paragraph, broken line by line from an index of its characters, gives the lines its
/// `firstLine` gives the rest of the paragraph, with the width of the line's text.
struct FixedAdvanceTextTests {
    @Test func eachLineIsTheFirstLineOfTheRest() {
        let measurer = FixedAdvanceMeasurer()
        var r = TestRandom(11)
        var compared = 0
        for _ in 0..<200 {
            let text = (0..<r.int(1...6)).map { _ in randomSentence(&r) }.joined(separator: r.int(0...3) == 0 ? "  " : " ")
            let style = TextStyle(size: r.double(8...20))
            let width = r.double(10...400)
            let measured = measurer.measured(text, style: style)
            var start = text.startIndex
            while start < text.endIndex {
                let line = measured.line(from: start, width: width)
                let alone = measurer.firstLine(of: text[start...], style: style, width: width)
                #expect(line.end == alone.end)
                #expect(line.splitsWord == alone.splitsWord)
                var visible = line.end
                while visible > start, text[text.index(before: visible)] == " " { visible = text.index(before: visible) }
                #expect(line.width == measurer.width(of: String(text[start..<visible]), style: style))
                start = line.end
                while start < text.endIndex, text[start] == " " { start = text.index(after: start) }
                compared += 1
            }
        }
        #expect(compared > 500)
    }
}
