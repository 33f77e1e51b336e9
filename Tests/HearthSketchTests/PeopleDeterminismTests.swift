import HearthGeometry
import HearthLooks
import HearthSketch
import Testing

/// The same person is drawn the same way every time, and only what a feeling changes changes with it.
struct PeopleDeterminismTests {
    @Test func sameInputsSameFigure() {
        for looks in PeopleCast.varied {
            for feeling in [Feeling.happy, .worried, .asleep] {
                let a = PeopleCast.draw(looks, feeling, seed: 99)
                let b = PeopleCast.draw(looks, feeling, seed: 99)
                #expect(a == b)
            }
        }
    }

    @Test func anotherSeedWobblesDifferently() {
        let looks = PersonLooks(age: .child, hair: .curly)
        let a = PeopleCast.draw(looks, seed: 1)
        let b = PeopleCast.draw(looks, seed: 2)
        #expect(a.drawing != b.drawing)
        // …but it is the same person: same colours, same size to within the pen's wobble.
        #expect(PeopleCast.fillColours(a.drawing) == PeopleCast.fillColours(b.drawing))
        #expect(abs(a.bounds.height - b.bounds.height) < 4)
    }

    /// Happy and angry hold the head in the same place, so the hair must come out stroke for stroke the same.
    @Test func hairAndClothesDoNotDependOnTheFeeling() {
        let looks = PersonLooks(age: .adult, skin: .olive, hair: .bun, hairColour: .red, clothes: .green)
        let hair = PeoplePalette.hair(.red), top = PeoplePalette.clothes(.green)
        func strokes(_ feeling: Feeling, _ colour: Color) -> [PenStroke] {
            PeopleCast.draw(looks, feeling).drawing.strokes.filter { $0.paint == .fill(colour) }
        }
        let happyHair = strokes(.happy, hair)
        #expect(!happyHair.isEmpty)
        #expect(happyHair == strokes(.angry, hair))
        #expect(strokes(.happy, top) == strokes(.angry, top))
    }

    @Test func feelingsDrawDifferentFaces() {
        let looks = PersonLooks(age: .child)
        let drawings = Feeling.allCases.map { PeopleCast.draw(looks, $0).drawing }
        #expect(Set(drawings).count == Feeling.allCases.count)
    }

    @Test func theFigureMovesWithItsFeet() {
        let looks = PersonLooks(age: .teenager, hair: .ponytail, glasses: true)
        let a = PeopleCast.draw(looks, .calm, feet: Point(100, 200))
        let b = PeopleCast.draw(looks, .calm, feet: Point(160, 230))
        #expect(abs(b.bounds.minX - a.bounds.minX - 60) < 1e-6)
        #expect(abs(b.face.minY - a.face.minY - 30) < 1e-6)
        #expect(abs(b.mouth.x - a.mouth.x - 60) < 1e-6)
    }
}
