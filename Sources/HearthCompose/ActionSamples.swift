import Foundation
import HearthLooks
import HearthModel

/// One small scene for each thing people do, for the catalogue's pages of actions: a practitioner sees what each
/// action word draws before writing it in a case file. Two people where the action is done to someone, one where
/// it is done alone. Examples of the vocabulary, not anyone's story.
enum ActionSamples {
    static let child = PersonLooks(age: .child, skin: .brown, hair: .afro, hairColour: .black, clothes: .yellow)
    static let grownUp = PersonLooks(age: .adult, skin: .fair, hair: .bun, hairColour: .brown, clothes: .teal)
    static let dad = SampleScenes.dad
    static let baby = PersonLooks(age: .baby, skin: .brown, hair: .curly, hairColour: .black, clothes: .pink)
    static let worker = SampleScenes.worker

    static func person(
        _ id: String, _ looks: PersonLooks, _ feeling: Feeling, _ action: Action = .standing, crying: Bool = false,
        posture: Posture? = nil, partner: String? = nil, holding: String? = nil
    ) -> ScenePerson {
        ScenePerson(
            id: id, label: nil, looks: looks, feeling: feeling, action: action, crying: crying, posture: posture,
            partner: partner, holding: holding)
    }

    /// The action's words as a case file writes them (a held thing is listed in `things` too, as a case file's
    /// composer does), and its scene.
    static let all: [(String, SceneContent)] = [
        ("hugs", SceneContent(people: [
            person("child", child, .loved, .hugging, partner: "adult"), person("adult", grownUp, .happy, .hugging, partner: "child"),
        ])),
        ("holds_hands", SceneContent(people: [
            person("child", child, .happy, .holdingHands, partner: "dad"), person("dad", dad, .happy, .holdingHands, partner: "child"),
        ])),
        ("hand_on_shoulder", SceneContent(people: [
            person("worker", worker, .calm, .handOnShoulder, partner: "child"), person("child", child, .calm),
        ])),
        ("carries", SceneContent(people: [
            person("adult", grownUp, .happy, .carrying, partner: "baby"), person("baby", baby, .happy),
        ])),
        ("sits_on_lap", SceneContent(people: [
            person("adult", grownUp, .happy, posture: .sitting), person("child", child, .loved, .onLap, partner: "adult"),
        ])),
        ("gives", SceneContent(people: [
            person("adult", grownUp, .happy, .giving, partner: "child", holding: "teddy"), person("child", child, .happy),
        ], things: ["teddy"])),
        ("reads_to", SceneContent(people: [
            person("dad", dad, .calm, .readingTo, partner: "child", holding: "book"), person("child", child, .happy),
        ], things: ["book"])),
        ("comforts", SceneContent(people: [
            person("adult", grownUp, .calm, .comforting, partner: "child"), person("child", child, .sad, crying: true),
        ])),
        ("phones", SceneContent(people: [person("child", child, .worried, .phoning, holding: "phone")], things: ["phone"])),
        ("kneels", SceneContent(people: [
            person("worker", worker, .calm, .kneeling, partner: "child"), person("child", child, .calm),
        ])),
        ("walks", SceneContent(people: [
            person("dad", dad, .happy, .walking), person("child", child, .happy, .walking),
        ])),
        ("sits", SceneContent(people: [person("child", child, .calm, .sitting)])),
        ("lies in bed", SceneContent(people: [person("child", child, .asleep, .lyingInBed)], things: ["bed"])),
        ("crying", SceneContent(people: [person("child", child, .sad, .crying)])),
    ]

    static var cells: [CatalogueCell] { all.map { CatalogueCell(label: $0.0.replacingOccurrences(of: "_", with: " "), picture: .scene($0.1)) } }
}
