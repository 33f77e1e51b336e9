import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLayout
import HearthLooks
import HearthModel
import HearthSketch
import Testing

@testable import Hearth
@testable import HearthRender

/// One scene in each setting, compared with a reference render within a tolerance, so a change to a room or to
/// how people are put into it that a person would see fails a test. References change only with `HEARTH_RECORD=1`.
struct SettingReferenceTests {
    static let scenes: [(setting: String, things: [String], lying: Bool)] = [
        ("living-room", ["sofa"], true), ("kitchen", ["meal", "bottle"], false), ("bedroom", ["bed"], true),
        ("hospital-ward", [], true), ("meeting-room", [], false), ("classroom", ["book"], false),
        ("courtroom", [], false), ("clinic-room", [], true), ("street", [], false), ("garden", ["ball"], false),
        ("childs-bedroom", [], true), ("bathroom", [], false), ("family-centre", [], false), ("school-gate", [], false),
        ("front-door", [], false),
    ]

    /// A setting added to Assets/pictures gets a reference scene here, so a change to it is seen.
    @Test func everySettingHasAReferenceScene() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let settings = try bench.pictures().values.filter { $0.kind == .setting }.map(\.name)
        #expect(Set(settings) == Set(Self.scenes.map(\.setting)))
    }

    @Test(arguments: scenes.map(\.setting))
    func aSceneInTheSettingLooksAsRecorded(setting: String) throws {
        let (_, things, lying) = try #require(Self.scenes.first { $0.setting == setting })
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let mum = ScenePerson(
            id: "mum", label: "Mummy", looks: PersonLooks(age: .adult, skin: .brown, hair: .bun, clothes: .purple),
            feeling: .happy, action: lying ? .lyingInBed : .standing)
        let mia = ScenePerson(
            id: "mia", label: "Mia", looks: PersonLooks(age: .child, skin: .brown, hair: .afro, clothes: .yellow),
            feeling: .calm)
        let scene = SceneContent(place: setting, people: [mum, mia], things: things)
        let slot = Rect(x: 10, y: 10, width: 464, height: 487)
        let placed = try SceneLayout(measurer: bench.measurer, assets: try bench.pictures()).place(scene, in: slot, figureHeight: 190)
        #expect(placed.setting == setting)
        let frame = Frame(size: Size(width: 484, height: 507), items: placed.items)
        try ReferenceImageTests().compare(try bench.renderer.png(frame, dpi: 36), named: "setting-\(setting)-36dpi")
    }
}
