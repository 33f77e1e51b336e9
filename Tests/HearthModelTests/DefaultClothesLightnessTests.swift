import Foundation
import HearthLooks
import HearthTestSupport
import Testing

@testable import HearthModel

/// Where a case file leaves clothes out, the people of a case get clothes a clear step apart in lightness (12
/// CIELAB L*), so they tell apart when the booklet is printed in black and white.
///
/// Only five lightness steps fit between the darkest and the lightest clothes, so a case of more people cannot
/// keep everyone apart: each person differs from the two before them (neighbours in the file, who are often
/// neighbours in a picture), and from everyone before them while the palette allows.
struct DefaultClothesLightnessTests {
    static let step = 12.0
    static let window = LooksDescription.lightnessWindow

    static func subjects(_ ids: [String], explicit: [String: ClothesColour] = [:]) -> [LooksDescription.Subject] {
        ids.map { id in
            var d = LooksDescription()
            d.clothes = explicit[id]
            return LooksDescription.Subject(id: id, description: d, defaultAge: .adult, role: nil)
        }
    }

    @Test func theWindowIsTheTwoBefore() { #expect(Self.window == 2) }

    /// Three people (a child and two parents, the most common picture) always all differ from each other.
    @Test func threePeopleAllDiffer() {
        for start in 0..<40 {
            let looks = LooksDescription.resolve(Self.subjects((0..<3).map { "p\(start)-\($0)" }))
            for i in looks.indices { for j in 0..<i {
                #expect(abs(looks[i].clothes.lightness - looks[j].clothes.lightness) >= Self.step)
            } }
        }
    }

    @Test(arguments: [2, 3, 4, 5, 8, 12])
    func defaultsAreAStepApartFromTheirNeighbours(count: Int) {
        let ids = (0..<count).map { "person-\($0)" }
        let looks = LooksDescription.resolve(Self.subjects(ids))
        for i in looks.indices {
            for j in max(0, i - Self.window)..<i {
                let gap = abs(looks[i].clothes.lightness - looks[j].clothes.lightness)
                #expect(gap >= Self.step, "\(count) people: \(i) \(looks[i].clothes) and \(j) \(looks[j].clothes) differ by \(gap)")
            }
        }
    }

    @Test func writtenClothesAreKeptAndDefaultsStepAwayFromThem() {
        let looks = LooksDescription.resolve(
            Self.subjects(["mum", "leo", "dad"], explicit: ["mum": .blue, "dad": .teal]))
        #expect(looks[0].clothes == .blue && looks[2].clothes == .teal)
        #expect(abs(looks[1].clothes.lightness - ClothesColour.blue.lightness) >= Self.step)
    }

    /// In every example, each person whose clothes the file leaves out differs from the people before them.
    @Test func exampleDefaultsStandApart() throws {
        let folder = Repository.examples
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!files.isEmpty)
        for name in files {
            let url = folder.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            let file = try CaseFileLoader.load(contentsOf: url)
            let everyone = file.children.map { ($0.id, $0.looks) } + file.people.map { ($0.id, $0.looks) }
            for (i, (id, looks)) in everyone.enumerated() where !Self.writesClothes(id, in: text) {
                for (otherID, other) in everyone[max(0, i - Self.window)..<i] {
                    let gap = abs(looks.clothes.lightness - other.clothes.lightness)
                    #expect(gap >= Self.step, "\(name): \(id) (\(looks.clothes), a default) and \(otherID) (\(other.clothes)) differ by \(gap)")
                }
            }
        }
    }

    /// Whether the file writes `clothes:` for this id: in the lines from `id: <id>` to the next `id:`.
    static func writesClothes(_ id: String, in text: String) -> Bool {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.range(of: "id: \(id)\\b", options: .regularExpression) != nil }) else { return false }
        for line in lines[start...] {
            if line != lines[start], line.contains("id: ") { return false }
            if line.contains("clothes:") { return true }
        }
        return false
    }
}

/// Looks, children and people compared apart from their clothes colour, which the case's other people decide
/// (see `LooksDescription.apartInLightness`).
extension PersonLooks {
    var withoutClothes: PersonLooks {
        var l = self
        l.clothes = .blue
        return l
    }
}

extension Child {
    var withoutClothes: Child {
        var c = self
        c.looks = c.looks.withoutClothes
        return c
    }
}

extension Person {
    var withoutClothes: Person {
        var p = self
        p.looks = p.looks.withoutClothes
        return p
    }
}
