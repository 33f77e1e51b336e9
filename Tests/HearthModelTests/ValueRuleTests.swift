import Testing
@testable import HearthModel

@Suite("Dates, drawings and output choices")
struct ValueRuleTests {
    private func interview(_ body: String) -> String {
        withChildren("three_houses:\n  - child: mia\n" + body)
    }

    @Test func impossibleDate() throws {
        let problem = try #require(singleProblem(interview("    date: 2026-02-30\n")))
        #expect(problem.position == "10:11")
        #expect(problem.keyPath == "three_houses[0].date")
        #expect(problem.message == "'2026-02-30' is not a real date")
        #expect(problem.fix == "check the month (01–12) and the day of the month")
    }

    @Test func dayFirstDateGetsTheISOForm() throws {
        let problem = try #require(singleProblem(interview("    date: 14/03/2026\n")))
        #expect(problem.message == "'14/03/2026' is not written year-month-day")
        #expect(problem.fix == "write it year first: 2026-03-14")
    }

    @Test func wordyDate() throws {
        let problem = try #require(singleProblem(interview("    date: 14th March\n")))
        #expect(problem.message == "expected the interview date written as YYYY-MM-DD, found the text '14th March'")
    }

    @Test func quotedDateIsAccepted() throws {
        let file = try CaseFileLoader.parse(interview("    date: \"2024-02-29\"\n"), file: "t.yaml")
        #expect(file.threeHouses.first?.date?.iso == "2024-02-29")
    }

    @Test(arguments: [
        ("mia.gif", "a drawing must be a PNG or JPEG picture, found a .gif file: 'mia.gif'"),
        ("scans/mia", "a drawing must be a PNG or JPEG picture, found a file name without a type such as .png: 'scans/mia'"),
        ("mia.png.pdf", "a drawing must be a PNG or JPEG picture, found a .pdf file: 'mia.png.pdf'"),
    ])
    func drawingsMustBePNGOrJPEG(path: String, message: String) throws {
        let problem = try #require(singleProblem(interview("    drawings:\n      good_things: \(path)\n")))
        #expect(problem.position == "11:20")
        #expect(problem.keyPath == "three_houses[0].drawings.good_things")
        #expect(problem.message == message)
        #expect(problem.fix == "save or scan the drawing as .png or .jpg and write that file name here")
    }

    @Test func drawingExtensionsIgnoreCase() throws {
        let file = try CaseFileLoader.parse(
            interview("    drawings:\n      worries: a.PNG\n      good_things: b.Jpeg\n      dreams: c d/e f.jpg\n"), file: "t.yaml")
        let drawings = try #require(file.threeHouses.first?.drawings)
        #expect(drawings.all.map(\.path) == ["a.PNG", "b.Jpeg", "c d/e f.jpg"])
    }

    @Test func drawingsWrittenAsList() throws {
        let problem = try #require(singleProblem(interview("    drawings:\n      - a.png\n")))
        #expect(problem.keyPath == "three_houses[0].drawings")
        #expect(problem.message == "expected one picture file per house, written as lines like 'dreams: mia-dreams.png', found a list")
    }

    @Test func documentsWrittenAsSingleWord() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\noutput:\n  documents: three-houses\n"))
        #expect(problem.position == "5:14")
        #expect(problem.keyPath == "output.documents")
        #expect(problem.message == "expected a list of documents, found the text 'three-houses'")
        #expect(problem.fix == "put each document on its own line starting with '- ', e.g. '- three-houses'")
    }

    @Test func everyDocumentKindInTheDesignIsAccepted() throws {
        let kinds = DocumentKind.allCases.map(\.rawValue)
        #expect(Set(kinds) == ["three-houses", "words-and-pictures", "safety-plan", "my-safety-plan", "safety-scale", "safety-house", "fairy-wizard", "safety-circles"])
        #expect(CaseFileSchema.plannedDocumentKinds.isEmpty)
    }

    @Test func documentTypoSuggestsNearest() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\noutput:\n  documents: [three_houses]\n"))
        #expect(problem.keyPath == "output.documents[0]")
        #expect(problem.message == "'three_houses' is not one of the choices for a document")
        #expect(problem.fix == "did you mean 'three-houses'? (the choices are \(Suggestion.list(DocumentKind.allCases.map(\.rawValue))))")
    }

    @Test func repeatedDocument() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\noutput:\n  documents: [three-houses, three-houses]\n"))
        #expect(problem.keyPath == "output.documents[1]")
        #expect(problem.message == "'three-houses' is listed more than once")
    }

    @Test func emptyDocumentList() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\noutput:\n  documents: []\n"))
        #expect(problem.message == "the list of documents is empty")
    }

    @Test func paperTypo() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\noutput:\n  paper: A4\n"))
        #expect(problem.position == "5:10")
        #expect(problem.keyPath == "output.paper")
        #expect(problem.message == "'A4' is not one of the choices for the paper")
        #expect(problem.fix == "did you mean 'a4'? (the choices are 'a3', 'a4', 'a4-landscape', 'a5-booklet', 'letter' and 'letter-landscape')")
    }

    @Test func languageName() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\noutput:\n  language: Polish\n"))
        #expect(problem.keyPath == "output.language")
        #expect(problem.message == "'Polish' is not a language code")
        #expect(problem.fix == "did you mean 'pl'? write a code such as 'en-GB' (English), 'cy' (Welsh), 'pl' (Polish) or 'ur' (Urdu)")
    }

    /// `no` is read as the code for Norwegian, not as false: the message names it (Hearth has no Norwegian words).
    @Test func norwegianIsNotABoolean() throws {
        let problem = try #require(singleProblem(Fixtures.minimal + "\noutput:\n  language: no\n"))
        #expect(problem.message == "Hearth has no words in 'no' yet")
    }
}
