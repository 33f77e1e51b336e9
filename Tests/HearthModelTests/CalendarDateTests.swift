import Testing
@testable import HearthModel

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test(arguments: ["2026-03-14", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
    func validDatesRoundTrip(iso: String) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.iso == iso)
    }

    @Test(arguments: [
        "2026-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "2026-3-14", "26-03-14", "2026/03/14", "2026-03-14T10:00", " 2026-03-14", "", "２０２６-03-14", "0000-01-01",
    ])
    func invalidDatesAreRefused(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func ordering() throws {
        let early = try #require(CalendarDate(iso: "2025-12-31"))
        let late = try #require(CalendarDate(iso: "2026-01-01"))
        #expect(early < late)
        #expect(CalendarDate(year: 7, month: 3, day: 1)?.iso == "0007-03-01")
    }

    @Test func dayFirstFormsAreRecognisedForSuggestions() {
        #expect(CalendarDate(dayFirst: "14/03/2026")?.iso == "2026-03-14")
        #expect(CalendarDate(dayFirst: "1.3.2026")?.iso == "2026-03-01")
        #expect(CalendarDate(dayFirst: "31/02/2026") == nil)
    }
}
