import Foundation
import Testing
@testable import HearthModel

/// Property-style checks: whatever the input, the loader returns a case file or a `CaseFileError`
/// with at least one sensible diagnostic, and never traps.
@Suite("Robustness against any input")
struct RobustnessTests {
    /// SplitMix64: small, seeded, and the same on every machine, so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Characters that matter to YAML, plus some that break encodings and layouts.
    static let yamlAlphabet: [String] = [
        ":", " ", "-", "\n", "\t", "\"", "'", "#", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@",
        "`", "?", "~", "\\", "\r", "\u{0}", "\u{7}", "\u{FEFF}", "ę", "ہ", "👩‍👧", "a", "7", "---", "...", "  ",
    ]

    enum Outcome {
        case decoded
        case refused([Diagnostic])
    }

    private func outcome(_ text: String) -> Outcome {
        do {
            _ = try CaseFileLoader.parse(text, file: "fuzz.yaml")
            return .decoded
        } catch {
            return .refused(error.diagnostics)
        }
    }

    private func checkSane(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard case .refused(let diagnostics) = outcome(text) else { return }
        #expect(!diagnostics.isEmpty, "no diagnostics for \(text.debugDescription)", sourceLocation: sourceLocation)
        RobustnessTests.checkSane(text, diagnostics, sourceLocation: sourceLocation)
    }

