import HearthGeometry
import HearthLooks
import HearthSketch
import Testing

/// Every feeling reads apart from every other on a small figure: by the pose of the hands or by a sign in colour
/// (tears, hearts, a star, a glow, a rumble, a flannel, cheeks), not by the face alone; and each new feeling has
/// the cue a child knows it by.
struct PeopleFeelingTests {
    static let height = 120.0
    static let feet = Point(200, 300)

    static func draw(_ looks: PersonLooks, _ feeling: Feeling, _ action: Action = .standing) -> Figure {
        PeopleCast.draw(looks, feeling, action, feet: feet, height: height)
    }

    /// The colours that are signs of a feeling.
    static let signs: [Color] = [
        PeoplePalette.tear, PeoplePalette.heart, PeoplePalette.star, PeoplePalette.glow, PeoplePalette.rumble,
        PeoplePalette.flannel, PeoplePalette.blush, PeoplePalette.angryCheeks, PeoplePalette.poorlyCheeks,
        Color(hex: 0x5A6B9C),
    ]

    static func signsUsed(_ d: Drawing) -> Set<String> {
        Set(signs.filter { PeopleLookTests.uses(d, $0) }.map { $0.hexString + String($0.alpha) })
    }

    static func handsApart(_ a: Figure, _ b: Figure) -> Double {
        max(a.leftHand.distance(to: b.leftHand), a.rightHand.distance(to: b.rightHand))
    }

    @Test(arguments: [PersonLooks(age: .child, hair: .short), PersonLooks(age: .adult, skin: .deep, hair: .bun)])
    func everyFeelingDiffersFromEveryOtherByPoseOrSign(looks: PersonLooks) {
        let figures = Dictionary(uniqueKeysWithValues: Feeling.allCases.map { ($0, Self.draw(looks, $0)) })
        for (i, a) in Feeling.allCases.enumerated() {
            for b in Feeling.allCases.dropFirst(i + 1) {
                guard let fa = figures[a], let fb = figures[b] else { continue }
                let pose = Self.handsApart(fa, fb) > 0.06 * Self.height
                let sign = Self.signsUsed(fa.drawing) != Self.signsUsed(fb.drawing)
                #expect(pose || sign, "\(looks.age): \(a) and \(b) differ only in the face")
                #expect(fa.drawing != fb.drawing)
            }
        }
    }

    @Test func tiredYawnsWithAHandAtTheMouth() {
        let looks = PersonLooks(age: .child)
        let tired = Self.draw(looks, .tired)
        #expect(PeopleLookTests.uses(tired.drawing, PeoplePalette.mouthInside), "a yawn is an open mouth")
        let hand = [tired.leftHand, tired.rightHand].min { $0.distance(to: tired.mouth) < $1.distance(to: tired.mouth) }
        #expect((hand?.distance(to: tired.mouth) ?? .infinity) < 0.5 * tired.face.width)
        // Heavier than sad: the head droops lower than happy's.
        #expect(tired.face.minY > Self.draw(looks, .happy).face.minY + 0.5)
    }

    @Test func hungryHoldsItsTummyAndItRumbles() {
        let looks = PersonLooks(age: .child)
        let hungry = Self.draw(looks, .hungry)
        #expect(PeopleLookTests.uses(hungry.drawing, PeoplePalette.rumble))
        let tummy = [hungry.leftHand, hungry.rightHand].filter { abs($0.x - Self.feet.x) < 0.05 * Self.height }
        #expect(tummy.count == 1, "one hand on the middle of the body")
        #expect(tummy.allSatisfy { $0.y > hungry.face.maxY && $0.y < Self.feet.y - 0.3 * hungry.bounds.height })
        #expect(!PeopleLookTests.uses(Self.draw(looks, .poorly).drawing, PeoplePalette.rumble))
    }

    @Test func braveMakesAStrongArmWithAFist() {
        let brave = Self.draw(PersonLooks(age: .child), .brave)
        let high = [brave.leftHand, brave.rightHand].filter { $0.y < brave.face.maxY }
        #expect(high.count == 1, "one fist up beside the head")
        #expect(high.allSatisfy { abs($0.x - Self.feet.x) > 0.5 * brave.face.width })
        #expect(!PeopleLookTests.uses(brave.drawing, PeoplePalette.mouthInside), "a steady closed smile")
    }

