import HearthCompose
import HearthGeometry
import HearthLooks
import HearthModel
import Testing

@testable import HearthLayout

/// Children are drawn at the height of their year, not only of their stage of life: a six-year-old is visibly
/// shorter than a nine-year-old, and siblings stand in age order, on every page of a document.
struct ChildHeightTests {
    /// Siblings who look alike but for their year, so hair does not decide who is taller.
    static func child(_ id: String, years: Int) -> ScenePerson {
        var looks = PersonLooks(age: AgeGroup(age: years), hair: .short)
        looks.years = years
        return ScenePerson(id: id, label: id, looks: looks)
    }

    @Test func aSixYearOldIsVisiblyShorterThanANineYearOld() throws {
        let scene = SceneContent(place: "park", people: [Self.child("six", years: 6), Self.child("nine", years: 9)])
        let placed = try SettingLayoutTests().layout.place(scene, in: Rect(x: 0, y: 0, width: 900, height: 500), figureHeight: 200)
        let (six, nine) = (placed.figures[0].height, placed.figures[1].height)
        // Growth charts: 0.68 and about 0.80 of a grown-up, a step a child sees at a glance.
        #expect(nine / six > 1.1, "six: \(six), nine: \(nine)")
    }

    @Test func siblingsStandInAgeOrder() throws {
        let years = [4, 5, 7, 8, 10, 11, 12, 13, 15]
        let scene = SceneContent(place: "park", people: years.map { Self.child("c\($0)", years: $0) })
        let placed = try SettingLayoutTests().layout.place(scene, in: Rect(x: 0, y: 0, width: 2400, height: 500), figureHeight: 200)
        let heights = placed.figures.map(\.height)
        #expect(heights == heights.sorted() && Set(heights).count == heights.count, "heights by year: \(heights)")
    }

    /// A child in the case file carries their year into their looks, so the composer need not.
    @Test func aChildsYearReachesTheirLooks() {
        #expect(Child(id: "mia", name: "Mia", age: 6).looks.years == 6)
        #expect(Child(id: "kai", name: "Kai", ageMonths: 4).looks.years == nil)
        #expect(Child(id: "jo", name: "Jo", age: 14).looks.years == 14)
    }
}
