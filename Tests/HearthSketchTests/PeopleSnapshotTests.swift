import HearthGeometry
import HearthLooks
import HearthSketch
import HearthTestSupport
import Testing

/// Three figures pinned as text, so any change to how people are drawn shows up as a reviewable diff.
struct PeopleSnapshotTests {
    @Test func threeFigures() {
        let cast: [(PersonLooks, Feeling, Action, Facing)] = [
            (PersonLooks(age: .child, skin: .brown, hair: .afro, hairColour: .black, clothes: .yellow), .happy, .standing, .front),
            (PersonLooks(age: .adult, skin: .light, hair: .bun, hairColour: .grey, clothes: .teal, headCovering: .hijab, glasses: true, role: .socialWorker), .calm, .talking, .right),
            (PersonLooks(age: .teenager, skin: .deep, hair: .braids, clothes: .purple, hearingAid: true, mobility: .wheelchair), .worried, .standing, .left),
        ]
        var text = ""
        for (i, (looks, feeling, action, facing)) in cast.enumerated() {
            let f = FigureArtist.draw(
                looks, feeling: feeling, action: action, feet: Point(60 + 120 * Double(i), 150), height: 110,
                facing: facing, seed: StableHash.seed("snapshot", "person", String(i)))
            text += "figure \(i) face \(f.face) mouth \(f.mouth)\n" + f.drawing.dump(decimals: 1)
        }
        expectSnapshot(text, named: "people-three")
    }
}
