import HearthGeometry
import HearthLooks
import HearthSketch
import Testing

/// Every combination a case file can ask for draws something finite and sensible.
struct PeopleCoverageTests {
    @Test(arguments: AgeGroup.allCases)
    func everyFeelingAidAndCoveringDraws(age: AgeGroup) {
        let aids: [MobilityAid?] = [nil] + MobilityAid.allCases
        let coverings: [HeadCovering?] = [nil] + HeadCovering.allCases
        for feeling in Feeling.allCases {
            for aid in aids {
                for covering in coverings {
                    let looks = PersonLooks(age: age, hair: .long, headCovering: covering, hearingAid: true, mobility: aid)
                    let f = PeopleCast.draw(looks, feeling)
                    #expect(!f.drawing.isEmpty)
                    #expect(PeopleCast.isFinite(f.drawing), "\(age) \(feeling) \(String(describing: aid)) \(String(describing: covering))")
                    #expect(f.bounds.width > 0 && f.bounds.height > 0)
                }
            }
        }
    }

    @Test func everyActionRoleAndHairStyleDraws() {
        for action in Action.allCases {
            for role in Role.allCases {
                for hair in HairStyle.allCases {
                    for crying in [false, true] {
                        let looks = PersonLooks(hair: hair, glasses: true, beard: true, role: role)
                        let f = PeopleCast.draw(looks, .worried, action, crying: crying)
                        #expect(!f.drawing.isEmpty && PeopleCast.isFinite(f.drawing), "\(action) \(role) \(hair)")
                    }
                }
            }
        }
    }

    @Test func unusableHeightsStillDrawFiniteFigures() {
        for height in [0.0, -5, .nan, .infinity] {
            let f = PeopleCast.draw(PersonLooks(), .happy, height: height)
            #expect(PeopleCast.isFinite(f.drawing))
            let size = FigureArtist.size(of: PersonLooks(), action: .standing, height: height)
            #expect(size.width.isFinite && size.height.isFinite)
        }
    }

    /// Modest enough to draw hundreds on a page: a few hundred path segments, not thousands.
    @Test func figuresAreModest() {
        for looks in PeopleCast.varied {
            for feeling in [Feeling.loved, .scared] {
                let segments = PeopleCast.draw(looks, feeling).drawing.strokes.reduce(0) { $0 + $1.path.ops.count }
                #expect(segments < 1_500, "\(looks.hair): \(segments) path ops")
            }
        }
    }
}
