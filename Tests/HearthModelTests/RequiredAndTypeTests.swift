import Testing
@testable import HearthModel

@Suite("Required fields and wrong types")
struct RequiredAndTypeTests {
    @Test func missingChildrenIsReportedAtTheTop() throws {
        let problem = try #require(singleProblem("hearth: 1\n"))
        #expect(problem.position == "1:1")
        #expect(problem.keyPath == "children")
        #expect(problem.message == "the list of children is missing")
        #expect(problem.fix == "under a 'children:' line, add one line '  - id: mia' and one line '    name: Mia Smith' per child")
        #expect(problem.description == """
        mia.yaml:1:1: children: the list of children is missing
          fix: under a 'children:' line, add one line '  - id: mia' and one line '    name: Mia Smith' per child
        """)
    }

    @Test func childrenKeyWithNothingUnderIt() throws {
        let problem = try #require(singleProblem("hearth: 1\nchildren:\n"))
        #expect(problem.position == "2:1")
        #expect(problem.keyPath == "children")
        #expect(problem.message == "the list of children is empty")
        #expect(problem.fix == "under a 'children:' line, add one line '  - id: mia' and one line '    name: Mia Smith' per child")
    }

    @Test func emptyChildrenListIsReported() throws {
        let problem = try #require(singleProblem("children: []\n"))
        #expect(problem.position == "1:11")
        #expect(problem.keyPath == "children")
        #expect(problem.message == "there are no children in this file")
    }

    @Test func childWithoutIdOrNameGetsBothProblems() {
        let found = problems("children:\n  - called: Mimi\n")
        #expect(found.map(\.keyPath) == ["children[0].id", "children[0].name"])
        #expect(found.map(\.position) == ["2:5", "2:5"])
        #expect(found.map(\.message) == ["the child's id is missing", "the child's name is missing"])
        #expect(found.first?.fix == "add a line 'id: mia'")
    }

    @Test func emptyValueOfRequiredKeyPointsAtTheKey() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name:\n"))
        #expect(problem.position == "3:5")
        #expect(problem.keyPath == "children[0].name")
        #expect(problem.message == "the child's name is empty")
    }

    @Test func blankQuotedNameIsEmpty() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: \"   \"\n"))
        #expect(problem.position == "3:11")
        #expect(problem.message == "the child's name is empty")
    }

    @Test func interviewWithoutChildIsReported() throws {
        let problem = try #require(singleProblem(withChildren("three_houses:\n  - worries:\n      - I am sad\n")))
        #expect(problem.position == "9:5")
        #expect(problem.keyPath == "three_houses[0].child")
        #expect(problem.message == "the child this interview is with is missing")
    }

    @Test func childrenWrittenAsMappingInsteadOfList() throws {
        let problem = try #require(singleProblem("children:\n  id: mia\n  name: Mia\n"))
        #expect(problem.position == "2:3")
        #expect(problem.keyPath == "children")
        #expect(problem.message == "expected a list of children, found a set of 'key: value' lines")
        #expect(problem.fix == "start each child with '- ' (a dash and a space), e.g. '- id: mia', and indent its other lines to match")
    }

    @Test func childWrittenAsText() throws {
        let problem = try #require(singleProblem("children:\n  - mia\n"))
        #expect(problem.position == "2:5")
        #expect(problem.keyPath == "children[0]")
        #expect(problem.message == "expected a child, written as lines like 'id: mia' and 'name: Mia Smith', found the text 'mia'")
    }

    @Test func topLevelListIsRefused() throws {
        let problem = try #require(singleProblem("- id: mia\n  name: Mia\n"))
        #expect(problem.position == "1:1")
        #expect(problem.keyPath == "")
        #expect(problem.message == "expected 'key: value' lines at the top of the file, such as 'hearth: 1' and 'children:', found a list")
        #expect(problem.description.hasPrefix("mia.yaml:1:1: expected 'key: value' lines"))
    }

    @Test func numberWhereANameBelongs() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: 42\n"))
        #expect(problem.position == "3:11")
        #expect(problem.keyPath == "children[0].name")
        #expect(problem.message == "expected the child's name written as text, found the number 42")
        #expect(problem.fix == "if you mean the text, put it in quotes: \"42\"")
    }

    @Test func booleanWhereANameBelongs() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: true\n"))
        #expect(problem.message == "expected the child's name written as text, found the yes/no value true")
    }

    @Test func listWhereANameBelongs() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name:\n      - Mia\n"))
        #expect(problem.position == "4:7")
        #expect(problem.message == "expected the child's name written as text, found a list")
    }

    @Test func idWithSpaces() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia smith\n    name: Mia\n"))
        #expect(problem.position == "2:9")
        #expect(problem.keyPath == "children[0].id")
        #expect(problem.message == "the child's id must be one word without spaces, found 'mia smith'")
        #expect(problem.fix == "join the words, e.g. 'mia-smith'")
    }

    @Test(arguments: [
        ("\"7\"", "expected the child's age as a whole number, found the text '7'", "remove the quotes around 7"),
        ("seven", "expected the child's age as a whole number, found the text 'seven'", "write a whole number from 0 to 25 in figures, e.g. 7"),
        ("7.5", "expected the child's age as a whole number, found the number 7.5", "write a whole number from 0 to 25 in figures, e.g. 7"),
        ("[7]", "expected the child's age as a whole number, found a list", "write a whole number from 0 to 25 in figures, e.g. 7"),
        ("26", "the child's age must be from 0 to 25, found 26", "write a whole number from 0 to 25"),
        ("-1", "the child's age must be from 0 to 25, found -1", "write a whole number from 0 to 25"),
        ("99999999999999999999999", "the child's age must be from 0 to 25, found 99999999999999999999999", "write a whole number from 0 to 25"),
    ])
    func badAges(age: String, message: String, fix: String) throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    age: \(age)\n"))
        #expect(problem.position == "4:10")
        #expect(problem.keyPath == "children[0].age")
        #expect(problem.message == message)
        #expect(problem.fix == fix)
    }

    @Test func edgeAgesAreAccepted() throws {
        let file = try CaseFileLoader.parse("children:\n  - {id: a, name: A, age: 0}\n  - {id: b, name: B, age: 25}\n  - {id: c, name: C, age: +3}\n", file: "t.yaml")
        #expect(file.children.map(\.age) == [0, 25, 3])
    }

    @Test func caseWrittenAsText() throws {
        let problem = try #require(singleProblem("case: Mia\n" + Fixtures.minimal))
        #expect(problem.position == "1:7")
        #expect(problem.keyPath == "case")
        #expect(problem.message == "expected 'key: value' lines such as 'author: Sam Jones', found the text 'Mia'")
    }

    @Test func laterFormatVersionIsRefused() throws {
        let problem = try #require(singleProblem("hearth: 2\n" + Fixtures.minimal))
        #expect(problem.position == "1:9")
        #expect(problem.keyPath == "hearth")
        #expect(problem.message == "this file is written for version 2 of the Hearth case-file format, but this Hearth reads version 1")
    }

    @Test func quotedFormatVersionIsRefused() throws {
        let problem = try #require(singleProblem("hearth: \"1\"\n" + Fixtures.minimal))
        #expect(problem.message == "expected the format version 1, found the text '1'")
        #expect(problem.fix == "write 'hearth: 1'")
    }
}
