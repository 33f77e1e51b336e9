import Foundation
import HearthCompose
import HearthGeometry
import HearthLooks
import HearthModel
import HearthTestSupport
import Testing

@testable import HearthLayout

/// A call has two ends: whoever is phoned from far away is drawn in a round window beside their caller, their own
/// phone at the ear. A vehicle longer than the street has room for runs off the picture's edge, so the people beside
/// it keep their size, and its pen is a room's line, not a small thing's grown huge.
struct ScenePhoneAndRoadTests {
    typealias S = SettingLayoutTests
    var layout: SceneLayout { SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: S.assets) }

    static var call: SceneContent {
        var dad = S.person("dad", .adult, .phoning)
        dad.partner = "nanna"
        var nanna = S.person("nanna", .older, .phoning)
        nanna.partner = "dad"
        var scene = SceneContent(place: "home", people: [dad], things: ["phone"])
        scene.phoned = [nanna]
        return scene
    }

    @Test func whoeverIsPhonedIsDrawnInAWindowBesideTheCaller() throws {
        let placed = try layout.place(Self.call, in: S.slot, figureHeight: 214)
        let window = try #require(placed.phoned.first)
        #expect(S.slot.contains(window.circle))
        // The caller's face, bubble and name stay clear of it; the caller keeps most of the document's scale.
        for r in placed.faces + placed.bubbles + placed.labels { #expect(!r.intersects(window.circle)) }
        #expect(placed.figureHeight >= 214 * 0.7)
        // Nanna is inside it, her face large enough to read, her phone in her hand by her face.
        let face = try #require(window.face)
        #expect(window.circle.contains(face))
        #expect(face.height >= S.slot.height * 0.04)
        let phone = try #require(window.held)
        #expect(window.circle.contains(phone, tolerance: 2))
        #expect(abs(phone.midY - face.midY) < face.height * 1.5)
        // Near the caller: the window's middle within half the picture's width of the caller's face.
        #expect(abs(window.circle.midX - placed.faces[0].midX) < S.slot.width / 2)
    }

    @Test func aCallWithEveryoneThereHasNoWindow() throws {
        var scene = Self.call
        scene.phoned = []
        #expect(try layout.place(scene, in: S.slot, figureHeight: 214).phoned.isEmpty)
    }

    @Test func peopleBesideAnAmbulanceKeepTheirSize() throws {
        var oakley = S.person("oakley", .child, .hugging)
        oakley.partner = "nanna"
        var nanna = S.person("nanna", .older, .hugging)
        nanna.partner = "ruby"
        let scene = SceneContent(place: "street", people: [oakley, nanna, S.person("ruby", .child)], things: ["ambulance"])
        let placed = try layout.place(scene, in: S.slot, figureHeight: 214)
        #expect(placed.figureHeight >= 213.5, "people drawn at \(placed.figureHeight)")
        // The ambulance is drawn, clipped to the picture, and nobody stands in it.
        let ambulance = try #require(placed.pictures.max { $0.width < $1.width })
        #expect(S.slot.contains(ambulance, tolerance: 0.5))
        #expect(ambulance.width >= 214 * 0.8)
        for figure in placed.figures { #expect(!figure.intersects(ambulance.inset(by: 4))) }
    }

    @Test func aHugeThingKeepsARoomsLine() {
        let ambulance = Rect(x: 0, y: 0, width: 560, height: 300)
        // The pen on the page is the thing's stroke width times its longest side over a hundred.
        #expect(layout.vehiclePen(ambulance) * 560 / 100 <= 2.3)
        #expect(layout.vehiclePen(Rect(x: 0, y: 0, width: 60, height: 40)) == 2)
    }
}
