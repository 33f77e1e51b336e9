import HearthGeometry
import HearthLooks
import Testing

@testable import HearthSketch

/// Faces read on the deepest skin: every line of a feature (brows, mouth, closed eyes, a tired eye's bag) that
/// meets the skin is a clear step lighter or darker than the skin, by itself or by the light halo drawn under it;
/// eye whites stand out; tears have a pale fill and a deep edge, one of which always stands out.
///
/// "A clear step": CIELAB lightness differs by at least 30, or the WCAG contrast ratio is at least 3, so it holds
/// in black and white as in colour.
struct PeopleFaceContrastTests {
    static func clear(_ a: Color, _ b: Color) -> Bool {
        abs(a.lab.l - b.lab.l) >= 30 || a.contrast(with: b) >= 3
    }

    /// A face at print size (a figure about 3–4 cm tall): small enough that no nose is drawn.
    static func face(_ tone: SkinTone, _ feeling: Feeling, talking: Bool) -> FaceArt {
        let plan = BodyPlan(PersonLooks(age: .child, skin: tone), adultHeight: 110)
        let head = HeadFrame(center: Point(100, 100), radiusX: plan.headRadiusX, radiusY: plan.headRadiusY, tilt: 0.05, turn: 0, gaze: 0)
        return FaceArt(
            head: head, ink: FigureInk(plan: plan, seed: 3), feeling: feeling, talking: talking, side: 1,
            skin: PeoplePalette.skin(tone))
    }

    @Test(arguments: SkinTone.allCases)
    func featureLinesStandOutFromTheSkin(tone: SkinTone) {
        let skin = PeoplePalette.skin(tone)
        for feeling in Feeling.allCases {
            for talking in [false, true] {
                let face = Self.face(tone, feeling, talking: talking)
                let d = face.features()
                let lines = d.strokes.compactMap { s -> (Path, Double, Color)? in
                    if case .stroke(let w, let c) = s.paint { return (s.path, w, c) }
                    return nil
                }
                for (path, width, colour) in lines where colour == PenStyle.defaultInk {
                    // Its own colour stands out, or a wider, lighter line runs under it on the same path.
                    let haloed = lines.contains { $0.0 == path && $0.1 > width && Self.clear($0.2, skin) && $0.2.lab.l > skin.lab.l }
                    let onWhite = PeopleLookTests.uses(d, PeoplePalette.eyeWhite)
                    #expect(
                        Self.clear(colour, skin) || haloed || onWhite && Self.clear(colour, PeoplePalette.eyeWhite),
                        "\(tone) \(feeling) talking \(talking): a feature line melts into the skin")
                }
                if PeopleLookTests.uses(d, PeoplePalette.eyeWhite) {
                    #expect(Self.clear(PeoplePalette.eyeWhite, skin) || tone == .light || tone == .fair || tone == .medium,
                            "\(tone): eye whites on skin")
                }
            }
        }
    }

    /// On the darker half of the tones, where the ink alone would vanish, brows and mouths are haloed.
    @Test func theHaloIsAClearStepLighterThanTheSkin() {
        for tone in SkinTone.allCases {
            let skin = PeoplePalette.skin(tone)
            if let halo = PeoplePalette.faceHalo(on: tone) {
                #expect(halo.lab.l - skin.lab.l >= 30, "\(tone): halo L* \(halo.lab.l) on skin \(skin.lab.l)")
            } else {
                #expect(Self.clear(PenStyle.defaultInk, skin), "\(tone): ink alone reads")
            }
        }
    }

    @Test(arguments: SkinTone.allCases)
    func tearsShowOnEverySkin(tone: SkinTone) {
        let skin = PeoplePalette.skin(tone)
        #expect(Self.clear(PeoplePalette.tear, skin) || Self.clear(PeoplePalette.tearEdge, skin), "\(tone)")
        let f = Self.face(tone, .sad, talking: false)
        let marks = FeelingMarks(head: f.head, ink: f.ink, feeling: .sad, crying: true, side: 1).draw()
        #expect(PeopleLookTests.uses(marks, PeoplePalette.tear) && PeopleLookTests.uses(marks, PeoplePalette.tearEdge))
    }
}
