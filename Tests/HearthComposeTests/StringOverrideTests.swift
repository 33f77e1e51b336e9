import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// A case's own words (`output.strings`) replace the strings file's, and a mistake in them is pointed at.
struct StringOverrideTests {
    let at = HearthModel.SourceLocation(file: "mia.yaml", line: 30, column: 20)

    func english() throws -> StringsCatalogue { try StringsCoverageTests.load("en-GB") }

    @Test func theCasesWordsPrintInsteadAndCountAsChecked() throws {
        let (strings, problems) = try english().overriding([
            StringOverride(key: "house.worries", text: "Worry House"),
            StringOverride(key: "house.more", text: "{name} says more about the {house}"),
        ])
        #expect(problems.isEmpty)
        #expect(try strings.text("house.worries") == "Worry House")
        #expect(try strings.text("house.more", ["name": "Mia", "house": "Worry House"]) == "Mia says more about the Worry House")
        #expect(strings.entries["house.worries"]?.checked == true)
    }

    @Test func anUnknownKeyIsLocatedWithTheNearestName() throws {
        let (_, problems) = try english().overriding([
            StringOverride(key: "house.wories", text: "Worry House", location: at, keyPath: "output.strings.house.wories")
        ])
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.description.hasPrefix("mia.yaml:30:20: output.strings.house.wories: there is no fixed word called 'house.wories'"))
        #expect(problem.fix?.hasPrefix("did you mean 'house.worries'?") == true)
    }

    @Test func aMissingPlaceholderIsLocatedAndTheOriginalShown() throws {
        let (strings, problems) = try english().overriding([
            StringOverride(key: "three_houses.title", text: "My houses", location: at, keyPath: "output.strings.three_houses.title")
        ])
        let problem = try #require(problems.first)
        #expect(problem.message == "the words for 'three_houses.title' leave out {name}")
        #expect(problem.fix == "keep exactly the placeholders of the original, \"{name}’s Three Houses\": {name}")
        #expect(problem.location == at)
        // The file's words stay.
        #expect(try strings.text("three_houses.title", ["name": "Mia"]) == "Mia’s Three Houses")
    }

    @Test func aPlaceholderHearthDoesNotFillIsRefused() throws {
        let (_, problems) = try english().overriding([StringOverride(key: "house.worries", text: "{name}’s worries")])
        #expect(problems.map(\.message) == ["the words for 'house.worries' name {name}, which Hearth does not fill here"])
    }

    /// `hearth check` lists the unchecked words a document used, not every word of the file.
    @Test func theWordsReadAreRecordedAcrossCopies() throws {
        let polish = try StringsCoverageTests.load("pl").recordingUse()
        let copy = polish
        _ = try copy.text("house.worries")
        _ = try polish.date(try #require(CalendarDate(year: 2026, month: 4, day: 2)))
        #expect(polish.unchecked == ["date.long", "house.worries", "month.4"])
        let english = try english().recordingUse()
        _ = try english.text("house.worries")
        #expect(english.unchecked.isEmpty)
    }
}
