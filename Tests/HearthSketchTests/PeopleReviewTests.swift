import HearthGeometry
import HearthLooks
import HearthSketch
import Testing

/// What a review of the figures asked for: hugs that wrap, hands that hang, faces that read on every skin tone,
/// open eyes on helpers, clear glasses, and a lying child that fits the bed.
struct PeopleReviewTests {
    static func uses(_ drawing: Drawing, _ colour: Color) -> Bool { PeopleLookTests.uses(drawing, colour) }

    // MARK: Faces

    /// Open eyes have whites, on every skin tone; only sleep (and contentment) closes them. Helpers are drawn calm,
    /// so they must not look asleep.
    @Test func openEyesHaveWhitesAndCalmEyesAreOpen() {
        for tone in SkinTone.allCases {
            for feeling in Feeling.allCases {
                let d = PeopleCast.draw(PersonLooks(age: .child, skin: tone), feeling).drawing
                let closed = feeling == .asleep || feeling == .loved
                #expect(Self.uses(d, PeoplePalette.eyeWhite) == !closed, "\(tone) \(feeling)")
            }
        }
    }

    @Test func openMouthsAreDarkRedWithATongue() {
        let looks = PersonLooks(age: .child, skin: .deep)
        let happy = PeopleCast.draw(looks, .happy).drawing
        #expect(Self.uses(happy, PeoplePalette.mouthInside) && Self.uses(happy, PeoplePalette.tongue))
        #expect(Self.uses(PeopleCast.draw(looks, .scared).drawing, PeoplePalette.mouthInside))
        // Calm is a closed, soft smile: no open mouth, so it never looks like happy.
        #expect(!Self.uses(PeopleCast.draw(looks, .calm).drawing, PeoplePalette.mouthInside))
    }

    /// Clear lenses: no tinted glass over the eyes, and the eyes still show.
    @Test func glassesAreClear() {
        let looks = PersonLooks(age: .adult, skin: .fair, glasses: true)
        for feeling in [Feeling.happy, .calm, .sad] {
            let d = PeopleCast.draw(looks, feeling).drawing
            let tinted = PeopleCast.fills(d).contains { $0.alpha < 1 && $0.blue > $0.red }
            #expect(!tinted, "\(feeling)")
            #expect(Self.uses(d, PeoplePalette.eyeWhite))
        }
    }

    /// Over a beard the mouth is coloured lips, never a hole of skin (which read as bared teeth).
    @Test func beardsHaveLipsNotAHole() {
        for feeling in [Feeling.sad, .poorly, .worried, .calm] {
            let d = PeopleCast.draw(PersonLooks(skin: .fair, hairColour: .black, beard: true), feeling).drawing
            #expect(Self.uses(d, PeoplePalette.mouth), "\(feeling)")
            // The skin is filled only for the head, the ears, the neck and the hands: no extra patch in the beard.
            let bare = PeopleCast.draw(PersonLooks(skin: .fair, hairColour: .black), feeling).drawing
            let skin = PeoplePalette.skin(.fair)
            #expect(PeopleCast.fills(d).filter { $0 == skin }.count == PeopleCast.fills(bare).filter { $0 == skin }.count)
        }
    }

    /// Sad and worried are told apart by the pose as well as the face: sad arms hang, worried hands hold each other.
    @Test func sadAndWorriedDiffer() {
        let looks = PersonLooks(age: .child)
        let sad = PeopleCast.draw(looks, .sad), worried = PeopleCast.draw(looks, .worried)
        let sadGap = sad.rightHand.x - sad.leftHand.x, worriedGap = worried.rightHand.x - worried.leftHand.x
        #expect(sadGap > 2.5 * worriedGap)
        #expect(sad.leftHand.y > worried.leftHand.y)
        #expect(sad.drawing != worried.drawing)
    }

    /// Happy opens the arms; calm rests the hands together.
    @Test func calmIsNotHappy() {
        let looks = PersonLooks(age: .adult)
        let happy = PeopleCast.draw(looks, .happy), calm = PeopleCast.draw(looks, .calm)
        #expect(happy.rightHand.x - happy.leftHand.x > 3 * (calm.rightHand.x - calm.leftHand.x))
        #expect(!Self.uses(calm.drawing, PeoplePalette.blush) && Self.uses(happy.drawing, PeoplePalette.blush))
    }

    // MARK: Clothes and aids

    /// Clothes never melt into the skin beside them: brown on brown skin is moved a little apart, so hands show
    /// against sleeves (and every hand has an ink outline).
    @Test func clothesStandApartFromTheSkin() {
        for tone in SkinTone.allCases {
            let skin = PeoplePalette.skin(tone)
            for clothes in ClothesColour.allCases {
                let d = PeopleCast.draw(PersonLooks(age: .child, skin: tone, clothes: clothes), .calm).drawing
                let wanted = PeoplePalette.clothes(clothes)
                let top = PeopleCast.fills(d).filter { $0 != skin && $0 != PeoplePalette.shoes && $0 != PeoplePalette.hair(.brown) && $0.alpha == 1 }
                    .min { PeopleCast.distance($0, wanted) < PeopleCast.distance($1, wanted) }
                guard let top else { Issue.record("no top"); continue }
                // Brown clothes on dark skin (the same lightness, L* 35) move furthest: about 31.
                #expect(PeopleCast.distance(top, wanted) < 32, "\(tone) \(clothes): still the colour asked for")
                #expect(PeopleCast.distance(top, skin) >= 20, "\(tone) \(clothes): the top stands apart from the skin")
            }
        }
    }