    /// Every diagnostic has a message and points inside the text of `fuzz.yaml`.
    static func checkSane(_ text: String, _ diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lineCount = text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count + 1
        for diagnostic in diagnostics {
            #expect(!diagnostic.message.isEmpty, sourceLocation: sourceLocation)
            if let location = diagnostic.location {
                #expect(location.file == "fuzz.yaml", sourceLocation: sourceLocation)
                #expect(location.line >= 1 && location.line <= lineCount + 1,
                        "line \(location.line) outside 1...\(lineCount + 1) for \(text.debugDescription)", sourceLocation: sourceLocation)
                #expect(location.column >= 1, sourceLocation: sourceLocation)
            }
        }
    }

    @Test func randomBytesNeverCrash() {
        var random = SeededGenerator(state: 0x4845_4152_5448)
        for _ in 0..<300 {
            let count = Int.random(in: 0...200, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            checkSane(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func randomYAMLishTextNeverCrashes() {
        var random = SeededGenerator(state: 7)
        for _ in 0..<300 {
            let count = Int.random(in: 0...80, using: &random)
            let pieces = (0..<count).compactMap { _ in RobustnessTests.yamlAlphabet.randomElement(using: &random) }
            checkSane(pieces.joined())
        }
    }

    @Test func mutatedValidFilesNeverCrash() {
        var random = SeededGenerator(state: 2026)
        var decodedCount = 0
        var refusedCount = 0
        for round in 0..<400 {
            let source = round.isMultiple(of: 2) ? Fixtures.full : Fixtures.json
            let text = RobustnessTests.mutate(source, using: &random)
            checkSane(text)
            switch outcome(text) {
            case .decoded: decodedCount += 1
            case .refused: refusedCount += 1
            }
        }
        // Both paths must be exercised, or the mutations are not testing anything.
        #expect(decodedCount > 10)
        #expect(refusedCount > 100)
    }

    /// The Words and Pictures sections on their own, with references across them, so mutations hit them
    /// often rather than once in a long file.
    @Test func mutatedBookletSectionsNeverCrash() {
        let source = withChildren("""
        people:
          - id: nana
            name: Jean
            network: yes
          - id: dad
            name: Tom
            not_safe: yes
        pictures:
          home_time: { place: home, people: [mia, nana] }
        story: { children: [mia, leo], date: 2026-03-20, review: 2026-06-19 }
        map:
          harm:
            - text: "Leo was hurt."
              child: Leo hurt his arm.
              who: [dad]
              picture: home_time
          worries:
            - { text: Nana is worried., worried: [nana, teacher], who: dad }
          goals: [Everyone stays safe.]
        disputes:
          - about: How Leo was hurt
            says: { dad: It was an accident., doctor: { text: It was not., child: The doctors think not. } }
            decided: { by: judge, text: The judge decided. }
        safety_plan:
          rules:
            - rule: { text: Dad does not visit alone., child: Daddy visits with Nana. }
              who: [nana]
              phone: 07700 900123
          network: [{ who: nana, job: Nana visits. }]
          talk_to: [nana, { how: phone Childline, phone: 0800 1111 }]
          review: 2026-06-19
        scales: [{ who: nana, score: 7, date: 2026-03-14 }]
        pages:
          cover: { picture: { place: park, people: [mia: happy] } }
          close: { text: [It is not your fault.] }
          review: { skip: yes }
        output: { documents: [words-and-pictures], paper: a5-booklet, age_band: 5-8 }
        """)
        #expect(problems(source).isEmpty)
        var random = SeededGenerator(state: 0x5753)
        var decodedCount = 0
        var refusedCount = 0
        for _ in 0..<400 {
            let text = RobustnessTests.mutate(source, using: &random)
            checkSane(text)
            switch outcome(text) {
            case .decoded: decodedCount += 1
            case .refused: refusedCount += 1
            }
        }
        #expect(decodedCount > 10)
        #expect(refusedCount > 100)
    }

    static func mutate(_ source: String, using random: inout SeededGenerator) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            guard !lines.isEmpty else { break }
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines[index] = "\t" + lines[index]
            case 3: lines[index] = String(lines[index].dropFirst(Int.random(in: 0...4, using: &random)))
            case 4: lines[index] = " " + lines[index]
            case 5:
                var characters = Array(lines[index])
                let position = Int.random(in: 0...characters.count, using: &random)
                characters.insert(contentsOf: RobustnessTests.yamlAlphabet.randomElement(using: &random) ?? "", at: position)
                lines[index] = String(characters)
            case 6: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
            default: lines = Array(lines.prefix(index))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A named input, so test output shows the name rather than kilobytes of brackets.
    struct Pathological: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    static let pathological: [Pathological] = [
        Pathological(name: "5000 open brackets", text: String(repeating: "[", count: 5000)),
        Pathological(name: "990 nested lists", text: "children: " + String(repeating: "[", count: 990) + String(repeating: "]", count: 990)),
        Pathological(
            name: "900 nested block lists",
            text: "children:\n" + (1...900).map { String(repeating: " ", count: $0 * 2) + "- " }.joined(separator: "\n") + "x"),
        Pathological(name: "2000 nested mappings", text: String(repeating: "{a: ", count: 2000)),
        Pathological(name: "3000 dashes", text: String(repeating: "- ", count: 3000) + "x"),
        Pathological(name: "staircase of keys", text: (0..<900).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")),
        Pathological(
            name: "alias fan-out as children",
            text: "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\nchildren: *d\n"),
        Pathological(
            name: "self-referencing alias",
            text: "children:\n  - id: mia\n    name: Mia\nthree_houses:\n  - child: mia\n    worries: &w [*w]\n"),
        Pathological(name: "NUL bytes", text: "\u{0}\u{0}\u{0}"),
        Pathological(name: "byte-order mark only", text: "\u{FEFF}"),
        Pathological(name: "50 repeated keys", text: String(repeating: "children:\n", count: 50)),
        Pathological(name: "100 000-character key", text: String(repeating: "x", count: 100_000) + ": 1"),
        Pathological(name: "lone surrogate escape", text: "children: \"\\uD800\"\n"),
        Pathological(name: "tag directive", text: "%TAG ! tag:x,2000:\n---\nchildren: !a [1]\n"),
        Pathological(
            name: "alias fan-out as who",
            text: "children:\n  - id: mia\n    name: Mia\nx: &a [mia, mia, mia, mia, mia, mia, mia, mia]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "map:\n  harm:\n    - text: t\n      who: [*b, *b, *b, *b, *b, *b, *b, *b]\n"),
        Pathological(
            name: "self-referencing statement",
            text: "children:\n  - id: mia\n    name: Mia\nmap:\n  harm: &h\n    - *h\n"),
        Pathological(
            name: "picture inside a picture",
            text: "children:\n  - id: mia\n    name: Mia\npages:\n  cover:\n    picture:\n      picture:\n        picture: x\n"),
        Pathological(
            name: "2000 views in one dispute",
            text: "children:\n  - id: mia\n    name: Mia\ndisputes:\n  - about: a\n    says:\n"
                + (0..<2000).map { "      p\($0): words\n" }.joined()),
        Pathological(
            name: "5000 rules",
            text: "children:\n  - id: mia\n    name: Mia\nsafety_plan:\n  rules:\n" + String(repeating: "    - rule: r\n      phone: 0\n", count: 5000)),
    ]

    @Test(arguments: RobustnessTests.pathological)
    func pathologicalInputs(input: Pathological) {
        checkSane(input.text)
    }

    @Test func hugeAliasFanOutIsReportedNotWalked() throws {
        let text = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n" +
            "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nchildren: *e\n"
        let found = problems(text)
        #expect(found.count == 15)
        #expect(found.first?.keyPath == "a")
    }
}
