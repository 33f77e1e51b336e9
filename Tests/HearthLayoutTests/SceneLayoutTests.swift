import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch
import HearthTestSupport
import Testing

@testable import HearthLayout

/// Scenes of one to eight people, in slots of many shapes: faces, bubbles and names never overlap, and
/// everything stays in the slot.
struct SceneLayoutTests {
    func assets() throws -> [String: AssetPicture] {
        try TestPictures.named([
            "home": TestPictures.square, "hospital": TestPictures.square, "bed": TestPictures.wide, "cot": TestPictures.wide,
            "phone": TestPictures.square,
        ])
    }

    func randomScene(_ r: inout TestRandom, people n: Int) -> SceneContent {
        let feelings = Feeling.allCases, actions: [Action] = [.standing, .talking, .hugging, .holdingHands, .crying]
        let names = ["Mia", "Leo", "Mummy", "Daddy", "Nana Jean", "Miss Patel", "the doctor", "Sam"]
        let people = (0..<n).map { i in
            ScenePerson(
                id: "p\(i)", label: names[i % names.count],
                looks: PersonLooks(
                    age: AgeGroup.allCases[r.int(0...5)], skin: SkinTone.allCases[r.int(0...6)],
                    hair: HairStyle.allCases[r.int(0...9)], clothes: ClothesColour.allCases[r.int(0...9)],
                    headCovering: r.int(0...3) == 0 ? HeadCovering.allCases[r.int(0...3)] : nil,
                    mobility: r.int(0...6) == 0 ? .wheelchair : nil),
                feeling: feelings[r.int(0...(feelings.count - 1))], action: actions[r.int(0...(actions.count - 1))])
        }
        let bubbles = (0..<min(n, r.int(0...3))).map { k in
            SceneBubble(speaker: r.int(0...(n - 1)), text: ["I love you.", "Leo is poorly", "Will it be OK?", "We will help."][k % 4],
                        kind: r.int(0...1) == 0 ? .speech : .thought)
        }
        let uniqueBubbles = Dictionary(bubbles.map { ($0.speaker, $0) }, uniquingKeysWith: { a, _ in a }).values.sorted { $0.speaker < $1.speaker }
        return SceneContent(
            place: r.int(0...2) == 0 ? "home" : nil, people: people, things: r.int(0...2) == 0 ? ["phone"] : [],
            bubbles: Array(uniqueBubbles))
    }

