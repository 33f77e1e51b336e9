import Foundation
import HearthGeometry
import HearthSketch
import Testing

/// Whatever a file holds, reading it gives a picture or an error naming the file, and never crashes.
struct AssetFuzzTests {
    /// A small deterministic generator, so a failure can be reproduced.
    struct Dice {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(n, 1)))
        }
    }

    static let alphabet = Array("<>/=\"' \n\tsvgpathrectcirclegviewBoxdMLCQAZz0123456789.-,e&;#![]?xmlclass")

    func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do throws(AssetError) {
            let picture = try AssetPicture.parse(text, name: "fuzz", file: "fuzz.svg")
            // Whatever parsed must also draw without trouble.
            let drawing = picture.draw(in: Rect(x: 0, y: 0, width: 80, height: 80), seed: 1)
            if let bounds = drawing.bounds {
                #expect(bounds.width.isFinite && bounds.height.isFinite, sourceLocation: sourceLocation)
            }
        } catch {
            #expect(error.file == "fuzz.svg", sourceLocation: sourceLocation)
            #expect(!error.message.isEmpty && !error.fix.isEmpty, sourceLocation: sourceLocation)
        }
    }

    @Test func randomText() {
        var dice = Dice(state: 1)
        for _ in 0..<300 {
            let length = dice.next(200)
            check(String((0..<length).map { _ in Self.alphabet[dice.next(Self.alphabet.count)] }))
        }
        for _ in 0..<100 {
            let bytes = (0..<dice.next(120)).map { _ in UInt8(dice.next(256)) }
            check(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func mutatedPictures() throws {
        let files = try FileManager.default.contentsOfDirectory(at: AssetFixtures.pictures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "svg" }.sorted { $0.path < $1.path }
        var dice = Dice(state: 42)
        for (index, url) in files.enumerated() {
            let original = Array(try String(contentsOf: url, encoding: .utf8))
            for _ in 0..<(index < 10 ? 20 : 8) {
                var text = original
                for _ in 0..<(1 + dice.next(4)) where !text.isEmpty {
                    let at = dice.next(text.count)
                    switch dice.next(3) {
                    case 0: text.remove(at: at)
                    case 1: text.insert(Self.alphabet[dice.next(Self.alphabet.count)], at: at)
                    default: text[at] = Self.alphabet[dice.next(Self.alphabet.count)]
                    }
                }
                check(String(text))
            }
        }
    }

    @Test func randomPathData() {
        var dice = Dice(state: 7)
        let pieces = ["M", "m", "L", "l", "H", "v", "C", "s", "Q", "t", "A", "a", "Z", "z", " ", ",", "-", ".", "1", "0",
                      "25", "-3.5", "1e3", "1e308", "9e999", "0 0 1", ".5.5"]
        for _ in 0..<400 {
            let d = (0..<dice.next(30)).map { _ in pieces[dice.next(pieces.count)] }.joined()
            check(AssetFixtures.svg("<path class=\"red\" d=\"\(d)\"/>"))
        }
    }

    @Test func nastyButWellFormedFiles() {
        let cases = [
            AssetFixtures.svg("<circle class=\"red\" r=\"1e300\"/>"),
            AssetFixtures.svg("<rect class=\"red\" width=\"1e-300\" height=\"1e-300\"/>"),
            AssetFixtures.svg("<g transform=\"scale(1e200)\"><g transform=\"scale(1e200)\"><circle class=\"red\" r=\"5\"/></g></g>"),
            AssetFixtures.svg("<g transform=\"scale(0)\"><circle class=\"red\" r=\"5\"/></g>"),
            AssetFixtures.svg("<circle class=\"red\" r=\"5\"/>", viewBox: "-1e300 0 1e300 1"),
            AssetFixtures.svg(String(repeating: "<g>", count: 500) + "<circle class=\"red\" r=\"5\"/>" + String(repeating: "</g>", count: 500)),
            AssetFixtures.svg("<polyline class=\"red hatch\" points=\"0,0 100,0 0,100 100,100\"/>"),
            AssetFixtures.svg("<path class=\"roof cross\" d=\"M0 0 L0 0 L0 0 Z\"/>"),
            """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <svg viewBox="0 0 100 100"><title>&d;&d;&d;</title><circle class="red" r="5"/></svg>
            """,
            "<svg viewBox=\"0 0 100 100\"><![CDATA[ text ]]><circle class=\"red\" r=\"5\"/></svg>",
        ]
        for text in cases { check(text) }
    }
}
