import HearthGeometry
import HearthLooks
import HearthSketch
import Testing

/// The visible cues are there: palette ranges, tears, hearts, aids, roles.
struct PeopleLookTests {
    @Test func skinTonesRunFromLightestToDeepest() {
        let lum = SkinTone.allCases.map { PeoplePalette.skin($0).luminance }
        #expect(lum.count >= 6)
        for (a, b) in zip(lum, lum.dropFirst()) { #expect(a > b) }
        // Evenly spread: every tone is clearly told from its neighbours, in lightness as in black and white
        // (light and fair, dark and deep too).
        let l = SkinTone.allCases.map { PeopleCast.lab(PeoplePalette.skin($0)).l }
        for (a, b) in zip(l, l.dropFirst()) { #expect(a - b > 9 && a - b < 13, "L* \(a) then \(b)") }
        // From a light pink-beige to a truly deep brown, still lighter than the ink.
        #expect((lum.first ?? 0) > 0.65)
        #expect((lum.last ?? 1) < 0.05 && (lum.last ?? 0) > PenStyle.defaultInk.luminance)
    }

    /// On the darker tones the ink alone would vanish: brows and mouths get a light halo.
    @Test func darkSkinGetsAHaloRoundTheFace() {
        for tone in SkinTone.allCases {
            let contrast = PeopleCast.contrast(PeoplePalette.skin(tone), PenStyle.defaultInk)
            let halo = PeoplePalette.faceHalo(on: tone)
            #expect((halo != nil) == (contrast < 3.2), "\(tone)")
            if let halo {
                #expect(PeopleCast.contrast(halo, PenStyle.defaultInk) > 3.5, "\(tone): the halo stands out from the ink")
                for feeling in Feeling.allCases {
                    let d = PeopleCast.draw(PersonLooks(age: .child, skin: tone), feeling).drawing
                    #expect(Self.uses(d, halo), "\(tone) \(feeling)")
                }
            }
        }
        #expect(PeoplePalette.faceHalo(on: .light) == nil && PeoplePalette.faceHalo(on: .deep) != nil)
    }

    @Test func paletteColoursAreDistinct() {
        #expect(Set(HairColour.allCases.map { PeoplePalette.hair($0) }).count == HairColour.allCases.count)
        #expect(Set(ClothesColour.allCases.map { PeoplePalette.clothes($0) }).count == ClothesColour.allCases.count)
    }

    static func uses(_ drawing: Drawing, _ colour: Color) -> Bool {
        drawing.strokes.contains { stroke in
            switch stroke.paint {
            case .fill(let c): c == colour
            case .stroke(_, let c): c == colour
            }
        }
    }

    @Test func feelingMarksShow() {
        let looks = PersonLooks(age: .child)
        #expect(Self.uses(PeopleCast.draw(looks, .loved).drawing, PeoplePalette.heart))
        #expect(!Self.uses(PeopleCast.draw(looks, .happy).drawing, PeoplePalette.heart))
        #expect(Self.uses(PeopleCast.draw(looks, .sad, crying: true).drawing, PeoplePalette.tear))
        #expect(Self.uses(PeopleCast.draw(looks, .sad, .crying).drawing, PeoplePalette.tear))
        #expect(!Self.uses(PeopleCast.draw(looks, .sad).drawing, PeoplePalette.tear))
        #expect(Self.uses(PeopleCast.draw(looks, .angry).drawing, PeoplePalette.angryCheeks))
        #expect(Self.uses(PeopleCast.draw(looks, .poorly).drawing, PeoplePalette.poorlyCheeks))
        // Poorly is a flannel on the forehead, not a drop of sweat (which reads as nerves).
        #expect(Self.uses(PeopleCast.draw(looks, .poorly).drawing, PeoplePalette.flannel))
        #expect(!Self.uses(PeopleCast.draw(looks, .poorly).drawing, PeoplePalette.tear))
        #expect(!Self.uses(PeopleCast.draw(looks, .worried).drawing, PeoplePalette.flannel))
    }

    @Test func skinHairAndClothesAreTheirColours() {
        for looks in PeopleCast.varied {
            let d = PeopleCast.draw(looks).drawing
            #expect(Self.uses(d, PeoplePalette.skin(looks.skin)))
            let hairShows = looks.hair != .bald && looks.headCovering != .hijab && looks.headCovering != .turban
                && looks.role != .judge
            if hairShows { #expect(Self.uses(d, PeoplePalette.hair(looks.hairColour)), "\(looks.hair)") }
        }
    }

    @Test func aidsAndRolesAddTheirParts() {
        let plain = PeopleCast.draw(PersonLooks(age: .child)).drawing
        #expect(Self.uses(PeopleCast.draw(PersonLooks(age: .child, mobility: .wheelchair)).drawing, PeoplePalette.tyre))
        #expect(Self.uses(PeopleCast.draw(PersonLooks(age: .child, mobility: .crutches)).drawing, PeoplePalette.metal))
        #expect(!Self.uses(plain, PeoplePalette.tyre) && !Self.uses(plain, PeoplePalette.metal))
        #expect(Self.uses(PeopleCast.draw(PersonLooks(role: .socialWorker)).drawing, PeoplePalette.lanyard))
        #expect(Self.uses(PeopleCast.draw(PersonLooks(role: .socialWorker)).drawing, PeoplePalette.folder))
        #expect(Self.uses(PeopleCast.draw(PersonLooks(role: .police)).drawing, PeoplePalette.police))
        #expect(Self.uses(PeopleCast.draw(PersonLooks(role: .doctor)).drawing, PeoplePalette.coat))
        #expect(Self.uses(PeopleCast.draw(PersonLooks(role: .teacher)).drawing, PeoplePalette.book))
        #expect(Self.uses(PeopleCast.draw(PersonLooks(role: .teacher)).drawing, PeoplePalette.paper), "an open book")
        #expect(Self.uses(PeopleCast.draw(PersonLooks(role: .police)).drawing, PeoplePalette.hiVis))
        for clothes in ClothesColour.allCases {
            #expect(Self.uses(PeopleCast.draw(PersonLooks(clothes: clothes, role: .nurse)).drawing, PeoplePalette.scrubs))
        }
        #expect(Self.uses(PeopleCast.draw(PersonLooks(role: .judge)).drawing, PeoplePalette.wig))
        // A foster carer is just a grown-up: drawn exactly like the same person with no role.
        #expect(PeopleCast.draw(PersonLooks(role: .fosterCarer)) == PeopleCast.draw(PersonLooks()))
    }

    @Test func aHijabHidesTheHair() {
        let looks = PersonLooks(hair: .long, hairColour: .red, headCovering: .hijab)
        #expect(!Self.uses(PeopleCast.draw(looks).drawing, PeoplePalette.hair(.red)))
        let kippah = PersonLooks(hair: .long, hairColour: .red, headCovering: .kippah)
        #expect(Self.uses(PeopleCast.draw(kippah).drawing, PeoplePalette.hair(.red)))
    }
}
