import HearthGeometry
import HearthSketch
import Testing

/// A broken picture says which file, line and element, and what to do.
struct AssetErrorTests {
    func expectError(
        _ text: String, line: Int, element: String, mentions words: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error = AssetFixtures.error(text) else {
            Issue.record("expected an error", sourceLocation: sourceLocation)
            return
        }
        #expect(error.file == "test.svg", sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        #expect(error.element == element, "\(error)", sourceLocation: sourceLocation)
        #expect(!error.fix.isEmpty, sourceLocation: sourceLocation)
        let text = error.description
        #expect(text.contains("test.svg"), sourceLocation: sourceLocation)
        if line > 0 { #expect(text.contains("line \(line)"), sourceLocation: sourceLocation) }
        for word in words { #expect(text.contains(word), "\(text)", sourceLocation: sourceLocation) }
    }

    @Test func unknownElement() {
        expectError(
            AssetFixtures.svg("  <rect class=\"wall\" x=\"1\" y=\"1\" width=\"5\" height=\"5\"/>\n  <text x=\"0\">Hi</text>"),
            line: 4, element: "text", mentions: ["<text>", "path"])
        expectError(AssetFixtures.svg("  <circel class=\"wall\" r=\"4\"/>"), line: 3, element: "circel", mentions: ["circle"])
    }

    @Test func unknownClassSuggestsTheNearest() {
        expectError(
            AssetFixtures.svg("  <rect class=\"wal\" width=\"5\" height=\"5\"/>"),
            line: 3, element: "rect", mentions: ["\"wal\"", "did you mean \"wall\""])
        expectError(
            AssetFixtures.svg("\n\n  <circle class=\"purplish\" r=\"4\"/>"), line: 5, element: "circle",
            mentions: ["purplish", "paper", "ink"])
    }

    @Test func paintAttributesAreRefused() {
        expectError(
            AssetFixtures.svg("  <rect class=\"wall\" style=\"fill:red\" width=\"5\" height=\"5\"/>"),
            line: 3, element: "rect", mentions: ["style", "class"])
        expectError(
            AssetFixtures.svg("  <circle fill=\"#ff0000\" class=\"red\" r=\"4\"/>"), line: 3, element: "circle",
            mentions: ["fill", "class"])
        expectError(
            AssetFixtures.svg("  <g stroke=\"black\">\n    <circle class=\"red\" r=\"4\"/>\n  </g>"), line: 3,
            element: "g", mentions: ["stroke"])
    }

    @Test func badPathData() {
        expectError(
            AssetFixtures.svg("  <path class=\"line\" d=\"M 10 10 L 20\"/>"), line: 3, element: "path",
            mentions: ["bad path data", "\"L\""])
        expectError(AssetFixtures.svg("  <path class=\"line\" d=\"L 10 10\"/>"), line: 3, element: "path", mentions: ["start with M"])
        expectError(AssetFixtures.svg("  <path class=\"line\" d=\"M 10 10 X 3\"/>"), line: 3, element: "path", mentions: ["X"])
        expectError(AssetFixtures.svg("  <path class=\"line\" d=\"M 10 10 A 5 5 0 2 0 9 9\"/>"), line: 3, element: "path", mentions: ["flag"])
        expectError(AssetFixtures.svg("  <path class=\"line\" d=\"M 1e999 0 L 1 1\"/>"), line: 3, element: "path", mentions: ["number"])
        expectError(AssetFixtures.svg("  <path class=\"line\"/>"), line: 3, element: "path", mentions: ["\"d\""])
    }

    @Test func missingViewBox() {
        let text = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">\n  <circle class=\"red\" r=\"4\"/>\n</svg>"
        expectError(text, line: 1, element: "svg", mentions: ["viewBox", "0 0 100 100"])
        expectError(AssetFixtures.svg("  <circle class=\"red\" r=\"4\"/>", viewBox: "0 0 0 100"), line: 1, element: "svg", mentions: ["viewBox"])
        expectError(AssetFixtures.svg("  <circle class=\"red\" r=\"4\"/>", viewBox: "0 0 100"), line: 1, element: "svg", mentions: ["viewBox"])
    }

    @Test func otherMistakes() {
        expectError(AssetFixtures.svg("  <rect width=\"5\" height=\"5\"/>"), line: 3, element: "rect", mentions: ["no class"])
        expectError(AssetFixtures.svg("  <rect class=\"wall\" width=\"5px\" height=\"5\"/>"), line: 3, element: "rect", mentions: ["5px"])
        expectError(AssetFixtures.svg("  <rect class=\"wall\" width=\"-5\" height=\"5\"/>"), line: 3, element: "rect", mentions: ["width"])
        expectError(AssetFixtures.svg("  <line class=\"red\" x2=\"5\"/>"), line: 3, element: "line", mentions: ["class=\"line\""])
        expectError(AssetFixtures.svg("  <circle class=\"red blue\" r=\"4\"/>"), line: 3, element: "circle", mentions: ["two colours"])
        expectError(AssetFixtures.svg("  <circle class=\"line hatch\" r=\"4\"/>"), line: 3, element: "circle", mentions: ["hatch"])
        expectError(AssetFixtures.svg("  <circle class=\"red\" r=\"4\" transform=\"skewX(30)\"/>"), line: 3, element: "circle", mentions: ["skewX"])
        expectError(AssetFixtures.svg("  <circle class=\"red\" r=\"4\" onclick=\"x\"/>"), line: 3, element: "circle", mentions: ["onclick"])
        expectError(AssetFixtures.svg("  <polygon class=\"red\" points=\"1 2 3\"/>"), line: 3, element: "polygon", mentions: ["points"])
        expectError(
            AssetFixtures.svg("  <rect class=\"wall\" width=\"5\" height=\"5\">\n    <circle class=\"red\" r=\"1\"/>\n  </rect>"),
            line: 4, element: "circle", mentions: ["inside <rect>"])
        expectError(AssetFixtures.svg("  hello"), line: 3, element: "svg", mentions: ["text"])
        expectError(AssetFixtures.svg(""), line: 0, element: "svg", mentions: ["draws nothing"])
        expectError("<html><circle class=\"red\" r=\"4\"/></html>", line: 1, element: "html", mentions: ["<svg>"])
    }

    @Test func anElementOverSeveralLinesIsNamedWhereItStarts() {
        expectError(
            AssetFixtures.svg("  <rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" class=\"wall\"/><rect\n    class=\"wal\"\n    width=\"5\" height=\"5\"/>"),
            line: 3, element: "rect", mentions: ["wal"])
        expectError(
            AssetFixtures.svg("  <circle class=\"red\" r=\"1\"/>\n\n  <circle\n    class=\"red\"\n    r=\"-1\"/>"),
            line: 5, element: "circle", mentions: ["r must be more than 0"])
    }

    @Test func brokenXMLNamesTheLine() {
        guard let error = AssetFixtures.error(AssetFixtures.svg("  <rect class=\"wall\" width=\"5\" height=\"5\"\n  <circle/>")) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.file == "test.svg")
        #expect(error.line >= 3)
        #expect(error.message.contains("XML"))
        #expect(AssetFixtures.error("") != nil)
        #expect(AssetFixtures.error("not xml at all") != nil)
    }

    @Test func titleAndGroupsAreRead() throws {
        let picture = try AssetFixtures.parse(AssetFixtures.svg("""
              <desc>A note for trainers</desc>
              <g class="roof thin" transform="translate(10 0)">
                <title>not the picture's title</title>
                <rect x="0" y="0" width="10" height="10"/>
                <rect class="line" x="0" y="0" width="10" height="10"/>
              </g>
            """))
        #expect(picture.title == "Test")
        #expect(picture.shapes.count == 2)
        #expect(picture.shapes[0].paint.isThin)
        #expect(picture.shapes[0].path.bounds == Rect(x: 10, y: 0, width: 10, height: 10))
        #expect(picture.shapes[1].paint.fill == nil)
    }
}

/// `data-size` says how big a thing stands beside people.
struct AssetSizeTests {
    @Test func aSizeIsReadAndAnUnknownOneIsAnErrorWithASuggestion() throws {
        let tall = try AssetPicture.parse(
            "<svg viewBox=\"0 0 70 100\" data-size=\"tall\"><rect class=\"wood\" x=\"5\" y=\"5\" width=\"60\" height=\"90\"/></svg>",
            name: "door", file: "door.svg")
        #expect(tall.size == .tall && tall.size.heightInAdults > 0.9)
        let plain = try AssetPicture.parse(
            "<svg viewBox=\"0 0 10 10\"><rect class=\"wood\" x=\"1\" y=\"1\" width=\"8\" height=\"8\"/></svg>", name: "box", file: "box.svg")
        #expect(plain.size == .medium)
        do {
            _ = try AssetPicture.parse(
                "<svg viewBox=\"0 0 10 10\" data-size=\"tal\"><rect class=\"wood\" x=\"1\" y=\"1\" width=\"8\" height=\"8\"/></svg>",
                name: "box", file: "box.svg")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("data-size=\"tal\""))
            #expect(error.description.contains("did you mean \"tall\""))
        }
    }
}