    @Test func proudGivesAThumbsUpBesideAStar() {
        let looks = PersonLooks(age: .child)
        let proud = Self.draw(looks, .proud), happy = Self.draw(looks, .happy)
        #expect(PeopleLookTests.uses(proud.drawing, PeoplePalette.star))
        #expect(!PeopleLookTests.uses(happy.drawing, PeoplePalette.star))
        #expect(!PeopleLookTests.uses(proud.drawing, PeoplePalette.mouthInside), "a big closed smile")
        // The thumb: one more skin-coloured shape than the same figure without it.
        let skin = PeoplePalette.skin(looks.skin)
        let brave = Self.draw(looks, .brave)
        #expect(PeopleCast.fills(proud.drawing).filter { $0 == skin }.count == PeopleCast.fills(brave.drawing).filter { $0 == skin }.count + 1)
    }

    @Test func lonelyHoldsItselfSmallAndLooksAway() {
        let looks = PersonLooks(age: .child)
        let lonely = Self.draw(looks, .lonely), sad = Self.draw(looks, .sad)
        // Arms close: narrower than sad, one hand across the body.
        #expect(lonely.bounds.width < sad.bounds.width)
        let across = [lonely.leftHand, lonely.rightHand].filter { abs($0.x - Self.feet.x) > 0.05 * Self.height }
        #expect(lonely.leftHand.x > Self.feet.x - 0.2 * Self.height && lonely.rightHand.x < Self.feet.x + 0.2 * Self.height)
        #expect(!across.isEmpty)
        #expect(!PeopleLookTests.uses(lonely.drawing, PeoplePalette.tear), "lonely is not crying")
    }

    @Test func safeHugsItselfInAGlow() {
        let looks = PersonLooks(age: .child)
        let safe = Self.draw(looks, .safe)
        #expect(PeopleLookTests.uses(safe.drawing, PeoplePalette.glow))
        // Each hand on the other side of the body.
        #expect(safe.leftHand.x > Self.feet.x && safe.rightHand.x < Self.feet.x)
        #expect(!PeopleLookTests.uses(Self.draw(looks, .calm).drawing, PeoplePalette.glow))
        // The glow is the figure's own: not drawn round someone hugging or carrying (it would cover them).
        #expect(!PeopleLookTests.uses(Self.draw(looks, .safe, .hugging).drawing, PeoplePalette.glow))
    }

    /// Calm is a soft closed mouth, and talking calmly opens it a little, never into a grin with a tongue.
    @Test func calmIsASoftMouthEvenWhenTalking() {
        let looks = PersonLooks(age: .adult, skin: .fair)
        #expect(!PeopleLookTests.uses(Self.draw(looks, .calm).drawing, PeoplePalette.mouthInside))
        // Large enough for a tongue to be drawn in an open smile.
        let calm = PeopleCast.draw(looks, .calm, .talking, height: 240), happy = PeopleCast.draw(looks, .happy, .talking, height: 240)
        #expect(!PeopleLookTests.uses(calm.drawing, PeoplePalette.tongue))
        #expect(PeopleLookTests.uses(happy.drawing, PeoplePalette.tongue))
        for feeling in [Feeling.brave, .proud, .lonely, .safe] {
            #expect(!PeopleLookTests.uses(Self.draw(looks, feeling).drawing, PeoplePalette.mouthInside), "\(feeling)")
        }
    }

    /// The new feelings draw lying in bed and as a baby too.
    @Test func newFeelingsDrawInEveryPosture() {
        for feeling in [Feeling.tired, .hungry, .brave, .proud, .lonely, .safe] {
            for (looks, action) in [(PersonLooks(age: .baby), Action.standing), (PersonLooks(age: .child), .lyingInBed),
                                    (PersonLooks(age: .adult, mobility: .wheelchair), .standing), (PersonLooks(age: .child), .sitting)] {
                let f = Self.draw(looks, feeling, action)
                #expect(!f.drawing.isEmpty && PeopleCast.isFinite(f.drawing), "\(feeling) \(looks.age) \(action)")
            }
        }
    }
}
