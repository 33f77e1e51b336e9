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

    /// A word too wide for the line is cut, and a cut that leaves its comma to start the next line is a cut too: a
    /// speech bubble once read "Goodnight" above ", Nanna!" because only a cut between two letters counted.
    @Test func aWordCutFromItsCommaIsACut() throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let style = TextStyle(size: 20)
        let text = "Goodnight, Nanna!"
        let word = m.width(of: "Goodnight", style: style), withComma = m.width(of: "Goodnight,", style: style)
        let width = (word + withComma) / 2
        let first = m.measured(text, style: style).line(from: text.startIndex, width: width)
        #expect(text[first.end...].hasPrefix(","))
        #expect(first.splitsWord)
        #expect(m.lines(of: Substring(text), style: style, width: width).first?.splitsWord == true)
        // Where the whole word and its comma fit, the line breaks at the space and cuts nothing.
        let whole = m.measured(text, style: style).line(from: text.startIndex, width: withComma + 2)
        #expect(!whole.splitsWord)
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
