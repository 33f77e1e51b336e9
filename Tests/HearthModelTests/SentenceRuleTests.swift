import Testing
@testable import HearthModel

@Suite("Rules for the child's sentences")
struct SentenceRuleTests {
    private func interview(_ body: String) -> String {
        withChildren("three_houses:\n  - child: mia\n" + body)
    }

    @Test func singleSentenceWhereAListBelongs() throws {
        let problem = try #require(singleProblem(interview("    dreams: I want a dog\n")))
        #expect(problem.position == "10:13")
        #expect(problem.keyPath == "three_houses[0].dreams")
        #expect(problem.message == "expected a list of sentences, found a single sentence")
        #expect(problem.fix == "put each sentence on its own line starting with '- '")
        #expect(problem.description == """
        mia.yaml:10:13: three_houses[0].dreams: expected a list of sentences, found a single sentence
          fix: put each sentence on its own line starting with '- '
        """)
    }

    @Test func sentencesWrittenAsKeyValueLines() throws {
        let problem = try #require(singleProblem(interview("    worries:\n      Dad: shouts\n")))
        #expect(problem.position == "11:7")
        #expect(problem.keyPath == "three_houses[0].worries")
        #expect(problem.message == "expected a list of sentences, found a set of 'key: value' lines")
    }

    @Test func sentenceContainingColonSpaceNeedsQuotes() throws {
        let problem = try #require(singleProblem(interview("    worries:\n      - Mum said: no\n")))
        #expect(problem.position == "11:9")
        #expect(problem.keyPath == "three_houses[0].worries[0]")
        #expect(problem.message == "expected a sentence, found 'Mum said: no', which YAML reads as a 'key: value' pair because of the ': '")
        #expect(problem.fix == "put the whole sentence in quotes: - \"Mum said: no\"")
    }

    @Test func emptySentencesAreReportedEachAtItsLine() {
        let found = problems(interview("    good_things:\n      - my cat\n      -\n      - \"\"\n      - \"   \"\n      - ~\n"))
        #expect(found.map(\.keyPath) == [
            "three_houses[0].good_things[1]", "three_houses[0].good_things[2]",
            "three_houses[0].good_things[3]", "three_houses[0].good_things[4]",
        ])
        #expect(found.map(\.position) == ["12:8", "13:9", "14:9", "15:9"])
        #expect(found.allSatisfy { $0.message == "this sentence is empty" })
        #expect(found.first?.fix == "write the child's words after the '- ', or delete the line")
    }

    @Test func sentenceStartingWithHashIsAComment() throws {
        let problem = try #require(singleProblem(interview("    worries:\n      - #1 is school\n")))
        #expect(problem.position == "11:8")
        #expect(problem.keyPath == "three_houses[0].worries[0]")
        #expect(problem.message == "this sentence is empty, because YAML reads text after '#' as a comment")
        #expect(problem.fix == "put the sentence in quotes: - \"#1 is school\"")
    }

    @Test func bareNumberSentenceMustBeQuoted() throws {
        let problem = try #require(singleProblem(interview("    dreams:\n      - 100\n")))
        #expect(problem.position == "11:9")
        #expect(problem.keyPath == "three_houses[0].dreams[0]")
        #expect(problem.message == "expected a sentence, found the number 100")
        #expect(problem.fix == "if this is the text meant, put it in quotes: - \"100\"")
    }

    @Test func nestedListIsNotASentence() throws {
        let problem = try #require(singleProblem(interview("    dreams:\n      - - a dog\n")))
        #expect(problem.keyPath == "three_houses[0].dreams[0]")
        #expect(problem.message == "expected a sentence, found a list")
    }

    @Test func questionsFollowTheSameRules() throws {
        let problem = try #require(singleProblem(interview("    questions: What worries you?\n")))
        #expect(problem.keyPath == "three_houses[0].questions")
        #expect(problem.message == "expected a list of questions, found a single sentence")
    }

    @Test func emptyListIsABlankHouse() throws {
        let file = try CaseFileLoader.parse(interview("    worries: []\n    dreams: []\n"), file: "t.yaml")
        #expect(file.threeHouses.first?.isBlank == true)
    }
}
