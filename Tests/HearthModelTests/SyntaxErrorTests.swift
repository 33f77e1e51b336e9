import Testing
@testable import HearthModel

@Suite("YAML syntax problems")
struct SyntaxErrorTests {
    @Test(arguments: ["", "   \n\n", "# just a comment\n", "---\n", "~\n"])
    func emptyFile(text: String) throws {
        let problem = try #require(singleProblem(text))
        #expect(problem.position == "1:1")
        #expect(problem.keyPath == "")
        #expect(problem.message == "the file is empty")
        #expect(problem.fix == "start from the template made by 'hearth new'")
    }

    @Test func tabIndentation() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n\tname: Mia\n"))
        #expect(problem.position == "3:1")
        #expect(problem.message == "a tab is used for indentation here, but YAML only allows spaces")
        #expect(problem.fix == "replace the tab with spaces (most editors have a setting to insert spaces for the Tab key)")
    }

    @Test func tabBeforeAListItem() throws {
        let problem = try #require(singleProblem("children:\n\t- id: mia\n"))
        #expect(problem.position == "2:1")
        #expect(problem.message == "a tab is used for indentation here, but YAML only allows spaces")
    }

    @Test func secondColonOnALine() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia: the eldest\n"))
        #expect(problem.position == "3:14")
        #expect(problem.message == "a second ': ' on this line makes YAML read the text as another key")
        #expect(problem.fix == "put the text after the first ': ' in double quotes, e.g. name: \"Mia: the eldest\"")
    }

    @Test func lineWithoutColonJoinsTheNext() throws {
        let problem = try #require(singleProblem("children\n  - id: mia\n"))
        #expect(problem.position == "2:7")
        #expect(problem.message == "the line above has no ':', so YAML joins it to this line")
        #expect(problem.fix == "add ': ' after the key on the line above, or delete that line")
    }

    @Test func keyWithoutColonIsReportedOnItsOwnLine() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    called Mimi\n    age: 7\n"))
        #expect(problem.position == "4:5")
        #expect(problem.message == "expected a 'key: value' line here, but there is no ':'")
    }

    @Test func apostropheInsideSingleQuotes() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: 'Mia's\n"))
        #expect(problem.position == "3:16")
        #expect(problem.message == "there is more text after the end of this value")
        #expect(problem.fix == "put all of the text inside the quotation marks; inside '…' write an apostrophe as two ('Mia''s'), or use \"…\" instead")
    }

    @Test func unclosedQuotePointsAtTheOpeningQuote() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: \"Mia\n    age: 7\n"))
        #expect(problem.position == "3:11")
        #expect(problem.message == "a quotation mark opened here is never closed")
        #expect(problem.fix == "add the closing quotation mark at the end of the text")
    }

    @Test func misalignedKey() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n     name: Mia\n"))
        #expect(problem.position == "3:10")
        #expect(problem.keyPath == "")
        #expect(problem.message == "this line is indented further than the line above, so YAML reads it as part of the value above")
        #expect(problem.fix == "start 'name' in the same column as the key above it")
    }

    @Test func listItemOnTheKeyLine() throws {
        let problem = try #require(singleProblem("children: - id: mia\n"))
        #expect(problem.position == "1:11")
        #expect(problem.message == "a '- ' list item cannot start on the same line as its key")
    }

    @Test func symbolThatCannotStartText() throws {
        let problem = try #require(singleProblem(withChildren("three_houses:\n  - child: mia\n    worries:\n      - @school\n")))
        #expect(problem.position == "11:9")
        #expect(problem.message == "'@' cannot start a value in YAML")
        #expect(problem.fix == "put the whole text in double quotes, e.g. \"@…\"")
    }

    @Test func controlCharacter() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mi\u{7}a\n"))
        #expect(problem.position == "3:13")
        #expect(problem.message == "the file contains an invisible control character (U+0007) that YAML does not allow")
    }

    @Test func twoDocuments() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\n---\nchildren: []\n"))
        #expect(problem.position == "4:1")
        #expect(problem.message == "the file holds more than one document (a '---' line part-way down)")
    }

    @Test func duplicateKeyIsReportedAtTheRepeatWithPath() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    name: Mia K\n"))
        #expect(problem.position == "4:5")
        #expect(problem.keyPath == "children[0].name")
        #expect(problem.message == "'name' is written twice in the same block; the first is on line 3")
        #expect(problem.fix == "keep one 'name' line and delete the other (with any lines indented under it)")
    }

    @Test func duplicateBlocksAndOtherProblemsAreAllReported() {
        let text = withChildren("""
        three_houses:
          - child: mia
            worries:
              - I am scared
            dreams: a dog
            worries:
              - of the dark
              - ""
          - child: lio
        output:
          paper: a5
        output:
          paper: a4
        """)
        let found = problems(text)
        #expect(found.map(\.position) == ["12:13", "13:5", "16:12", "18:10", "19:1"])
        #expect(found.map(\.keyPath) == [
            "three_houses[0].dreams", "three_houses[0].worries", "three_houses[1].child", "output.paper", "output",
        ])
        #expect(found[1].message == "'worries' is written twice in the same block; the first is on line 10")
        #expect(found[4].message == "'output' is written twice in the same block; the first is on line 17")
    }

    @Test func syntaxErrorAfterARepeatedKeyIsAlsoReported() {
        let found = problems(withChildren("three_houses:\n  - child: mia\n    worries:\n      - a\n\t  - b\n").replacingAll("    age: 4\n", with: "    age: 4\n    age: 5\n"))
        #expect(found.map(\.position) == ["8:5", "13:1"])
        #expect(found.map(\.message) == [
            "'age' is written twice in the same block; the first is on line 7",
            "a tab is used for indentation here, but YAML only allows spaces",
        ])
    }

    @Test func errorLeftByBlankingARepeatIsNotReported() {
        let found = problems("{\n  \"children\": [{\"id\": \"mia\", \"name\": \"Mia\"}],\n  \"children\": [\n    {\"id\": \"leo\"}\n  ]\n}\n")
        #expect(found.map(\.position) == ["3:3"])
        #expect(found.map(\.message) == ["'children' is written twice in the same block; the first is on line 2"])
    }

    @Test func duplicateKeysInOneLineFlowMappingAreReportedAtTheFirst() throws {
        let problem = try #require(singleProblem("children: [{id: mia, name: Mia, id: leo}]\n"))
        #expect(problem.position == "1:13")
        #expect(problem.message == "'id' is written more than once in the same block")
    }

    @Test func duplicateKeysInJSON() {
        let found = problems("{\n  \"children\": [{\"id\": \"mia\", \"name\": \"Mia\"}],\n  \"hearth\": 1,\n  \"hearth\": 1\n}\n")
        #expect(found.map(\.position) == ["4:3"])
        #expect(found.map(\.keyPath) == ["hearth"])
    }

    @Test func threeCopiesOfAKeyGiveTwoReports() {
        let found = problems(Fixtures.minimal + "\nhearth: 1\nhearth: 1\nhearth: 1\n")
        #expect(found.map(\.position) == ["5:1", "6:1"])
        #expect(found.map(\.message) == [
            "'hearth' is written twice in the same block; the first is on line 4",
            "'hearth' is written twice in the same block; the first is on line 4",
        ])
    }
}
