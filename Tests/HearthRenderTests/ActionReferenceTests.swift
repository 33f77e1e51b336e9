import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLayout
import HearthLooks
import HearthModel
import Testing

@testable import Hearth
@testable import HearthRender

/// One scene for each action between people (and each posture), compared with a reference render within a
/// tolerance, so a change a person would see in a hug, a phone call or a child on a lap fails a test.
/// References change only with `HEARTH_RECORD=1`.
struct ActionReferenceTests {
    static func person(
        _ id: String, _ looks: PersonLooks, _ action: Action = .standing, partner: String? = nil,
        posture: Posture? = nil, anchor: String? = nil, holding: String? = nil, feeling: Feeling = .happy
    ) -> ScenePerson {
        ScenePerson(
            id: id, label: id.capitalized, looks: looks, feeling: feeling, action: action, posture: posture,
            partner: partner, anchor: anchor, holding: holding)
    }

    static let adult = PersonLooks(age: .adult, skin: .brown, hair: .bun, clothes: .purple)
    static let older = PersonLooks(age: .older, skin: .light, hair: .short, hairColour: .white, clothes: .teal, glasses: true)
    static let child = PersonLooks(age: .child, skin: .olive, hair: .curly, clothes: .pink)
    static let toddler = PersonLooks(age: .toddler, skin: .dark, hair: .afro, hairColour: .black, clothes: .yellow)
    static let baby = PersonLooks(age: .baby, skin: .fair, hair: .short, hairColour: .black, clothes: .yellow)

    static let scenes: [String: SceneContent] = [
        "hug": SceneContent(place: "home", people: [person("nanna", older, .hugging, partner: "ruby"), person("ruby", child)]),
        "hold-hands": SceneContent(place: "street", people: [person("mum", adult, .holdingHands, partner: "leo", posture: .walking), person("leo", toddler, posture: .walking)]),
        "hand-on-shoulder": SceneContent(place: "home", people: [person("mum", adult, .handOnShoulder, partner: "mia"), person("mia", child)]),
        "carry": SceneContent(place: "home", people: [person("mum", adult, .carrying, partner: "kai"), person("kai", baby)]),
        "lap": SceneContent(place: "home", people: [person("ruby", child, .onLap, partner: "mum"), person("mum", adult, posture: .sitting, anchor: "sofa")]),
        "give": SceneContent(place: "kitchen", people: [person("mum", adult, .giving, partner: "leo", holding: "meal"), person("leo", toddler)], things: ["meal"]),
        "read-to": SceneContent(place: "home", people: [person("dad", adult, .readingTo, partner: "ruby", posture: .sitting, anchor: "sofa"), person("ruby", child, posture: .sitting, anchor: "floor")], things: ["book"]),
        "comfort": SceneContent(place: "bedroom", people: [person("jen", adult, .comforting, partner: "mei", feeling: .calm), person("mei", child, .crying, feeling: .sad)]),
        "phone": SceneContent(place: "home", people: [person("oakley", child, .phoning, partner: "nanna", feeling: .worried), person("ruby", toddler, feeling: .scared)], things: ["phone"], bubbles: [SceneBubble(speaker: 0, text: "Nanna, please come!")]),
        "kneel": SceneContent(place: "school", people: [person("teacher", adult, .kneeling, partner: "jayden"), person("jayden", toddler)], bubbles: [SceneBubble(speaker: 0, text: "Good morning!")]),
        "sit-on-chair": SceneContent(place: "office", people: [person("dad", adult, .talking, partner: "jo", posture: .sitting, anchor: "chair"), person("jo", older, posture: .sitting)]),
        "lie-baby": SceneContent(place: "home", people: [person("kai", baby, .lyingInBed, posture: .lying), person("mum", adult)], things: ["cot"]),
    ]

    @Test(arguments: scenes.keys.sorted())
    func anActionLooksAsRecorded(action: String) throws {
        let scene = try #require(Self.scenes[action])
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let slot = Rect(x: 10, y: 10, width: 464, height: 487)
        let placed = try SceneLayout(measurer: bench.measurer, assets: try bench.pictures()).place(scene, in: slot, figureHeight: 190)
        let frame = Frame(size: Size(width: 484, height: 507), items: placed.items)
        try ReferenceImageTests().compare(try bench.renderer.png(frame, dpi: 36), named: "action-\(action)-36dpi")
    }
}
