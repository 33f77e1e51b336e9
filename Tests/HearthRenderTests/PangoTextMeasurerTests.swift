import HearthFrame
import HearthLayout
import Testing

@testable import HearthRender

struct PangoTextMeasurerTests {
    @Test func measuresLatinWithAndika() throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let style = TextStyle(size: 20)
        let w = m.width(of: "I worry when Dad shouts", style: style)
        #expect(w > 150 && w < 300)
        let metrics = m.lineMetrics(of: "Hello", style: style)
        #expect(metrics.height > 20 && metrics.height < 40)
        #expect(metrics.baseline > 10 && metrics.baseline < metrics.height)
    }

    @Test func breaksAtSpacesWithinTheWidth() throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let style = TextStyle(size: 20)
        let text: Substring = "I like going to the park with Nana"
        let br = m.firstLine(of: text, style: style, width: 120)
        let line = String(text[..<br.end]).trimmingTrailingSpaces
        #expect(!br.splitsWord)
        #expect(m.width(of: line, style: style) <= 120)
        #expect(line.hasPrefix("I like"))
        #expect(text[br.end...].first == " " || text[text.index(before: br.end)] == " ")
    }

    @Test func findsDirectionOfUrduAndPolish() throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        #expect(m.direction(of: "مجھے اپنی امی سے پیار ہے") == .rightToLeft)
        #expect(m.direction(of: "Boję się, kiedy tata krzyczy") == .leftToRight)
    }

    @Test func reportsCharactersNoBundledFontHas() throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let style = TextStyle(size: 12)
        #expect(m.missingCharacters(in: "Boję się — مجھے ਪੰਜਾਬੀ বাংলা", style: style) == [])
        #expect(m.missingCharacters(in: "I love my dog 🐶 and 中文", style: style) == ["🐶", "中", "文"])
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
