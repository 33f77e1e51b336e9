import HearthGeometry
import HearthLooks
import Testing

@testable import HearthSketch

/// Things worn show on people lying in bed and on babies too: a sling or a cast on the arm over the blanket,
/// pyjama stripes on the sleeve; a baby in a sling.
struct PeopleWornLyingTests {
    typealias W = PeopleWearsTests

    @Test func aSlingOrACastShowsOnTheArmOverTheBlanket() {
        for (worn, colour) in [(Wearable.sling, PeoplePalette.sling), (.armCast, PeoplePalette.plaster)] {
            var looks = PersonLooks(age: .child, skin: .brown)
            let plain = W.draw(looks, .poorly, .lyingInBed).drawing
            looks.wears = [worn]
            let d = W.draw(looks, .poorly, .lyingInBed).drawing
            #expect(PeopleLookTests.uses(d, colour), "\(worn)")
            #expect(!PeopleLookTests.uses(plain, colour))
        }
    }

    @Test func pyjamasShowTheirStripesInBed() {
        var looks = PersonLooks(age: .child, clothes: .blue)
        looks.wears = [.pyjamas]
        let d = W.draw(looks, .asleep, .lyingInBed).drawing
        #expect(PeopleLookTests.uses(d, PeoplePalette.clothes(.blue).shade(0.15)))
        #expect(!PeopleLookTests.uses(W.draw(PersonLooks(age: .child, clothes: .blue), .asleep, .lyingInBed).drawing, PeoplePalette.clothes(.blue).shade(0.15)))
    }

    @Test func aBabyWearsASlingAndACast() {
        for (worn, colour) in [(Wearable.sling, PeoplePalette.sling), (.armCast, PeoplePalette.plaster)] {
            var baby = PersonLooks(age: .baby, skin: .fair)
            #expect(!PeopleLookTests.uses(W.draw(baby).drawing, colour))
            baby.wears = [worn]
            #expect(PeopleLookTests.uses(W.draw(baby).drawing, colour), "\(worn)")
            #expect(PeopleLookTests.uses(W.draw(baby, .calm, .lyingInBed).drawing, colour), "\(worn) lying")
        }
    }
}
