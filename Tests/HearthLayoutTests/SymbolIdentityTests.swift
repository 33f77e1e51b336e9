import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch
import Testing

@testable import HearthLayout

/// A shared drawing's identity comes from what it draws: two figures that differ in any one look, feeling or
/// action get different ids (so a PDF never shows one in the other's place), and the same figure drawn twice gets
/// the same id in any process.
struct SymbolIdentityTests {
    static let base = PersonLooks(age: .adult, skin: .brown, hair: .short, hairColour: .black, clothes: .green)

    static func id(_ looks: PersonLooks, feeling: Feeling = .calm, action: Action = .standing) throws -> String {
        let person = ScenePerson(id: "p", label: nil, looks: looks, feeling: feeling, action: action)
        let symbol = FigureSymbol(person, feet: Point(100, 200), height: 150, facing: .front, seed: 7)
        guard case .symbol(let s, _) = symbol.item else { throw Failure.notASymbol }
        return s.id
    }

    enum Failure: Error { case notASymbol }

    /// One change to each look, named by the property it changes.
    static let changes: [String: @Sendable (inout PersonLooks) -> Void] = [
        "age": { $0.age = .older }, "skin": { $0.skin = .deep }, "hair": { $0.hair = .curly },
        "hairColour": { $0.hairColour = .grey }, "build": { $0.build = .broad }, "clothes": { $0.clothes = .red },
        "headCovering": { $0.headCovering = .turban }, "glasses": { $0.glasses = true }, "beard": { $0.beard = true },
        "hearingAid": { $0.hearingAid = true }, "mobility": { $0.mobility = .crutches }, "role": { $0.role = .police },
        "years": { $0.age = .child; $0.years = 9 }, "wears": { $0.wears = [.pyjamas] },
    ]

    @Test func everyLookChangesTheIdentity() throws {
        let plain = try Self.id(Self.base)
        for (name, change) in Self.changes {
            var looks = Self.base
            change(&looks)
            if name == "years" {
                var younger = looks
                younger.years = 6
                #expect(try Self.id(looks) != Self.id(younger), "a nine- and a six-year-old share a drawing")
            }
            #expect(try Self.id(looks) != plain, "changing \(name) kept the same identity")
        }
        #expect(try Self.id(Self.base, feeling: .sad) != plain)
        #expect(try Self.id(Self.base, action: .phoning) != plain)
    }

    /// Every stored property of `PersonLooks` is one this test changes: a look added without a case here fails.
    @Test func theTestCoversEveryLook() {
        let names = Set(Mirror(reflecting: Self.base).children.compactMap(\.label))
        #expect(names == Set(Self.changes.keys), "looks not covered: \(names.subtracting(Self.changes.keys).sorted())")
    }

    @Test func theSameFigureHasTheSameIdentity() throws {
        #expect(try Self.id(Self.base) == Self.id(Self.base))
        #expect(try Self.id(Self.base).hasPrefix("person "))
    }
}
