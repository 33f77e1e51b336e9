import CHearthCairo
import Foundation
import HearthCompose
import HearthFrame
import Testing

@testable import HearthRender

/// Names and numbers Hearth puts into its fixed words keep their order in either direction: measured on the
/// shaped line, where each character is drawn.
struct BidiIsolationTests {
    static let strings = Repo.root.appendingPathComponent("Assets/strings")

    /// Where the character at `offset` (a UTF-8 offset into `text`) is drawn on the line, set as a placed line is.
    func x(of needle: String, in text: String, direction: TextDirection, language: String? = nil) throws -> Double {
        let setter = TextSetter(fonts: try makeFonts())
        let (layout, _) = setter.set(text, style: TextStyle(size: 20, language: language), direction: direction)
        let range = try #require(text.range(of: needle))
        let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        var rect = PangoRectangle()
        pango_layout_index_to_pos(layout, Int32(offset), &rect)
        // A right-to-left character's box runs leftwards from its x.
        return Double(min(rect.x, rect.x + rect.width)) / Double(PANGO_SCALE)
    }

    @Test func anUrduNameKeepsAnEnglishTitleLeftToRight() throws {
        let english = try StringsCatalogue.load(language: "en-GB", from: Self.strings)
        let title = try english.text("three_houses.title", ["name": "عائشہ"])
        #expect(title == "\u{2067}عائشہ\u{2069}’s Three Houses")
        let measurer = PangoTextMeasurer(fonts: try makeFonts())
        #expect(measurer.direction(of: title) == .leftToRight)
        // The name first, then the apostrophe, then "Three": read left to right.
        let name = try x(of: "عائشہ", in: title, direction: .leftToRight)
        let apostrophe = try x(of: "’s", in: title, direction: .leftToRight)
        let three = try x(of: "Three", in: title, direction: .leftToRight)
        #expect(name < apostrophe && apostrophe < three)
        // A Latin name is left alone in English.
        #expect(try english.text("three_houses.title", ["name": "Ayesha"]) == "Ayesha’s Three Houses")
    }

    @Test func anEnglishNameKeepsAnUrduTitleRightToLeft() throws {
        let urdu = try StringsCatalogue.load(language: "ur", from: Self.strings)
        let title = try urdu.text("three_houses.title", ["name": "Ayesha"])
        #expect(title == "\u{2066}Ayesha\u{2069} کے تین گھر")
        let measurer = PangoTextMeasurer(fonts: try makeFonts())
        #expect(measurer.direction(of: title) == .rightToLeft)
        // The name starts the sentence, so it sits at the right.
        let name = try x(of: "Ayesha", in: title, direction: .rightToLeft, language: "ur")
        let houses = try x(of: "تین", in: title, direction: .rightToLeft, language: "ur")
        #expect(name > houses)
    }

    @Test func aPhoneNumberInUrduPrintsInItsOrder() throws {
        let urdu = try StringsCatalogue.load(language: "ur", from: Self.strings)
        let line = try urdu.text("wp.talk_to_phone", ["how": "چائلڈ لائن کو فون کریں", "phone": "0800 1111"])
        // The Urdu words need no isolating in Urdu; the number does.
        #expect(line == "چائلڈ لائن کو فون کریں: \u{2066}0800 1111\u{2069}")
        let first = try x(of: "0800", in: line, direction: .rightToLeft, language: "ur")
        let second = try x(of: "1111", in: line, direction: .rightToLeft, language: "ur")
        #expect(first < second)
        // Without the isolates the two halves swap: the fault this guards against.
        let bare = BidiIsolation.removed(from: line)
        #expect(try x(of: "0800", in: bare, direction: .rightToLeft, language: "ur") > x(of: "1111", in: bare, direction: .rightToLeft, language: "ur"))
    }

    @Test func twoUrduNamesInAnEnglishListKeepTheirOrder() throws {
        let english = try StringsCatalogue.load(language: "en-GB", from: Self.strings)
        let names = ["عائشہ", "سارہ"].map { BidiIsolation.inserting($0, into: "en-GB") }
        let sentence = try english.text("wp.worried_many", ["people": names.joined(separator: " and ")])
        let ayesha = try x(of: "عائشہ", in: sentence, direction: .leftToRight)
        let sara = try x(of: "سارہ", in: sentence, direction: .leftToRight)
        let worried = try x(of: "worried", in: sentence, direction: .leftToRight)
        #expect(ayesha < sara && sara < worried)
    }

    @Test func isolatesAreInvisibleAndHaveNoMissingGlyph() throws {
        let measurer = PangoTextMeasurer(fonts: try makeFonts())
        let style = TextStyle(size: 20)
        #expect(measurer.missingCharacters(in: "\u{2066}Ayesha\u{2069}", style: style).isEmpty)
        #expect(abs(measurer.width(of: "\u{2066}Ayesha\u{2069}", style: style) - measurer.width(of: "Ayesha", style: style)) < 0.01)
    }
}
