import HearthGeometry
import HearthLooks
import Testing

@testable import HearthSketch

/// Things worn for a while are drawn on the figure: pyjamas with stripes, a sling across the tummy, white casts.
struct PeopleWearsTests {
    static let feet = Point(200, 300)

    static func draw(_ looks: PersonLooks, _ feeling: Feeling = .calm, _ action: Action = .standing) -> Figure {
        PeopleCast.draw(looks, feeling, action, feet: feet, height: 120)
    }

    @Test func pyjamasArePaleStripedAndAllOfAPiece() {
        let plain = PersonLooks(age: .child, clothes: .blue)
        var pj = plain
        pj.wears = [.pyjamas]
        let d = Self.draw(pj).drawing
        let pale = PeoplePalette.clothes(.blue).tint(0.5)
        #expect(PeopleLookTests.uses(d, pale) && !PeopleLookTests.uses(d, PeoplePalette.clothes(.blue)))
        // Trousers in the same pale colour, not denim, and stripes in a deeper blue.
        #expect(!PeopleLookTests.uses(d, PeoplePalette.trousers(with: .blue)))
        #expect(PeopleLookTests.uses(d, PeoplePalette.clothes(.blue).shade(0.15)))
        #expect(d.strokes.count > Self.draw(plain).drawing.strokes.count + 6)
    }

    @Test func aSlingHoldsTheFarArmAcrossTheTummy() {
        var looks = PersonLooks(age: .child)
        looks.wears = [.sling]
        let f = Self.draw(looks, .happy)
        #expect(PeopleLookTests.uses(f.drawing, PeoplePalette.sling))
        // Facing the reader the gesture side is the right: the left arm is in the sling, its hand across the body.
        #expect(f.leftHand.x > Self.feet.x - 2 && f.leftHand.y < Self.feet.y - 0.3 * 120 * 0.68)
        // The free arm still shows the feeling: happy opens it wide.
        #expect(f.rightHand.x > Self.feet.x + 0.15 * 120 * 0.68)
        // A teacher with a sling carries no book in it.
        var teacher = PersonLooks(role: .teacher)
        teacher.wears = [.sling]
        #expect(!PeopleLookTests.uses(Self.draw(teacher).drawing, PeoplePalette.book))
    }

    @Test func castsAreWhiteOnTheArmOrLeg() {
        for worn in [Wearable.armCast, .legCast] {
            var looks = PersonLooks(age: .adult, skin: .deep)
            looks.wears = [worn]
            #expect(PeopleLookTests.uses(Self.draw(looks).drawing, PeoplePalette.plaster), "\(worn)")
        }
        #expect(!PeopleLookTests.uses(Self.draw(PersonLooks()).drawing, PeoplePalette.plaster))
    }

    /// Worn things stay inside the box a scene makes room for, in every pose.
    @Test func wornThingsStayInThePromisedBox() {
        var looks = PersonLooks(age: .child)
        looks.wears = Set(Wearable.allCases)
        for action in Action.allCases {
            let box = PeopleCast.promised(looks, action, feet: Self.feet, height: 120)
            for feeling in Feeling.allCases {
                for facing in Facing.allCases {
                    let ink = PeopleCast.draw(looks, feeling, action, feet: Self.feet, height: 120, facing: facing).bounds
                    #expect(box.inset(by: -3).contains(ink), "\(action) \(feeling) \(facing)")
                }
            }
        }
    }
}
