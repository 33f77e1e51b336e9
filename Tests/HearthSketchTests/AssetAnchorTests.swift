import Foundation
import HearthGeometry
import HearthSketch
import Testing

/// Settings and their anchors: every place file shipped parses with the anchors it needs, and a mistake in an
/// anchor is an error naming the file, the line and what to do.
struct AssetAnchorTests {
    /// Every file marked `data-kind="setting"`, so a place a trainer adds is checked without a test to edit; at
    /// least the places the composer and the examples use.
    static let settings: [String] = ((try? AssetLibrary.load(folder: AssetFixtures.pictures)) ?? [:]).values
        .filter { $0.kind == .setting }.map(\.name).sorted()

    @Test func thePlacesTheStoriesUseAreAllThere() {
        let used: Set = [
            "living-room", "kitchen", "bedroom", "childs-bedroom", "bathroom", "hospital-ward", "meeting-room",
            "classroom", "courtroom", "clinic-room", "family-centre", "street", "front-door", "school-gate", "garden",
        ]
        #expect(used.isSubset(of: Set(Self.settings)), "missing: \(used.subtracting(Self.settings).sorted())")
    }

    @Test func everySettingParsesWithAFloorInsideItsViewBox() throws {
        let library = try AssetLibrary.load(folder: AssetFixtures.pictures)
        for name in Self.settings {
            let picture = try #require(library[name], "\(name).svg is missing")
            #expect(picture.kind == .setting, "\(name) is not data-kind=\"setting\"")
            #expect(picture.setting != nil)
            let floor = try #require(picture.anchor("floor"), "\(name) has no floor")
            #expect(floor.rect.width >= picture.viewBox.width * 0.99, "\(name)'s floor does not run wall to wall")
            for anchor in picture.anchors {
                #expect(picture.viewBox.inset(by: -0.5).contains(anchor.rect), "\(name): \(anchor.name) outside")
                #expect(anchor.line > 0, "\(name): \(anchor.name) has no line")
            }
        }
    }

    /// Furniture stands at its real height: 100 units are a grown-up, so a table top is 45 above the floor, a bed's
    /// mattress about 30, a door 115 tall (within a few units: the pen is not a ruler). A classroom's table is a
    /// child's, lower.
    @Test func furnitureStandsAtItsRealHeight() throws {
        let library = try AssetLibrary.load(folder: AssetFixtures.pictures)
        let heights: [String: ClosedRange<Double>] = [
            "table": 33...50, "bed": 28...36, "sofa": 22...34, "chair": 20...30, "door": 105...120,
        ]
        for name in Self.settings {
            let picture = try #require(library[name])
            let floor = try #require(picture.anchor("floor")).rect.minY
            for anchor in picture.anchors {
                let kind = anchor.name.split(separator: "-").first.map(String.init) ?? anchor.name
                guard let range = heights[kind] else { continue }
                let height = kind == "door" ? anchor.rect.height : floor - anchor.rect.minY
                #expect(range.contains(height), "\(name): \(anchor.name) is \(height) high")
            }
        }
    }

    @Test func anchorsAreReadWithTheirLines() throws {
        let text = AssetFixtures.svg(
            """
            <rect class="wall" x="0" y="0" width="100" height="70"/>
            <rect data-anchor="floor" x="0" y="70" width="100" height="30"/>
            <g transform="translate(10 0)"><rect data-anchor="bed" x="10" y="50" width="40" height="5"/></g>
            """)
            .replacingOccurrences(of: "viewBox=", with: "data-kind=\"setting\" data-for=\"home flat\" viewBox=")
        let picture = try AssetFixtures.parse(text)
        #expect(picture.kind == .setting)
        #expect(picture.setting?.places == ["home", "flat"])
        #expect(picture.anchor("floor")?.line == 4)
        #expect(picture.anchor("bed")?.rect == Rect(x: 20, y: 50, width: 40, height: 5))
        #expect(picture.shapes.count == 1, "anchors are not drawn")
    }

    func error(_ body: String, setting: Bool = true) -> String {
        var text = AssetFixtures.svg("<rect class=\"wall\" x=\"0\" y=\"0\" width=\"100\" height=\"70\"/>\n" + body)
        if setting { text = text.replacingOccurrences(of: "viewBox=", with: "data-kind=\"setting\" viewBox=") }
        return AssetFixtures.error(text)?.description ?? "no error"
    }

    @Test func anchorMistakesNameTheLineAndTheFix() {
        let floor = "<rect data-anchor=\"floor\" x=\"0\" y=\"70\" width=\"100\" height=\"30\"/>\n"
        #expect(error(floor + "<rect data-anchor=\"bed\" x=\"0\" y=\"50\" width=\"10\" height=\"5\"/>\n<rect data-anchor=\"bed\" x=\"20\" y=\"50\" width=\"10\" height=\"5\"/>")
            .contains("line 6, <rect>: a second anchor named \"bed\" (the first is on line 5)"))
        #expect(error(floor + "<circle data-anchor=\"bed\" cx=\"5\" cy=\"5\" r=\"2\"/>").contains("unknown attribute \"data-anchor\""))
        #expect(error(floor + "<rect data-anchor=\"bed\" x=\"90\" y=\"50\" width=\"30\" height=\"5\"/>").contains("reaches outside the viewBox"))
        #expect(error(floor + "<rect class=\"wood\" data-anchor=\"bed\" x=\"0\" y=\"50\" width=\"30\" height=\"5\"/>").contains("anchors are not drawn"))
        #expect(error(floor + "<rect data-anchor=\"Big Bed\" x=\"0\" y=\"50\" width=\"30\" height=\"5\"/>").contains("line 5, <rect>: data-anchor=\"Big Bed\" is not an anchor name"))
        #expect(error("").contains("the setting has no floor anchor"))
        let thing = AssetFixtures.svg("<rect class=\"wall\" x=\"0\" y=\"0\" width=\"10\" height=\"10\"/>")
        #expect(AssetFixtures.error(thing.replacingOccurrences(of: "viewBox=", with: "data-for=\"home\" viewBox="))?.message
            == "data-for is only for settings")
        #expect(AssetFixtures.error(thing.replacingOccurrences(of: "viewBox=", with: "data-kind=\"room\" viewBox="))?.message
            == "data-kind=\"room\" is not a kind Hearth knows")
        #expect(AssetFixtures.error(thing.replacingOccurrences(of: "viewBox=", with: "data-kind=\"setting\" data-ground=\"grass\" viewBox="))?.message
            == "unknown word \"grass\" in class")
    }
}
