import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLayout
import HearthModel
import Testing

@testable import HearthRender

/// Complex scripts and missing glyphs, measured with the real fonts.
struct GlyphAndDirectionTests {
    func sheet(worries: [String]) throws -> ThreeHousesSheet {
        let strings = try StringsCatalogue.load(language: "en-GB", from: Repo.root.appendingPathComponent("Assets/strings"))
        var sheet = try ThreeHousesComposer(strings: strings).blankSheet(childName: "Ayesha")
        sheet.isBlank = false
        sheet.houses[0].items = worries.enumerated().map { i, t in
            SheetText(t, language: t.unicodeScalars.contains { $0.value == 0x06D2 || $0.value == 0x06BA } ? "ur" : nil,
                      origin: "case.yaml:14:9: three_houses[0].worries[\(i)]")
        }
        return sheet
    }

    @Test func anEmojiStopsTheRenderNamingTheTextAndTheCharacter() throws {
        let measurer = PangoTextMeasurer(fonts: try makeFonts())
        let layout = ThreeHousesLayout(measurer: measurer, page: PageSpec(paper: .a4Landscape))
        #expect {
            _ = try layout.layout(try sheet(worries: ["I love my dog 🐶 so much"]), drawings: [:])
        } throws: { error in
            guard let e = error as? LayoutError, case .missingGlyphs(let text, let chars, let origin) = e else { return false }
            return text == "I love my dog 🐶 so much" && chars == ["🐶"]
                && origin == "case.yaml:14:9: three_houses[0].worries[0]"
                && e.description.contains("U+1F436")
        }
    }

    @Test func urduReadsRightToLeftAndIsShaped() throws {
        let measurer = PangoTextMeasurer(fonts: try makeFonts())
        let layout = ThreeHousesLayout(measurer: measurer, page: PageSpec(paper: .a4Landscape))
        let urdu = "مجھے اپنی امی سے پیار ہے۔"
        let doc = try layout.layout(try sheet(worries: [urdu]), drawings: [:])
        let lines = doc.pages[0].textLines.filter { $0.direction == .rightToLeft }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.style.language == "ur" })
        // Right-aligned: every Urdu line ends at the same right edge.
        let rights = Set(lines.map { (($0.origin.x + $0.width) * 10).rounded() })
        #expect(rights.count == 1)
        // Shaping joins letters: a joined word is narrower than the same letters forced apart with ZWNJ.
        let style = TextStyle(size: 20, language: "ur")
        let joined = measurer.width(of: "پیار", style: style)
        let apart = measurer.width(of: "پ\u{200C}ی\u{200C}ا\u{200C}ر", style: style)
        #expect(joined < apart * 0.9)
    }

    @Test func indicArabicTamilAndEthiopicScriptsAllHaveGlyphs() throws {
        let measurer = PangoTextMeasurer(fonts: try makeFonts())
        for text in ["ਮੈਨੂੰ ਡਰ ਲੱਗਦਾ ਹੈ", "আমি ভয় পাই", "મને ડર લાગે છે", "मुझे डर लगता है", "أنا خائف", "எனக்கு பயமாக இருக்கிறது", "ፈርቻለሁ", "ፈሪሐ ኣለኹ"] {
            #expect(measurer.missingCharacters(in: text, style: TextStyle(size: 12)) == [], "\(text)")
        }
    }
}
