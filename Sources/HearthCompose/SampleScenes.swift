import HearthLooks
import HearthModel

/// Scenes for the catalogue's last page, showing how places, people, feelings, things and bubbles combine.
/// They are examples of the vocabulary, not anyone's story.
enum SampleScenes {
    static let mia = PersonLooks(age: .child, skin: .brown, hair: .afro, hairColour: .black, clothes: .yellow)
    static let leo = PersonLooks(age: .child, skin: .light, hair: .short, hairColour: .blonde, clothes: .green)
    static let mum = PersonLooks(age: .adult, skin: .medium, hair: .long, hairColour: .black, clothes: .teal, headCovering: .hijab)
    static let dad = PersonLooks(age: .adult, skin: .dark, hair: .short, hairColour: .black, build: .broad, clothes: .blue, beard: true)
    static let nana = PersonLooks(age: .older, skin: .fair, hair: .bun, hairColour: .white, clothes: .purple, glasses: true)
    static let doctor = PersonLooks(age: .adult, skin: .olive, hair: .bob, hairColour: .brown, clothes: .grey, role: .doctor)
    static let teacher = PersonLooks(age: .adult, skin: .deep, hair: .braids, hairColour: .black, clothes: .orange, role: .teacher)
    static let worker = PersonLooks(age: .adult, skin: .fair, hair: .curly, hairColour: .red, clothes: .green, role: .socialWorker)
    static let sam = PersonLooks(age: .child, skin: .dark, hair: .braids, hairColour: .black, clothes: .pink, mobility: .wheelchair)

    static let all: [(String, SceneContent)] = [
        ("at the hospital", SceneContent(
            place: "hospital",
            people: [
                ScenePerson(id: "leo", label: "Leo", looks: leo, feeling: .poorly, action: .lyingInBed),
                ScenePerson(id: "mum", label: "Mummy", looks: mum, feeling: .worried),
                ScenePerson(id: "doctor", label: "the doctor", looks: doctor, feeling: .calm, action: .talking),
            ],
            things: ["bed"],
            bubbles: [SceneBubble(speaker: 2, text: "We will help Leo get better.")])),
        ("at Nana’s house", SceneContent(
            place: "home",
            people: [
                ScenePerson(id: "mia", label: "Mia", looks: mia, feeling: .loved, action: .hugging),
                ScenePerson(id: "nana", label: "Nana Jean", looks: nana, feeling: .happy, action: .hugging),
            ],
            bubbles: [SceneBubble(speaker: 1, text: "I love you, Mia.")])),
        ("at school", SceneContent(
            place: "school",
            people: [
                ScenePerson(id: "mia", label: "Mia", looks: mia, feeling: .worried),
                ScenePerson(id: "teacher", label: "Miss Patel", looks: teacher, feeling: .calm, action: .talking),
            ],
            bubbles: [
                SceneBubble(speaker: 0, text: "Will Mummy be OK?", kind: .thought),
                SceneBubble(speaker: 1, text: "You can always talk to me."),
            ])),
        ("a family meeting", SceneContent(
            place: "office",
            people: [
                ScenePerson(id: "worker", label: "Jo", looks: worker, feeling: .calm, action: .talking),
                ScenePerson(id: "mum", label: "Mummy", looks: mum, feeling: .calm),
                ScenePerson(id: "dad", label: "Daddy", looks: dad, feeling: .sad),
            ],
            bubbles: [SceneBubble(speaker: 0, text: "We all want Mia to be safe and happy.")])),
        ("out together", SceneContent(
            place: "park",
            people: [
                ScenePerson(id: "sam", label: "Sam", looks: sam, feeling: .happy),
                ScenePerson(id: "dad", label: "Daddy", looks: dad, feeling: .happy, action: .holdingHands),
                ScenePerson(id: "leo", label: "Leo", looks: leo, feeling: .happy, action: .holdingHands),
            ],
            things: ["sun"])),
        ("feeling scared", SceneContent(
            people: [ScenePerson(id: "mia", label: "Mia", looks: mia, feeling: .scared, crying: true)],
            things: ["cloud", "rain"],
            bubbles: [SceneBubble(speaker: 0, text: "I don’t like the shouting.", kind: .thought)])),
    ]

    static var cells: [CatalogueCell] { all.map { CatalogueCell(label: $0.0, picture: .scene($0.1)) } }
}

extension PictureCatalogueComposer {
    /// The catalogue with its sample scenes.
    public func catalogueWithScenes(assetNames: [String]) throws(ComposeError) -> PictureCatalogue {
        try catalogue(sceneSamples: SampleScenes.cells, actionSamples: ActionSamples.cells, assetNames: assetNames)
    }
}
