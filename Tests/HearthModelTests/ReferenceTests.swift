import Testing
@testable import HearthModel

@Suite("Child ids and references")
struct ReferenceTests {
    @Test func duplicateChildIds() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n  - id: mia\n    name: Mia again\n"))
        #expect(problem.position == "4:9")
        #expect(problem.keyPath == "children[1].id")
        #expect(problem.message == "the id 'mia' is already used by children[0] on line 2")
        #expect(problem.fix == "give each child a different id, e.g. 'mia-2'")
    }

    @Test func interviewForUnknownChildSuggestsNearestId() throws {
        let problem = try #require(singleProblem(withChildren("three_houses:\n  - child: mai\n")))
        #expect(problem.position == "9:12")
        #expect(problem.keyPath == "three_houses[0].child")
        #expect(problem.message == "there is no child with the id 'mai'")
        #expect(problem.fix == "did you mean 'mia'? (the children's ids are 'leo' and 'mia')")
    }

    @Test func interviewForUnrelatedNameListsIds() throws {
        let problem = try #require(singleProblem(withChildren("three_houses:\n  - child: Mia Kowalska\n")))
        #expect(problem.message == "the child's id must be one word without spaces, found 'Mia Kowalska'")
        let other = try #require(singleProblem(withChildren("three_houses:\n  - child: zofia\n")))
        #expect(other.fix == "use one of the ids from 'children:' (the children's ids are 'leo' and 'mia')")
    }

    @Test func childWithOtherProblemsStillCountsForReferences() throws {
        let found = problems("children:\n  - id: mia\n    age: 40\n    name: Mia\nthree_houses:\n  - child: mia\n")
        #expect(found.map(\.keyPath) == ["children[0].age"])
    }

    @Test func referencesAreNotCheckedWhenChildrenAreUnreadable() throws {
        let problem = try #require(singleProblem("children: mia\nthree_houses:\n  - child: mia\n"))
        #expect(problem.keyPath == "children")
    }
}
