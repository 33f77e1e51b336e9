import Testing
@testable import HearthModel

@Suite("Valid case files")
struct ValidFileTests {
    @Test func fullFileDecodesToExpectedValues() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        #expect(file.schemaVersion == 1)
        #expect(file.author == "Sam Jones, social worker")
        #expect(file.title == "Mia's Three Houses")
        #expect(file.children.map(\.withoutClothes) == [
            Child(id: "mia", name: "Mia Kowalska", called: "Mimi", age: 7, pronouns: "she/her"),
            Child(id: "leo", name: "Leo Kowalski", age: 4),
        ].map(\.withoutClothes))
        #expect(file.threeHouses.count == 2)
        let mia = try #require(file.threeHouses.first)
        #expect(mia.child == "mia")
        #expect(mia.date == CalendarDate(year: 2026, month: 3, day: 14))
        #expect(mia.recordedBy == "Sam Jones")
        #expect(mia.questions == ["What are you worried about?", "What is good in your life?"])
        #expect(mia.worries == ["Boję się, kiedy tata krzyczy", "Mum said: no more school", "no"])
        #expect(mia.goodThings == ["مجھے اپنی امی سے پیار ہے", "My nana's cat Biscuit"])
        #expect(mia.dreams == ["I wish we could all live together"])
        #expect(mia.location == HearthModel.SourceLocation(file: "mia.yaml", line: 16, column: 5))
        #expect(mia.wordLocations[.worries] == [23, 24, 25].map { HearthModel.SourceLocation(file: "mia.yaml", line: $0, column: 9) })
        #expect(mia.location(of: .goodThings, index: 1) == HearthModel.SourceLocation(file: "mia.yaml", line: 28, column: 9))
        #expect(mia.location(of: .dreams, index: 5) == nil)
        #expect(mia.drawings[.worries] == DrawingRef(
            path: "drawings/mia-worries.png",
            location: HearthModel.SourceLocation(file: "mia.yaml", line: 36, column: 16),
            keyPath: "three_houses[0].drawings.worries"))
        #expect(mia.drawings[.goodThings] == nil)
        #expect(mia.drawings[.dreams]?.path == "drawings/mia-dreams.JPG")
        #expect(mia.drawings[.dreams]?.keyPath == "three_houses[0].drawings.dreams")
        #expect(!mia.isBlank)

        let leo = try #require(file.threeHouses.last)
        #expect(leo == ThreeHousesInterview(child: "leo", location: HearthModel.SourceLocation(file: "mia.yaml", line: 38, column: 5)))
        #expect(leo.isBlank)

        #expect(file.output == OutputChoices(documents: [.threeHouses], paper: .a4Landscape, language: "pl"))
    }

    @Test func jsonInputDecodesLikeYAML() throws {
        let fromYAML = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        let fromJSON = try CaseFileLoader.parse(Fixtures.json, file: "mia.json")
        #expect(fromJSON.children == fromYAML.children)
        #expect(fromJSON.output == fromYAML.output)
        #expect(fromJSON.author == fromYAML.author)
        #expect(fromJSON.threeHouses.map(\.worries) == fromYAML.threeHouses.map(\.worries))
        #expect(fromJSON.threeHouses.map(\.goodThings) == fromYAML.threeHouses.map(\.goodThings))
        #expect(fromJSON.threeHouses.map(\.dreams) == fromYAML.threeHouses.map(\.dreams))
        #expect(fromJSON.threeHouses.first?.drawings[.dreams]?.path == "drawings/mia-dreams.JPG")
        #expect(fromJSON.threeHouses.first?.location == HearthModel.SourceLocation(file: "mia.json", line: 9, column: 5))
    }

    @Test func jsonIndentedWithTabsIsAccepted() throws {
        let file = try CaseFileLoader.parse("{\n\t\"children\": [\n\t\t{\"id\": \"mia\", \"name\": \"Mia\"}\n\t]\n}\n", file: "t.json")
        #expect(file.children == [Child(id: "mia", name: "Mia")])
    }

    @Test func minimalFileGetsDefaults() throws {
        let file = try CaseFileLoader.parse(Fixtures.minimal, file: "mia.yaml")
        #expect(file == CaseFile(children: [Child(id: "mia", name: "Mia Kowalska")]))
        #expect(file.schemaVersion == 1)
        #expect(file.threeHouses.isEmpty)
        #expect(file.output.documents == [.threeHouses])
        #expect(file.output.paper == nil)
        #expect(file.output.language == "en-GB")
    }

    @Test func nullMeansAbsentForOptionalFields() throws {
        let file = try CaseFileLoader.parse("""
        hearth: ~
        case:
        children:
          - id: mia
            name: Mia
            called: null
            age:
            pronouns: ~
        three_houses:
          - child: mia
            date: ~
            worries:
            drawings:
              dreams: ~
        output:
          paper: null
          documents: ~
        """, file: "t.yaml")
        #expect(file.children == [Child(id: "mia", name: "Mia")])
        #expect(file.threeHouses == [ThreeHousesInterview(child: "mia", location: HearthModel.SourceLocation(file: "t.yaml", line: 10, column: 5))])
        #expect(file.output == OutputChoices())
    }

    @Test func displayNamePrefersCalledThenFirstWord() {
        #expect(Child(id: "mia", name: "Mia Kowalska", called: "Mimi").displayName == "Mimi")
        #expect(Child(id: "mia", name: "Mia Kowalska").displayName == "Mia")
        #expect(Child(id: "z", name: "Zoë").displayName == "Zoë")
    }

    @Test func wordsForEachHouse() throws {
        let interview = try #require(try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml").threeHouses.first)
        #expect(interview.words(for: .worries) == interview.worries)
        #expect(interview.words(for: .goodThings) == interview.goodThings)
        #expect(interview.words(for: .dreams) == interview.dreams)
        #expect(House.allCases.map(\.rawValue) == ["worries", "good_things", "dreams"])
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let file = try CaseFileLoader.parse("\u{FEFF}" + Fixtures.minimal, file: "t.yaml")
        #expect(file.children.count == 1)
    }

    @Test func windowsLineEndingsAreAccepted() throws {
        let text = withChildren("three_houses:\n  - child: mia\n    worries:\n      - |\n        one\n        two\n")
            .replacingAll("\n", with: "\r\n")
        let file = try CaseFileLoader.parse(text, file: "t.yaml")
        #expect(file.threeHouses.first?.worries == ["one two"])
    }
}

extension String {
    /// Foundation-free replace, so the tests import only what they use.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
