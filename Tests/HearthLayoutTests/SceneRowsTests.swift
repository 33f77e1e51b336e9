import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthTestSupport
import Testing

@testable import HearthLayout

/// A crowd with nothing to say stands in two rows, like a family photograph, when one row would draw everyone
/// small: grown-ups behind (family first, professionals at the end), only children in front, close enough to read
/// as one group, nothing overlapping.
struct SceneRowsTests {
    let layout = SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: [:])
    let slot = Rect(x: 30, y: 60, width: 420, height: 480)

    func person(_ id: String, _ age: AgeGroup = .adult, _ action: Action = .standing, role: Role? = nil) -> ScenePerson {
        ScenePerson(id: id, label: id, looks: PersonLooks(age: age, role: role), action: action)
    }

    var meeting: SceneContent {
        SceneContent(people: [
            person("Oakley", .child), person("Jo", role: .socialWorker), person("Ruby", .child), person("Mummy"),
            person("Mrs Ahmed", role: .teacher), person("Daddy"), person("Nanna Pat", .older),
        ])
    }

    /// How many ground lines the people stand on: the bottoms of their figures (which vary by a point or two
    /// with shoes and pen), grouped where they lie more than ten points apart.
    func rows(_ placed: PlacedScene) -> Int {
        let feet = placed.figures.map(\.maxY).sorted()
        return feet.isEmpty ? 0 : 1 + zip(feet, feet.dropFirst()).filter { $1 - $0 > 10 }.count
    }

    @Test func sevenPeopleStandInTwoRowsDrawnLarger() throws {
        let placed = try layout.place(meeting, in: slot)
        let oneRow = try layout.placeInOneRow(SceneLayout.partnered(meeting), in: slot, figureHeight: nil)
        #expect(rows(oneRow) == 1)
        #expect(rows(placed) == 2)
        #expect(placed.figureHeight >= oneRow.figureHeight * 5 / 4)
        // The family stands behind, then the people there for their job; only the children stand in front.
        let labels = placed.items.flatMap { item -> [TextLine] in
            if case .group(.paragraph, let lines) = item { return lines.compactMap { if case .text(let t) = $0 { t } else { nil } } }
            return []
        }
        let rowsOfNames = Dictionary(grouping: labels) { ($0.origin.y / 10).rounded() }.sorted { $0.key < $1.key }
            .map { $0.value.sorted { $0.origin.x < $1.origin.x }.map(\.text) }
        #expect(rowsOfNames == [["Mummy", "Daddy", "Nanna Pat", "Jo", "Mrs Ahmed"], ["Oakley", "Ruby"]])
    }

    @Test func theRowsDoNotOverlapAndStayInTheSlot() throws {
        let placed = try layout.place(meeting, in: slot)
        let boxes = placed.figures + placed.labels
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] {
                #expect(!a.inset(by: 0.5).intersects(b.inset(by: 0.5)), "\(a) overlaps \(b)")
            }
        }
        for r in boxes { #expect(slot.inset(by: -2).contains(r)) }
        // One group: the gap between the rows is less than a tenth of the slot.
        let firstLabels = placed.labels.map(\.minY).min() ?? 0
        let backBottom = placed.labels.filter { $0.minY < firstLabels + 10 }.map(\.maxY).max() ?? 0
        let frontTop = placed.figures.filter { $0.minY > backBottom }.map(\.minY).min() ?? .infinity
        #expect(frontTop - backBottom < slot.height / 10)
    }

    @Test func wordsToSayKeepOneRow() throws {
        var scene = meeting
        scene.bubbles = [SceneBubble(speaker: 2, text: "We check the plan.", kind: .speech)]
        #expect(rows(try layout.place(scene, in: slot)) == 1)
    }

    @Test func fourPeopleKeepOneRow() throws {
        let scene = SceneContent(people: Array(meeting.people.prefix(4)))
        #expect(SceneLayout.rows(of: scene).map { _ in true } == nil)
        #expect(rows(try layout.place(scene, in: slot)) == 1)
    }

    @Test func aHugBetweenAGrownUpAndAChildKeepsOneRow() throws {
        let scene = SceneContent(people: [
            person("Mummy"), person("Daddy"), person("Nanna", .older, .hugging), person("Leo", .child, .hugging),
            person("Mia", .child), person("Sam"),
        ])
        #expect(SceneLayout.rows(of: SceneLayout.partnered(scene)).map { _ in true } == nil)
    }

    @Test func grownUpsAloneSplitInStoryOrderAndChildrenAloneStayInOneRow() throws {
        let adults = SceneContent(people: ["A", "B", "C", "D", "E"].map { person($0) })
        let rows = try #require(SceneLayout.rows(of: adults))
        #expect(rows.back.people.map(\.id) == ["A", "B", "C"])
        #expect(rows.front.people.map(\.id) == ["D", "E"])
        let children = SceneContent(people: ["A", "B", "C", "D", "E"].map { person($0, .child) })
        #expect(SceneLayout.rows(of: children).map { _ in true } == nil)
    }
}

