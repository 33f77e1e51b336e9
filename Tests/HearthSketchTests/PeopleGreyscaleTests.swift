import HearthGeometry
import HearthLooks
import Testing

@testable import HearthSketch

/// Council printers default to black and white: people must tell apart by the lightness of their clothes, not
/// only by hue. The clothes palette spreads its colours over a wide range of lightness, and the model's record of
/// each colour's lightness (used to pick default clothes) matches the colour drawn.
struct PeopleGreyscaleTests {
    static func lightness(_ c: ClothesColour) -> Double { PeoplePalette.clothes(c).lab.l }

    @Test func theModelKnowsHowLightEachClothesColourIsDrawn() {
        for c in ClothesColour.allCases {
            #expect(abs(c.lightness - Self.lightness(c)) < 1, "\(c): model \(c.lightness), drawn \(Self.lightness(c))")
        }
    }

    /// Five colours a clear step (12 L*) apart from each other, so up to five people in a picture can each have
    /// their own grey; neighbours in lightness are never the same grey.
    @Test func theClothesPaletteSpreadsOverLightness() {
        let l = ClothesColour.allCases.map(Self.lightness).sorted()
        #expect((l.last ?? 0) - (l.first ?? 0) >= 45)
        for (a, b) in zip(l, l.dropFirst()) { #expect(b - a >= 4, "\(a) then \(b)") }
        var steps: [Double] = []
        for v in l where steps.allSatisfy({ abs($0 - v) >= 12 }) { steps.append(v) }
        #expect(steps.count >= 5, "lightness steps: \(steps)")
    }

    /// Drawn figures keep the step: in greyscale, the tops of people given colours a step apart differ by a step.
    @Test func drawnTopsKeepTheirLightness() {
        for c in ClothesColour.allCases {
            let d = FigureArtist.draw(
                PersonLooks(age: .child, skin: .light, clothes: c), feeling: .calm, feet: Point(0, 0), height: 100, seed: 1
            ).drawing
            #expect(PeopleLookTests.uses(d, PeoplePalette.clothes(c)), "\(c)")
        }
    }
}
