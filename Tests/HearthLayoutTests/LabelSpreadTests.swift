import Testing

@testable import HearthLayout

/// Names under people who stand close move apart just enough, stay in order and inside the picture, and are not
/// moved so far that they would read as someone else's.
struct LabelSpreadTests {
    @Test func closeNamesMoveApartInOrder() throws {
        let out = try #require(LabelSpread.centres([100, 110, 160], widths: [30, 24, 20], gap: 8, minX: 0, maxX: 300))
        #expect(out[0] + 15 + 8 <= out[1] - 12 + 1e-9 && out[1] + 12 + 8 <= out[2] - 10 + 1e-9, "\(out)")
        for (o, c) in zip(out, [100.0, 110, 160]) { #expect(abs(o - c) <= 25) }
    }

    @Test func namesAlreadyApartStayWhereTheyAre() {
        #expect(LabelSpread.centres([50, 150, 250], widths: [30, 30, 30], gap: 8, minX: 0, maxX: 300) == [50, 150, 250])
    }

    @Test func theOrderAlongTheRowIsTheCentresNotTheList() throws {
        let out = try #require(LabelSpread.centres([110, 100], widths: [24, 30], gap: 8, minX: 0, maxX: 300))
        #expect(out[1] < out[0])
    }

    @Test func namesThatWouldMoveTooFarAreNotSpread() {
        // Three long names over one spot: the outer ones would land far from their people.
        #expect(LabelSpread.centres([100, 100, 100], widths: [60, 60, 60], gap: 8, minX: 0, maxX: 300) == nil)
        // Wider together than the picture.
        #expect(LabelSpread.centres([10, 20], widths: [40, 40], gap: 8, minX: 0, maxX: 60) == nil)
    }

    @Test func namesStayInsideThePicture() throws {
        let out = try #require(LabelSpread.centres([12, 20], widths: [20, 20], gap: 8, minX: 0, maxX: 200))
        #expect(out[0] - 10 >= -1e-9)
    }
}