/// Small things a hand can hold are held, not left on the floor: whoever speaks holds the phone, a child holds
/// the teddy, and nobody with busy hands holds anything.
struct HeldThingsTests {
    func person(_ id: String, _ age: AgeGroup = .adult, _ action: Action = .standing, role: Role? = nil) -> ScenePerson {
        ScenePerson(id: id, label: id, looks: PersonLooks(age: age, role: role), action: action)
    }

    @Test func whoeverSpeaksHoldsThePhone() {
        let scene = SceneContent(
            people: [person("Ruby", .child), person("Oakley", .child), person("Mummy")], things: ["phone", "clock"],
            bubbles: [SceneBubble(speaker: 1, text: "Nanna, please come!", kind: .speech)])
        let held = SceneLayout.holders(of: scene.things, in: scene)
        #expect(held == ["phone": 1])
    }

    @Test func aChildHoldsTheTeddyAndBusyHandsHoldNothing() {
        let scene = SceneContent(
            people: [
                person("Mia", .child), person("Jo", role: .socialWorker), person("Nana", .older, .hugging),
                person("Leo", .child, .hugging),
            ],
            things: ["teddy", "book", "glass"])
        let held = SceneLayout.holders(of: SceneLayout.partnered(scene).things, in: SceneLayout.partnered(scene))
        #expect(held["teddy"] == 0)
        // The huggers' hands are busy; the social worker's folder makes her the last choice, but she is free.
        #expect(held["book"] == 1)
        #expect(held["glass"] == nil)
    }

    @Test func aHeldThingIsDrawnAtTheHandNotOnTheGround() throws {
        let assets = try TestPictures.named(["phone": TestPictures.square])
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: assets)
        let scene = SceneContent(
            people: [person("Oakley", .child, .talking)], things: ["phone"],
            bubbles: [SceneBubble(speaker: 0, text: "Nanna!", kind: .speech)])
        let placed = try layout.place(scene, in: Rect(x: 0, y: 0, width: 400, height: 300))
        let phone = try #require(placed.pictures.first)
        let figure = try #require(placed.figures.first)
        #expect(figure.intersects(phone), "held against the body")
        #expect(phone.maxY < figure.maxY - figure.height * 0.2, "at the hand, not on the floor")
    }
}

/// A short quote over a speaker at the end of the row keeps to two lines rather than a column of single words.
struct BubbleLinesTests {
    @Test func aShortQuoteAtTheEdgeTakesAtMostTwoLines() throws {
        let layout = SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: [:])
        let people = ["Ruby", "Mia", "Oakley"].map { ScenePerson(id: $0, label: $0, looks: PersonLooks(age: .child)) }
        let quote = "Nanna, please come now!"
        let scene = SceneContent(people: people, bubbles: [SceneBubble(speaker: 2, text: quote, kind: .speech)])
        let placed = try layout.place(scene, in: Rect(x: 0, y: 0, width: 300, height: 320))
        func lines(_ items: [FrameItem]) -> [TextLine] {
            items.flatMap { item -> [TextLine] in
                switch item {
                case .text(let t): [t]
                case .group(_, let kids), .clipped(_, let kids): lines(kids)
                default: []
                }
            }
        }
        let quoteLines = lines(placed.items).filter { quote.contains($0.text) && !people.map(\.id).contains($0.text) }
        #expect(!quoteLines.isEmpty)
        #expect(quoteLines.count <= 2, "\(quoteLines.map(\.text))")
    }
}
