import HearthLooks
import Testing

@testable import HearthModel

/// `wears:` on someone in a picture dresses them for that picture only: Jayden in his pyjamas on the morning he
/// went out, in his clothes on every other page.
struct SceneWearsTests {
    static let family = withChildren("people:\n  - id: mum\n    name: Anna Kowalska\n    looks: { wears: arm-cast }\n")

    @Test func aPictureMayDressSomeoneForItselfOnly() throws {
        let file = try CaseFileLoader.parse(Self.family + """
        pictures:
          night:
            people:
              leo: { wears: pyjamas, walks: yes }
              mum: { wears: [] }
              mia: { feeling: happy }
          day:
            people: [leo: happy, {who: mum, wears: [sling, arm-cast]}]

        """, file: "t.yaml")
        let night = try #require(file.pictures["night"]?.people)
        #expect(night.map(\.wears) == [[.pyjamas], [], nil])
        let day = try #require(file.pictures["day"]?.people)
        #expect(day.map(\.wears) == [nil, [.sling, .armCast]])
        // The looks themselves are unchanged: the picture's words override them only where written.
        #expect(file.looks(of: "mum")?.wears == [.armCast])
        #expect(file.looks(of: "leo")?.wears == [])
    }

    @Test func aMisspeltWornThingSuggestsTheWord() throws {
        let problem = try #require(singleProblem(Self.family + "pictures:\n  night:\n    people:\n      leo: { wears: pyjams }\n"))
        #expect(problem.keyPath == "pictures.night.people.leo.wears")
        #expect(problem.fix?.hasPrefix("did you mean 'pyjamas'?") == true)
    }
}
