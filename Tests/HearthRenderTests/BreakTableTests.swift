import Foundation
import CHearthCairo
import HearthFrame
import HearthLayout
import Testing

@testable import HearthRender

/// Breaking a paragraph from its shaped-once table gives exactly the lines Pango's own breaker gives, at every
/// width, in every script the fonts cover, with the widths Pango measures.
struct BreakTableTests {
    static let paragraphs: [(text: String, language: String?)] = [
        ("When Mummy and Daddy shout I hide under my bed. Sometimes there is no milk for my cereal.", nil),
        ("The adults are worried that Oakley thinks he must look after everyone, and that is a job for adults.", nil),
        ("Supercalifragilisticexpialidocious is a long word, and so is antidisestablishmentarianism.", nil),
        ("Boję się, kiedy tata krzyczy. Babcia Zosia robi mi naleśniki w sobotę.", "pl"),
        ("مجھے اپنی امی سے بہت پیار ہے اور میں اپنے ابو کے ساتھ کھیلنا چاہتا ہوں۔", "ur"),
        ("আমি আমার মাকে ভালোবাসি এবং আমি স্কুলে যেতে চাই।", "bn"),
        ("Line one.\nLine two after a forced break.", nil),
    ]

    /// Where Pango itself ends each line of `text` at `width` points.
    func pangoEnds(_ m: PangoTextMeasurer, _ text: String, _ style: TextStyle, _ width: Double) -> [Int] {
        let (layout, _) = m.setter.set(text, style: style, width: width)
        return (0..<Int(pango_layout_get_line_count(layout))).map { i in
            let line = pango_layout_get_line_readonly(layout, Int32(i))!
            return Int(line.pointee.start_index + line.pointee.length)
        }
    }

    @Test(arguments: paragraphs.indices)
    func linesMatchPangosOwnBreaks(_ k: Int) throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let (text, language) = Self.paragraphs[k]
        let style = TextStyle(size: 18, language: language)
        var compared = 0
        for width in stride(from: 30.0, through: 520, by: 9.5) {
            let ours = m.lines(of: Substring(text), style: style, width: width)
            let pango = pangoEnds(m, text, style, width)
            let ourEnds = ours.map { text.utf8.distance(from: text.startIndex, to: $0.end) }
            for br in ours where !br.splitsWord {
                #expect((br.width ?? .infinity) <= width + 0.01)
            }
            // Where a word is wider than the line, Pango and we both cut it, but may cut complex scripts at
            // different characters; where every word fits, the lines are the same.
            if ours.contains(where: { $0.splitsWord }) {
                #expect(pango.contains { splitsWord(text, at: $0) }, "width \(width): Pango kept every word whole")
                continue
            }
            compared += 1
            #expect(ourEnds == pango, "width \(width): ours \(ourEnds), Pango \(pango)")
        }
        #expect(compared >= 20, "most widths hold every word")
    }

    /// Whether a line ending `byte` bytes into `text` cuts a word.
    func splitsWord(_ text: String, at byte: Int) -> Bool {
        guard byte > 0, byte < text.utf8.count else { return false }
        let i = text.utf8.index(text.startIndex, offsetBy: byte)
        guard let end = String.Index(i, within: text) else { return true }
        let before = text[text.index(before: end)], after = text[end]
        return !before.isWhitespace && !after.isWhitespace && before != "-"
    }

    @Test func aLinesWidthIsWhatPangoMeasuresForIt() throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let style = TextStyle(size: 24)
        let text = "I like going to the park with Nana and my dog Biscuit on Saturdays."
        let lines = m.lines(of: Substring(text), style: style, width: 260)
        #expect(lines.count >= 3)
        var start = text.startIndex
        for br in lines {
            var line = String(text[start..<br.end])
            while line.last == " " { line.removeLast() }
            let alone = m.width(of: line, style: style)
            #expect(abs((br.width ?? -1) - alone) < 0.05, "\(line): \(br.width ?? -1) vs \(alone)")
            start = br.end
            while start < text.endIndex, text[start] == " " { start = text.index(after: start) }
        }
    }

    @Test func aHyphenatedWordStaysWholeUnlessNothingElseFits() throws {
        let m = PangoTextMeasurer(fonts: try makeFonts())
        let style = TextStyle(size: 20)
        let text = "The grown-ups are worried."
        // Wide enough for "The grown-" but not "The grown-ups": Pango would break after the hyphen.
        let upToHyphen = m.width(of: "The grown-", style: style), upToWord = m.width(of: "The grown-ups", style: style)
        let width = (upToHyphen + upToWord) / 2
        #expect(pangoEnds(m, text, style, width).first == "The grown-".utf8.count, "Pango splits the word")
        let lines = m.lines(of: Substring(text), style: style, width: width)
        #expect(String(text[..<lines[0].end]).trimmingCharacters(in: .whitespaces) == "The")
        #expect(lines.dropFirst().first.map { String(text[lines[0].end..<$0.end]) }?.contains("grown-ups") == true)
        // A hyphenated word longer than the line still breaks at its hyphen rather than between letters.
        let long = "Grandmother-in-law"
        let narrow = m.width(of: "Grandmother-", style: style) + 1
        let parts = m.lines(of: Substring(long), style: style, width: narrow)
        #expect(String(long[..<parts[0].end]) == "Grandmother-")
        #expect(!parts[0].splitsWord)
    }
}
