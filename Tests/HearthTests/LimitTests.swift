import Foundation
import Testing
import HearthModel

/// The documented limits (``CaseFileLimits``): a file past one is refused at once, exit 1, with the line and key of
/// the value past it, and nothing written; a file at the limits renders.
struct LimitTests {
    static func interview(worries: [String]) -> String {
        """
        hearth: 1
        children:
          - id: mia
            name: Mia Thompson
            age: 7
        three_houses:
          - child: mia
            date: 2026-03-12
            worries:
        \(worries.map { "      - \"\($0)\"" }.joined(separator: "\n"))
            good_things: [Biscuit my dog.]

        """
    }

    /// Words of the child's, `count` characters long, with a space every so often.
    static func words(_ count: Int, seed: Int = 0) -> String {
        let pool = ["when", "Mummy", "shouts", "I", "hide", "under", "my", "bed", "with", "Biscuit"]
        var out = ""
        var i = seed
        while out.count < count {
            out += (out.isEmpty ? "" : " ") + pool[i % pool.count]
            i += 1
        }
        return String(out.prefix(count)).trimmingCharacters(in: .whitespaces)
    }

    func render(_ text: String) throws -> (CLI.Result, [String]) {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", text)
        let r = try cli.run(["render", "mia.yaml", "-o", "out/"])
        return (r, cli.files().filter { $0.hasPrefix("out") })
    }

    @Test func aWorryLongerThanTheLimitIsRefusedAtItsLine() throws {
        let (r, written) = try render(Self.interview(worries: ["I am scared.", Self.words(60_000)]))
        #expect(r.status == 1)
        #expect(r.stderr.contains(
            "hearth: error: mia.yaml:11:9: three_houses[0].worries[1]: this text is 60,000 characters long; one piece of text can be at most 2,000"),
            "\(r.stderr.prefix(500))")
        #expect(r.stderr.contains("  fix: split it into shorter sentences, each on its own line starting with '- '"))
        #expect(r.stderr.utf8.count < 1_000, "the message must not echo the text")
        #expect(written.isEmpty)
    }

    @Test func aListLongerThanTheLimitIsRefusedAtItsLine() throws {
        let (r, written) = try render(Self.interview(worries: (0..<40_000).map { Self.words(20, seed: $0) }))
        #expect(r.status == 1)
        #expect(r.stderr.contains(
            "hearth: error: mia.yaml:10:7: three_houses[0].worries: this list has 40,000 items; a list can have at most 500"),
            "\(r.stderr.prefix(500))")
        #expect(written.isEmpty)
    }

    @Test func aNameLongerThanTheLimitIsRefusedWithoutEchoingIt() throws {
        let text = Self.interview(worries: ["I am scared."])
            .replacingOccurrences(of: "name: Mia Thompson", with: "name: " + String(repeating: "Mia ", count: 3_000))
        let (r, written) = try render(text)
        #expect(r.status == 1)
        #expect(r.stderr.contains("hearth: error: mia.yaml:4:11: children[0].name: this text is 11,999 characters long"), "\(r.stderr.prefix(500))")
        #expect(r.stderr.contains("  fix: shorten it"))
        #expect(written.isEmpty)
    }

    @Test func anAliasBombIsRefusedQuickly() throws {
        var text = "hearth: 1\nbomb:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { text += "  - &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        text += "children:\n  - id: mia\n    name: Mia\n"
        let started = Date()
        let (r, written) = try render(text)
        #expect(r.status == 1)
        #expect(r.stderr.contains("values, which no case needs"), "\(r.stderr)")
        #expect(r.stderr.contains("mia.yaml:"), "\(r.stderr)")
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(written.isEmpty)
    }

    @Test func fiveHundredWorriesAndATwoThousandCharacterWorryRender() throws {
        var worries = (0..<(CaseFileLimits.listItems - 1)).map { Self.words(30 + $0 % 40, seed: $0) }
        worries.append(Self.words(CaseFileLimits.textCharacters))
        let (r, written) = try render(Self.interview(worries: worries))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(written == ["out", "out/mia-three-houses.pdf"])
    }
}
