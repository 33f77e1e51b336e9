import Foundation
import HearthModel
import HearthTestSupport
import Testing

@testable import HearthCompose

struct ThreeHousesComposerTests {
    static let stringsFolder = Repository.url("Assets/strings")

    func composer() throws -> ThreeHousesComposer {
        ThreeHousesComposer(strings: try StringsCatalogue.load(language: "en-GB", from: Self.stringsFolder))
    }

    func caseFile(_ interview: ThreeHousesInterview) -> CaseFile {
        CaseFile(
            author: "Anna Nowak, Social Worker",
            children: [Child(id: "zofia", name: "Zofia Kowalczyk", called: "Zosia", age: 8)],
            threeHouses: [interview])
    }

    @Test func aFilledSheetCarriesTheWordsVerbatimWithTheirOrigins() throws {
        let interview = ThreeHousesInterview(
            child: "zofia", date: CalendarDate(iso: "2026-04-02"), recordedBy: "Anna Nowak (social worker)",
            language: "pl", questions: ["Czym się martwisz?"], worries: ["Boję się, kiedy tata krzyczy na mamę."],
            dreams: ["Chcę, żeby w domu było cicho."],
            wordLocations: [.worries: [HearthModel.SourceLocation(file: "zofia.yaml", line: 22, column: 9)]])
        let sheet = try composer().sheet(
            for: interview, in: caseFile(interview), caseFolder: URL(fileURLWithPath: "/tmp"), file: "zofia.yaml")
        #expect(sheet.title == "Zosia’s Three Houses")
        #expect(sheet.details == ["Age 8", "2 April 2026"])
        #expect(sheet.houses.map(\.name) == ["House of Worries", "House of Good Things", "House of Dreams"])
        #expect(sheet.houses[0].items == [SheetText(
            "Boję się, kiedy tata krzyczy na mamę.", language: "pl",
            location: HearthModel.SourceLocation(file: "zofia.yaml", line: 22, column: 9), keyPath: "three_houses[0].worries[0]")])
        #expect(sheet.houses[0].items.first?.origin == "zofia.yaml:22:9: three_houses[0].worries[0]")
        #expect(sheet.houses[1].items.isEmpty)
        #expect(sheet.houses[2].items.map(\.text) == ["Chcę, żeby w\u{00A0}domu było cicho."])
        #expect(sheet.record.map(\.text) == [
            "Zosia’s own words, written down by Anna Nowak (social worker) on 2 April 2026.",
            "Questions asked: Czym się martwisz?",
        ])
        #expect(sheet.metadata.author == "Anna Nowak, Social Worker")
        #expect(sheet.metadata.creationDate == "2026-04-02T00:00:00Z")
        #expect(!sheet.isBlank)
    }

    @Test func anInterviewWithNoWordsIsABlankSheetForThatChild() throws {
        let interview = ThreeHousesInterview(child: "zofia")
        let sheet = try composer().sheet(
            for: interview, in: caseFile(interview), caseFolder: URL(fileURLWithPath: "/tmp"), file: "z.yaml")
        #expect(sheet.isBlank)
        #expect(sheet.title == "Zosia’s Three Houses")
        #expect(sheet.blankFields == ["Date"])
        #expect(sheet.record.isEmpty)
        #expect(sheet.metadata.creationDate == "\(ThreeHousesComposer.pinnedDate)T00:00:00Z")
    }

    @Test func aDrawingThatIsNotThereNamesItsLine() throws {
        var drawings = HouseDrawings()
        drawings[.dreams] = DrawingRef(
            path: "pictures/horse.png", location: HearthModel.SourceLocation(file: "z.yaml", line: 30, column: 15),
            keyPath: "three_houses[0].drawings.dreams")
        let interview = ThreeHousesInterview(child: "zofia", dreams: ["Konik"], drawings: drawings)
        #expect(throws: ComposeError.missingDrawing(
            path: "pictures/horse.png", origin: "z.yaml:30:15: three_houses[0].drawings.dreams")
        ) {
            _ = try composer().sheet(
                for: interview, in: caseFile(interview), caseFolder: URL(fileURLWithPath: "/nonexistent"), file: "z.yaml")
        }
    }

    @Test func anUnknownLanguageListsTheKnownOnes() {
        #expect(throws: ComposeError.unknownLanguage("xx", known: ["ar", "bn", "cy", "en-GB", "es", "gu", "pa", "pl", "pt", "ro", "so", "ur"])) {
            _ = try StringsCatalogue.load(language: "xx", from: Self.stringsFolder)
        }
    }
}
