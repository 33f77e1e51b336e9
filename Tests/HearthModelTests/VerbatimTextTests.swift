import Testing
@testable import HearthModel

/// The child's words are quoted, never rewritten: only the ends are trimmed and line breaks folded.
@Suite("Verbatim words")
struct VerbatimTextTests {
    private func worries(_ items: String) throws -> [String] {
        let file = try CaseFileLoader.parse(withChildren("three_houses:\n  - child: mia\n    worries:\n" + items), file: "t.yaml")
        return file.threeHouses.first?.worries ?? []
    }

    @Test func polishAndUrduAreKeptExactly() throws {
        let words = try worries("      - Boję się, kiedy tata krzyczy\n      - مجھے اپنی امی سے پیار ہے\n")
        #expect(words == ["Boję się, kiedy tata krzyczy", "مجھے اپنی امی سے پیار ہے"])
        #expect(words[1].unicodeScalars.map(\.value) == "مجھے اپنی امی سے پیار ہے".unicodeScalars.map(\.value))
    }

    @Test func yesNoWordsStayText() throws {
        #expect(try worries("      - no\n      - yes\n      - off\n      - No\n      - ON\n") == ["no", "yes", "off", "No", "ON"])
    }

    @Test func quotedNumbersAndBooleansAreText() throws {
        #expect(try worries("      - \"10\"\n      - 'true'\n      - \"~\"\n") == ["10", "true", "~"])
    }

    @Test func innerSpacingAndPunctuationAreKept() throws {
        #expect(try worries("      - \"  I   don't  know...  \"\n      - Dad  — he shouts!!\n") == ["I   don't  know...", "Dad  — he shouts!!"])
    }

    @Test func literalBlockLineBreaksFoldToSpaces() throws {
        #expect(try worries("      - |\n        when the door\n          bangs\n\n        I hide\n") == ["when the door bangs I hide"])
    }

    @Test func foldedAndPlainMultilineTextIsJoined() throws {
        #expect(try worries("      - >\n        I miss\n        my dog\n      - I miss\n        my cat\n") == ["I miss my dog", "I miss my cat"])
    }

    @Test func quotedEscapedLineBreakIsFolded() throws {
        #expect(try worries("      - \"first\\nsecond\"\n") == ["first second"])
    }

    @Test func foldingUnit() {
        #expect(TextFolding.fold("  a  b \n\n  c\t\n") == "a  b c")
        #expect(TextFolding.fold("\u{00A0}x\u{2003}") == "x")
        #expect(TextFolding.fold(" \n ") == "")
    }
}