    /// A hearing aid is a small thing at one ear, not a pair of ear cups.
    @Test func aHearingAidIsSmall() {
        let plain = PeopleCast.draw(PersonLooks(age: .child, hair: .short), .happy, height: 200)
        let aided = PeopleCast.draw(PersonLooks(age: .child, hair: .short, hearingAid: true), .happy, height: 200)
        #expect(Self.uses(aided.drawing, PeoplePalette.hearingAid))
        let added = aided.drawing.strokes.count - plain.drawing.strokes.count
        #expect(added > 0 && added <= 6)
        #expect(aided.face.width - plain.face.width < 2)
    }

    // MARK: Hugs and holding hands

    /// Hugging arms stay close round the body, so a scene that overlaps a pair by 30% of the narrower brings their
    /// bodies together; the left-hand person's arms reach into the other, the right-hand person's rest on them.
    @Test func hugsBringBodiesTogether() {
        let height = 120.0
        let pairs: [(PersonLooks, PersonLooks)] = [
            (PersonLooks(age: .child, hair: .afro), PersonLooks(age: .adult, hair: .long)),
            (PersonLooks(age: .older, hair: .bun, glasses: true), PersonLooks(age: .child)),
            (PersonLooks(age: .adult, build: .broad, beard: true), PersonLooks(age: .adult, hair: .braids)),
        ]
        for (a, b) in pairs {
            let wa = FigureArtist.size(of: a, action: .hugging, height: height).width
            let wb = FigureArtist.size(of: b, action: .hugging, height: height).width
            // Hugging boxes are much narrower than standing ones: the arms are round the other person.
            #expect(wa < FigureArtist.size(of: a, action: .standing, height: height).width * 0.8)
            let apart = (wa + wb) / 2 - 0.3 * min(wa, wb)
            let left = PeopleCast.draw(a, .loved, .hugging, feet: Point(0, 400), height: height, facing: .right)
            let right = PeopleCast.draw(b, .happy, .hugging, feet: Point(apart, 400), height: height, facing: .left)
            // Both of each person's hands are on the other person's side of them.
            #expect(left.leftHand.x > 0 && left.rightHand.x > 0)
            #expect(right.leftHand.x < apart && right.rightHand.x < apart)
            // The left-hand person's hands are behind the other; the right-hand person's rest on the other.
            #expect(right.bounds.contains(left.rightHand) && right.bounds.contains(left.leftHand))
            #expect(left.bounds.contains(right.leftHand))
            // Their faces stay apart, so a scene need not move them further.
            #expect(!left.face.intersects(right.face))
        }
    }

    /// A grown-up bends towards the person they hug: the head and shoulders lean in.
    @Test func grownUpsLeanIntoAHug() {
        let looks = PersonLooks(age: .adult, hair: .short)
        let standing = PeopleCast.draw(looks, .happy, .standing, facing: .right)
        let hugging = PeopleCast.draw(looks, .happy, .hugging, facing: .right)
        #expect(hugging.face.midX > standing.face.midX + 1)
        #expect(hugging.face.minY > standing.face.minY)
    }

    /// Holding hands, arms hang down to a hand at the same height for everyone: a grown-up's comes down, a child's
    /// reaches up a little.
    @Test func heldHandsMeetAtOneHeight() {
        let height = 120.0, feet = Point(0, 300)
        var heights: [Double] = []
        for age in [AgeGroup.child, .teenager, .adult, .older] {
            let f = PeopleCast.draw(PersonLooks(age: age), .happy, .holdingHands, feet: feet, height: height, facing: .right)
            heights.append(feet.y - f.rightHand.y)
            let shoulder = feet.y - f.face.maxY
            #expect(feet.y - f.rightHand.y < shoulder, "\(age): the hand is below the chin")
        }
        #expect((heights.max() ?? 0) - (heights.min() ?? 0) < 0.04 * height)
        // A grown-up's arm hangs: the hand is much lower than it is far out.
        let adult = PeopleCast.draw(PersonLooks(), .calm, .holdingHands, feet: feet, height: height, facing: .right)
        let down = adult.rightHand.y - (adult.face.maxY + 0.03 * height)
        #expect(down > 1.3 * (adult.rightHand.x - feet.x - 0.1 * height))
    }

    // MARK: Lying in bed

    /// The scene draws its bed in a box `bedHeight × height` tall; the lying figure lies on it: the head on the
    /// pillow end, inside the bed's ends, a child filling most of the mattress.
    @Test func aLyingChildFitsTheBed() {
        let height = 150.0
        let box = Rect(x: 100, y: 200, width: 1.05 * height, height: FigureArtist.bedHeight * height)
        // The bed picture is 100 × 80 units (with a 2.5-unit pen margin), fitted to the box's height and centred.
        let unit = box.height / 85
        func bedX(_ x: Double) -> Double { box.midX + (x - 50) * unit }
        let feet = Point(box.midX, box.minY + 0.55 * box.height)
        for age in AgeGroup.allCases {
            let f = PeopleCast.draw(PersonLooks(age: age, hair: .afro), .asleep, .lyingInBed, feet: feet, height: height)
            #expect(f.face.midX > bedX(17) && f.face.midX < bedX(37), "\(age): the head is over the pillow")
            #expect(f.bounds.maxX < bedX(86), "\(age): inside the footboard")
            #expect(f.face.maxY < feet.y)
            if age == .child {
                #expect(f.bounds.maxX - f.face.midX > 0.7 * (bedX(84) - bedX(28)), "a child fills most of the mattress")
            }
        }
    }
}