    @Test func nothingOverlapsForOneToEightPeople() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: try assets())
        var r = TestRandom(7)
        for n in 1...8 {
            for _ in 0..<12 {
                let slot = Rect(x: 20, y: 20, width: r.double(320...760), height: r.double(220...420))
                let scene = randomScene(&r, people: n)
                let placed = try layout.place(scene, in: slot)
                #expect(placed.faces.count == n)
                func disjoint(_ a: [Rect], _ b: [Rect], same: Bool) -> Bool {
                    for (i, x) in a.enumerated() {
                        for (j, y) in b.enumerated() where !(same && j <= i) {
                            if x.inset(by: 0.5).intersects(y.inset(by: 0.5)) { return false }
                        }
                    }
                    return true
                }
                #expect(disjoint(placed.faces, placed.faces, same: true), "faces overlap with \(n) people in \(slot)")
                #expect(disjoint(placed.bubbles, placed.bubbles, same: true), "bubbles overlap")
                #expect(disjoint(placed.bubbles, placed.faces, same: false), "a bubble covers a face")
                #expect(disjoint(placed.labels, placed.labels, same: true), "names overlap")
                #expect(disjoint(placed.labels, placed.faces, same: false), "a name covers a face")
                #expect(disjoint(placed.labels, placed.bubbles, same: false), "a name touches a bubble")
                let room = slot.inset(by: -4)
                for (kind, rects) in [("figure", placed.figures), ("bubble", placed.bubbles), ("name", placed.labels)] {
                    for r in rects where !room.contains(r) {
                        Issue.record("a \(kind) at \(r) leaves the slot \(slot) with \(n) people: \(scene.people.map { "\($0.looks.age.rawValue)/\($0.action.rawValue)/\($0.feeling.rawValue)" })")
                    }
                }
            }
        }
    }

    @Test func noSunOrStarSitsUnderABubble() throws {
        var all = try assets()
        for name in ["sun", "star"] {
            all[name] = try AssetPicture.parse(TestPictures.square, name: name, file: "\(name).svg")
        }
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: all)
        var r = TestRandom(11)
        var bubbles = 0
        for n in 1...5 {
            for _ in 0..<16 {
                var scene = randomScene(&r, people: n)
                // Only sky things, so every picture in the scene is one that must give way.
                scene.place = nil
                scene.things = [["sun"], ["star"], ["sun", "star"]][r.int(0...2)]
                if scene.bubbles.isEmpty {
                    scene.bubbles = [SceneBubble(speaker: r.int(0...(n - 1)), text: "Good morning! How are you both today?")]
                }
                let slot = Rect(x: 20, y: 20, width: r.double(300...700), height: r.double(200...400))
                let placed = try layout.place(scene, in: slot)
                bubbles += placed.bubbles.count
                for b in placed.bubbles {
                    for p in placed.pictures where b.intersects(p) {
                        Issue.record("a picture at \(p) is under the bubble \(b) in \(slot)")
                    }
                }
            }
        }
        #expect(bubbles >= 80)
    }

    @Test func theSamePersonLooksTheSameInEveryScene() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(), assets: try assets())
        let mia = ScenePerson(id: "mia", label: "Mia", looks: PersonLooks(age: .child, skin: .brown, hair: .afro))
        let alone = try layout.place(SceneContent(people: [mia]), in: Rect(x: 0, y: 0, width: 300, height: 300))
        let again = try layout.place(SceneContent(people: [mia]), in: Rect(x: 0, y: 0, width: 300, height: 300))
        #expect(alone == again)
    }

    /// Symbols placed in a scene: (id, scale), in drawing order.
    func symbols(_ items: [FrameItem]) -> [(id: String, scale: Double)] {
        items.flatMap { item -> [(id: String, scale: Double)] in
            switch item {
            case .symbol(let s, let p): [(s.id, p.scale)]
            case .group(_, let c), .clipped(_, let c): symbols(c)
            default: []
            }
        }
    }

    @Test func onePersonInOnePoseIsOneDrawingAcrossNearbySizes() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(), assets: try assets())
        let mia = ScenePerson(id: "mia", label: "Mia", looks: PersonLooks(age: .child, skin: .brown, hair: .afro))
        var ids: Set<String> = []
        var placements = 0
        for height in stride(from: 200.0, through: 400, by: 10) {
            let placed = try layout.place(SceneContent(people: [mia]), in: Rect(x: 0, y: 0, width: 300, height: height))
            for (id, scale) in symbols(placed.items) {
                ids.insert(id)
                placements += 1
                // Each drawing serves sizes within half a step either side of the size it was drawn at.
                #expect(scale >= 1 / FigureSymbol.sizeStep.squareRoot() - 1e-9 && scale <= FigureSymbol.sizeStep.squareRoot() + 1e-9)
            }
        }
        #expect(placements == 21)
        #expect(ids.count <= 4, "a doubling of size needs at most four drawings, found \(ids.count)")

        let sad = ScenePerson(id: "mia", label: "Mia", looks: mia.looks, feeling: .sad)
        let a = try layout.place(SceneContent(people: [mia]), in: Rect(x: 0, y: 0, width: 300, height: 300))
        let b = try layout.place(SceneContent(people: [sad]), in: Rect(x: 0, y: 0, width: 300, height: 300))
        #expect(symbols(a.items).map(\.id) != symbols(b.items).map(\.id), "a new feeling is a new drawing")
    }

    @Test func aSharedFigureLandsWhereTheSceneSaysItIs() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(), assets: try assets())
        let mia = ScenePerson(id: "mia", label: "Mia", looks: PersonLooks(age: .child, skin: .brown, hair: .afro))
        let slot = Rect(x: 40, y: 60, width: 300, height: 280)
        let placed = try layout.place(SceneContent(people: [mia]), in: slot)
        let frame = Frame(size: Size(width: 400, height: 400), items: placed.items)
        var ink: Rect?
        for case .shape(let s) in frame.leaves {
            guard let b = s.path.bounds?.inset(by: -(s.stroke?.width ?? 0) / 2) else { continue }
            ink = ink.map { $0.union(b) } ?? b
        }
        let box = try #require(ink), figure = try #require(placed.figures.first)
        // The ink of the placed copy is exactly the box the scene reserved for the figure.
        #expect(abs(box.minX - figure.minX) < 0.01 && abs(box.maxX - figure.maxX) < 0.01, "ink \(box), figure \(figure)")
        #expect(abs(box.minY - figure.minY) < 0.01 && abs(box.maxY - figure.maxY) < 0.01)
        #expect(slot.inset(by: -1).contains(box))
    }

    @Test func aPlaceIsOneDrawingOnEveryPageAndStaysInItsBox() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(), assets: try assets())
        let mia = ScenePerson(id: "mia", label: "Mia", looks: PersonLooks(age: .child))
        let leo = ScenePerson(id: "leo", label: "Leo", looks: PersonLooks(age: .child, hair: .curly))
        var homes: Set<String> = []
        for (people, width) in [([mia], 400.0), ([mia, leo], 410), ([leo], 390)] {
            let placed = try layout.place(SceneContent(place: "home", people: people), in: Rect(x: 0, y: 0, width: width, height: 300))
            let ids = symbols(placed.items).map(\.id).filter { $0.hasPrefix("picture home") }
            #expect(ids.count == 1)
            homes.formUnion(ids)
            let frame = Frame(size: Size(width: 500, height: 400), items: placed.items.filter {
                if case .symbol(let s, _) = $0 { s.id.hasPrefix("picture home") } else { false }
            })
            var ink: Rect?
            for case .shape(let s) in frame.leaves {
                guard let b = s.path.bounds?.inset(by: -(s.stroke?.width ?? 0) / 2) else { continue }
                ink = ink.map { $0.union(b) } ?? b
            }
            let house = try #require(placed.pictures.first), drawn = try #require(ink)
            #expect(house.inset(by: -1).contains(drawn), "house ink \(drawn) outside its box \(house)")
        }
        #expect(homes.count == 1, "the same house in scenes of nearly one size is one drawing: \(homes)")
    }

    @Test func aHugNeedsSomeoneToHug() {
        func person(_ id: String, _ action: Action) -> ScenePerson {
            ScenePerson(id: id, label: id, looks: PersonLooks(), action: action)
        }
        let alone = SceneLayout.partnered(SceneContent(people: [person("jen", .hugging), person("mei", .standing)]))
        #expect(alone.people.map(\.action) == [.standing, .standing])
        let pair = SceneLayout.partnered(SceneContent(people: [person("a", .standing), person("b", .hugging), person("c", .holdingHands)]))
        #expect(pair.people.map(\.action) == [.standing, .hugging, .holdingHands])
        // A baby sits on the ground: a grown-up beside it does not reach down to hug it.
        var baby = person("kai", .hugging)
        baby.looks = PersonLooks(age: .baby)
        let withBaby = SceneLayout.partnered(SceneContent(people: [person("jen", .hugging), baby]))
        #expect(withBaby.people.map(\.action) == [.standing, .standing])
    }

    @Test func aBedHoldsWhoeverIsLyingDown() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(), assets: try assets())
        let scene = SceneContent(
            place: "hospital",
            people: [
                ScenePerson(id: "leo", label: "Leo", looks: PersonLooks(age: .child), feeling: .poorly, action: .lyingInBed),
                ScenePerson(id: "mum", label: "Mummy", looks: PersonLooks(), feeling: .worried),
            ],
            things: ["bed"], bubbles: [SceneBubble(speaker: 1, text: "Leo is poorly")])
        let placed = try layout.place(scene, in: Rect(x: 0, y: 0, width: 600, height: 360))
        #expect(placed.pictures.count == 2)
        let bed = placed.pictures[1]
        #expect(placed.figures[0].intersects(bed))
        #expect(placed.bubbles.count == 1)
        #expect(placed.bubbles[0].maxY <= placed.faces[1].minY)
    }

    @Test func aBabyLiesInTheCotRatherThanTheBed() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(), assets: try assets())
        let scene = SceneContent(
            people: [
                ScenePerson(id: "kai", label: "Kai", looks: PersonLooks(age: .baby), feeling: .sad, action: .lyingInBed),
                ScenePerson(id: "jen", label: "Auntie Jen", looks: PersonLooks(), feeling: .calm),
            ],
            things: ["bed", "cot"])
        let placed = try layout.place(scene, in: Rect(x: 0, y: 0, width: 600, height: 360))
        // The cot holds the baby; the bed stands on its own, beside them.
        let cot = try #require(placed.pictures.first { placed.figures[0].intersects($0) })
        #expect(placed.pictures.count == 2)
        let bedSymbol = placed.items.contains { item in
            if case .symbol(let s, _) = item { return s.id.hasPrefix("picture cot") }
            return false
        }
        #expect(bedSymbol)
        #expect(cot.minX < placed.figures[1].minX)
    }

    @Test func anUnknownThingIsAClearError() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(), assets: try assets())
        #expect(throws: LayoutError.unknownPicture(name: "unicorn", known: ["bed", "cot", "home", "hospital", "phone"])) {
            _ = try layout.place(SceneContent(people: [], things: ["unicorn"]), in: Rect(x: 0, y: 0, width: 100, height: 100))
        }
    }
}
