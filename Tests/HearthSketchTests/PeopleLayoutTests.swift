import HearthGeometry
import HearthLooks
import HearthSketch
import Testing

/// What scenes rely on: the promised size holds the ink, faces and mouths are where the head is, hands reach.
struct PeopleLayoutTests {
    /// The pen may wobble and its line has width: the ink may pass the promised box by this much (at 120 pt).
    static let margin = 3.0

    @Test(arguments: Action.allCases)
    func inkStaysInThePromisedBox(action: Action) {
        let feet = Point(300, 400), height = 120.0
        for looks in PeopleCast.varied + AgeGroup.allCases.map({ PersonLooks(age: $0, hair: .afro) }) {
            let box = PeopleCast.promised(looks, action, feet: feet, height: height)
            for feeling in Feeling.allCases {
                for facing in Facing.allCases {
                    let figure = PeopleCast.draw(looks, feeling, action, crying: feeling == .sad, feet: feet, height: height, facing: facing)
                    let ink = figure.bounds
                    #expect(box.inset(by: -Self.margin).contains(ink), "\(looks.age) \(looks.hair) \(feeling) \(facing): \(ink) outside \(box)")
                    #expect(figure.drawing.bounds == ink)
                }
            }
        }
    }

    /// The box is not much bigger than the figure: its height is used, and a standing person fills its width
    /// once arms or aids reach out.
    @Test func thePromisedBoxIsSnug() {
        let feet = Point(0, 0), height = 100.0
        for looks in PeopleCast.varied {
            let box = PeopleCast.promised(looks, .standing, feet: feet, height: height)
            let tallest = Feeling.allCases.map { PeopleCast.draw(looks, $0, feet: feet, height: height).bounds.height }.max() ?? 0
            let widest = Feeling.allCases.map { PeopleCast.draw(looks, $0, feet: feet, height: height).bounds.width }.max() ?? 0
            #expect(tallest >= box.height * 0.93, "\(looks.age) \(looks.hair): \(tallest) of \(box.height)")
            #expect(widest >= box.width * 0.75, "\(looks.age) \(looks.hair): \(widest) of \(box.width)")
        }
    }

    @Test func sizeIsProportionalToHeight() {
        for looks in PeopleCast.varied {
            for action in Action.allCases {
                let one = FigureArtist.size(of: looks, action: action, height: 1)
                let big = FigureArtist.size(of: looks, action: action, height: 250)
                #expect(abs(big.width - 250 * one.width) < 1e-6 && abs(big.height - 250 * one.height) < 1e-6)
            }
        }
    }

    @Test func facesAreInsideTheFigureAndAboveTheFeet() {
        let feet = Point(120, 500)
        for looks in PeopleCast.varied {
            for action in Action.allCases {
                for feeling in Feeling.allCases {
                    let f = PeopleCast.draw(looks, feeling, action, feet: feet)
                    #expect(f.bounds.inset(by: -2).contains(f.face), "\(looks.hair) \(action) \(feeling)")
                    #expect(f.face.maxY < feet.y)
                    #expect(f.face.contains(f.mouth))
                    #expect(f.mouth.y > f.face.midY - 1, "the mouth is in the lower half of the head")
                    #expect(f.bounds.contains(f.leftHand) && f.bounds.contains(f.rightHand))
                }
            }
        }
    }

    @Test func uprightFacesAreAtTheTop() {
        for looks in PeopleCast.varied where looks.age != .baby {
            let f = PeopleCast.draw(looks, .happy)
            #expect(f.face.minY - f.bounds.minY < f.bounds.height * 0.12, "\(looks.hair)")
        }
    }

    @Test func reachingHandsGoTheWayTheFigureFaces() {
        let looks = PersonLooks(age: .child)
        for action in [Action.hugging, .holdingHands, .talking] {
            let right = PeopleCast.draw(looks, .happy, action, facing: .right)
            let left = PeopleCast.draw(looks, .happy, action, facing: .left)
            #expect(right.rightHand.x > right.bounds.midX + right.bounds.width * 0.2, "\(action)")
            #expect(left.leftHand.x < left.bounds.midX - left.bounds.width * 0.2, "\(action)")
        }
        let hug = PeopleCast.draw(looks, .loved, .hugging, facing: .right)
        #expect(hug.leftHand.x > hug.face.midX, "both arms reach towards the other person")
    }

    @Test func lyingFiguresLieDown() {
        let feet = Point(300, 300)
        for looks in AgeGroup.allCases.map({ PersonLooks(age: $0) }) {
            let left = PeopleCast.draw(looks, .asleep, .lyingInBed, feet: feet, facing: .front)
            #expect(left.bounds.width > left.bounds.height * (looks.age == .baby ? 1.5 : 2))
            #expect(left.face.midX < feet.x, "the head is at the left end by default")
            let right = PeopleCast.draw(looks, .asleep, .lyingInBed, feet: feet, facing: .right)
            #expect(right.face.midX > feet.x)
        }
    }
}
