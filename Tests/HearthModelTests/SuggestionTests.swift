import Testing
@testable import HearthModel

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    let interviewKeys = CaseFileSchema.knownKeys["three_houses"] ?? []

    @Test func distanceCountsEditsAndSwaps() {
        #expect(Suggestion.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.distance(Array("chlid"), Array("child")) == 1)
        #expect(Suggestion.distance(Array(""), Array("abc")) == 3)
        #expect(Suggestion.distance(Array("same"), Array("same")) == 0)
    }

    @Test func separatorsAndCaseAreAlike() {
        #expect(Suggestion.nearest(to: "Good-Things", in: interviewKeys) == "good_things")
        #expect(Suggestion.nearest(to: "RECORDED BY", in: interviewKeys) == "recorded_by")
    }

    @Test func farWordsGetNoSuggestion() {
        #expect(Suggestion.nearest(to: "colour", in: interviewKeys) == nil)
        #expect(Suggestion.nearest(to: "x", in: interviewKeys) == nil)
        #expect(Suggestion.nearest(to: "", in: interviewKeys) == nil)
    }

    @Test func tiesAreBrokenAlphabetically() {
        #expect(Suggestion.nearest(to: "bat", in: ["cat", "bar", "hat"]) == "bar")
    }

    @Test func listsReadNaturally() {
        #expect(Suggestion.list(["b", "a", "c"]) == "'a', 'b' and 'c'")
        #expect(Suggestion.list(["a"]) == "'a'")
        #expect(Suggestion.list([String]()) == "")
    }
}
