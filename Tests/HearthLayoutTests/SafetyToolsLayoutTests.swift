import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthTestSupport
import Testing

@testable import HearthLayout

/// The safety tools' pages, measured with the fixed-advance fake: marks on the scale where their numbers are, people
/// inside the house's rooms, rings in order of closeness, blank sheets with nothing from a case.
struct SafetyToolsLayoutTests {
    static let strings = ThreeHousesLayoutTests.strings
    let measurer = FixedAdvanceMeasurer()

    static let caseFile: CaseFile = {
        var file = CaseFile(
            author: "Priya Shah",
            children: [Child(id: "ruby", name: "Ruby Walsh", called: "Ruby", age: 8), Child(id: "theo", name: "Theo Walsh", age: 5)],
            people: [
                Person(id: "mum", name: "Leanne Walsh", called: "Mummy", relation: "mum", network: true),
                Person(id: "nan", name: "Gloria Walsh", called: "Nanny Glo", relation: "nan", network: true),
                Person(id: "craig", name: "Craig Dunn", called: "Craig", relation: "mum's ex-partner", notSafe: true),
                Person(id: "priya", name: "Priya Shah", called: "Priya", role: .socialWorker),
            ],
            scales: [
                ScaleScore(who: "ruby", score: 7, date: CalendarDate(iso: "2026-03-16")),
                ScaleScore(who: "mum", score: 8, date: CalendarDate(iso: "2026-03-16")),
                ScaleScore(who: "craig", score: 10, date: CalendarDate(iso: "2026-03-16")),
                ScaleScore(who: "priya", score: 5, date: CalendarDate(iso: "2026-03-16")),
            ])
        file.safetyHouses = [SafetyHouseSession(
            child: "ruby", livesHere: ["ruby", "mum", "theo"], visits: ["nan"], rules: ["Nanny Glo picks me up on Tuesdays."])]
        file.safetyCirclesMaps = [SafetyCirclesMap(child: "ruby", liveWith: ["mum", "theo"], seeALot: ["nan"], help: ["priya"])]
        return file
    }()

    /// Every person drawn on a page, with where their feet are.
    func figures(_ items: [FrameItem]) -> [(id: String, feet: Point, scale: Double)] {
        items.flatMap { item -> [(id: String, feet: Point, scale: Double)] in
            switch item {
            case .symbol(let s, let p) where s.id.hasPrefix("person"): [(s.id, p.offset, p.scale)]
            case .group(_, let inner), .clipped(_, let inner): figures(inner)
            default: []
            }
        }
    }

    func texts(_ doc: FrameDocument) -> [String] { doc.pages.flatMap(\.textLines).map(\.text) }

    @Test func theScaleMarksSitAtTheirNumbers() throws {
        let sheet = try SafetyScaleComposer(strings: Self.strings).sheet(for: Self.caseFile.children[0], in: Self.caseFile, file: "ruby.yaml")
        let strip = try #require(sheet.strips.first)
        #expect(strip.marks.map(\.label) == ["Ruby: 7", "Mummy: 8", "Priya: 5"], "the child first; never someone she is not safe with")
        let layout = ScaleStripLayout(measurer: measurer, unit: 1, seed: 1)
        let box = Rect(x: 30, y: 100, width: 780, height: 300)
        let g = layout.geometry(in: box)
        let steps = zip(g.points, g.points.dropFirst()).map { $1.x - $0.x }
        #expect(g.points.count == 11)
        #expect(steps.allSatisfy { abs($0 - steps[0]) < 1e-9 && $0 > 0 }, "0 to 10 from left to right, evenly")
        let items = try layout.items(strip, in: box)
        let child = try #require(figures(items).first)
        #expect(abs(child.feet.x - g.points[7].x) < 1e-9, "Ruby stands at 7")
        let lines = items.flatMap { item -> [TextLine] in
            if case .group(_, let inner) = item { return inner.compactMap { if case .text(let t) = $0 { t } else { nil } } }
            return []
        }
        let mummy = try #require(lines.first { $0.text == "Mummy: 8" })
        #expect(abs(mummy.bounds.midX - g.points[8].x) < 1e-6, "Mummy's name under 8")
        let priya = try #require(lines.first { $0.text == "Priya: 5" })
        #expect(abs(priya.bounds.midX - g.points[5].x) < 1e-6)
        #expect(mummy.origin.y > g.points[8].y && priya.origin.y > g.points[5].y, "grown-ups' names under the line")
        for end in ["not safe at all", "really safe"] { #expect(lines.contains { $0.text == end }) }
    }

    @Test func theScaleIsDatedAndFitsOnEveryPaper() throws {
        for paper in Paper.allCases where paper != .a5Booklet {
            let sheet = try SafetyScaleComposer(strings: Self.strings).sheet(for: Self.caseFile.children[0], in: Self.caseFile, file: "ruby.yaml")
            let doc = try SafetyScaleLayout(measurer: measurer, page: PageSpec(paper: paper)).layout(sheet)
            #expect(texts(doc).contains { $0.contains("16 March 2026") })
            let page = Rect(x: 0, y: 0, width: doc.pages[0].size.width, height: doc.pages[0].size.height)
            for line in doc.pages[0].textLines { #expect(page.contains(line.bounds, tolerance: 0.5), "\(line.text) off the \(paper) page") }
        }
    }

    @Test func thePeopleStandInsideTheirRoomsAndTheChildOnThePath() throws {
        let sheet = try SafetyHouseComposer(strings: Self.strings).sheet(for: Self.caseFile.safetyHouses[0], in: Self.caseFile, file: "ruby.yaml")
        #expect(sheet.livesHere.map(\.name) == ["Ruby", "Mummy", "Theo"])
        #expect(sheet.visitors.map(\.name) == ["Nanny Glo"])
        #expect(sheet.redCircle == nil)
        let layout = SafetyHouseLayout(measurer: measurer, page: PageSpec(paper: .a4Landscape))
        let doc = try layout.layout(sheet)
        let shape = SafetyHouseShape(slot: layout.slots(sheet).house, unit: 1)
        let people = figures(doc.pages[0].items)
        #expect(people.count == 5, "three who live here, one visitor, and Ruby on her stone")
        for person in people.prefix(3) { #expect(shape.livesRoom.contains(person.feet, tolerance: 0.5)) }
        #expect(shape.visitsRoom.contains(people[3].feet, tolerance: 0.5))
        let strip = ScaleStripLayout(measurer: measurer, unit: 1, seed: 0, stones: true).geometry(in: shape.pathBox, heading: false)
        #expect(abs(people[4].feet.x - strip.points[7].x) < 1e-9, "Ruby on stone 7")
        #expect(abs(strip.points[10].x - shape.door.midX) < 6, "the path's 10 is at the door")
        #expect(texts(doc).contains("Nanny Glo picks me up on Tuesdays."))
    }

    /// The figures drawn in a section of the page, by their ink.
    func figureInk(_ items: [FrameItem]) -> [Rect] {
        items.compactMap { item -> Rect? in
            if case .group(.figure, let inner) = item, case .symbol? = inner.first { return inner.inkBounds }
            return nil
        }
    }

    @Test(arguments: [Paper.a4Portrait, .a4Landscape, .a3])
    func thePeopleFillTheirRoomsAndStayInside(paper: Paper) throws {
        let composer = SafetyHouseComposer(strings: Self.strings)
        let layout = SafetyHouseLayout(measurer: measurer, page: PageSpec(paper: paper))
        let family = ["ruby", "mum", "theo", "nan", "priya", "mum"]
        for count in 1...6 {
            var file = Self.caseFile
            file.safetyHouses[0].livesHere = Array(family.prefix(count))
            file.safetyHouses[0].visits = Array(family.reversed().prefix(count))
            let sheet = try composer.sheet(for: file.safetyHouses[0], in: file, file: "ruby.yaml")
            let doc = try layout.layout(sheet)
            let shape = SafetyHouseShape(slot: layout.slots(sheet).house, unit: PageSpec(paper: paper).unit)
            let sections = doc.pages[0].items.compactMap { item -> [FrameItem]? in
                if case .group(.section, let inner) = item { inner } else { nil }
            }
            // The roof's rules, then the two rooms.
            for (room, items) in zip([shape.livesRoom, shape.visitsRoom], sections[1...2]) {
                let ink = figureInk(items)
                #expect(ink.count == count, "\(paper): \(count) people drawn in the room")
                for box in ink { #expect(room.contains(box, tolerance: 1), "\(paper), \(count) a room: a figure outside its room: \(box) in \(room)") }
                for case .group(.paragraph, let lines) in items {
                    for case .text(let line) in lines { #expect(room.contains(line.bounds, tolerance: 1), "\(line.text) outside its room") }
                }
                let tallest = ink.map(\.height).max() ?? 0
                // One or two people fill at least half the room's height; three in the narrow room of a portrait
                // page stand shoulder to shoulder at a little under half.
                if count <= 3 {
                    #expect(tallest >= room.height * (count < 3 ? 0.5 : 0.45), "\(paper), \(count) a room: the tallest is \(tallest) in a room \(room.height) high")
                }
            }
        }
    }

    @Test func anUrduSafetyHouseMirrors() throws {
        var file = Self.caseFile
        file.safetyHouses[0].rules = ["نانی مجھے منگل کو اسکول سے لیتی ہیں۔", "امی اپنا فون آن رکھتی ہیں تاکہ میں انہیں فون کر سکوں۔"]
        let urdu = try StringsCatalogue.load(language: "ur", from: RightToLeftPageTests.folder)
        let layout = SafetyHouseLayout(measurer: measurer, page: PageSpec(paper: .a4Landscape))
        let width = PageSpec(paper: .a4Landscape).size.width
        let sheets = try [urdu, Self.strings].map { try SafetyHouseComposer(strings: $0).sheet(for: file.safetyHouses[0], in: file, file: "ruby.yaml") }
        #expect(layout.readsRightToLeft(sheets[0]) && !layout.readsRightToLeft(sheets[1]))
        let (ur, en) = (try layout.layout(sheets[0]), try layout.layout(sheets[1]))
        func title(_ doc: FrameDocument) -> TextLine? {
            for case .group(.heading(level: 1), let lines) in doc.pages[0].items { if case .text(let l)? = lines.first { return l } }
            return nil
        }
        let urTitle = try #require(title(ur)), enTitle = try #require(title(en))
        #expect(urTitle.bounds.maxX > width * 0.9 && enTitle.origin.x < width * 0.1, "the title at the right in Urdu")
        // Who lives here, Ruby first, in the right-hand room from the right; Ruby on stone 7, counted from the right.
        let (urPeople, enPeople) = (figures(ur.pages[0].items), figures(en.pages[0].items))
        #expect(urPeople.count == 5 && enPeople.count == 5)
        for (a, b) in zip(urPeople, enPeople) { #expect(abs(a.feet.x - (width - b.feet.x)) < 1e-6, "\(a.id) mirrored") }
        #expect(urPeople[0].feet.x > urPeople[1].feet.x && urPeople[2].feet.x > urPeople[3].feet.x)
        // The rules are fitted in the mirrored roof: each line of Urdu keeps its right edge on one line.
        let edges = ur.pages[0].textLines.filter { line in file.safetyHouses[0].rules.contains { $0.contains(line.text) } }.map(\.bounds.maxX)
        #expect(edges.count >= 2)
        #expect((edges.max() ?? 0) - (edges.min() ?? 0) < 1, "right-aligned: \(edges)")
    }

    @Test func theRedCircleIsDrawnOnlyOnTheWorkersCopyThatAsks() throws {
        var file = Self.caseFile
        file.safetyHouses[0].redCircle = true
        file.safetyHouses[0].keptBy = .child
        let composer = SafetyHouseComposer(strings: Self.strings)
        let childCopy = try composer.sheet(for: file.safetyHouses[0], in: file, file: "ruby.yaml")
        #expect(childCopy.redCircle == nil)
        let layout = SafetyHouseLayout(measurer: measurer, page: PageSpec(paper: .a4Landscape))
        #expect(!texts(try layout.layout(childCopy)).contains { $0.contains("Craig") })
        file.safetyHouses[0].keptBy = .worker
        let workerCopy = try composer.sheet(for: file.safetyHouses[0], in: file, file: "ruby.yaml")
        #expect(workerCopy.redCircle?.map(\.name) == ["Craig"])
        let doc = try layout.layout(workerCopy)
        let circle = try #require(layout.slots(workerCopy).circle)
        let craig = try #require(figures(doc.pages[0].items).last)
        #expect(circle.contains(craig.feet, tolerance: 0.5), "outside the house, inside the red circle")
        #expect(texts(doc).contains { $0.hasPrefix("Worker’s copy") })
    }

    @Test func theRingsGoOutwardInOrderOfCloseness() throws {
        let sheet = try SafetyCirclesComposer(strings: Self.strings).sheet(for: Self.caseFile.children[0], in: Self.caseFile, file: "ruby.yaml")
        #expect(sheet.rings.map(\.name) == ["People I live with", "People I see a lot", "People who help"])
        #expect(sheet.rings.map { $0.people.map(\.name) } == [["Mummy", "Theo"], ["Nanny Glo"], ["Priya"]])
        #expect(sheet.rings[2].people[0].role == "social worker")
        let layout = SafetyCirclesLayout(measurer: measurer, page: PageSpec(paper: .a4Landscape))
        let (c, rx, ry) = layout.rings()
        func reach(_ p: Point) -> Double { (((p.x - c.x) / rx) * ((p.x - c.x) / rx) + ((p.y - c.y) / ry) * ((p.y - c.y) / ry)).squareRoot() }
        let three = Array(repeating: sheet.rings[2].people[0], count: 3)
        let distances = (0..<3).map { ring in layout.seats(three, ring: ring, signs: sheet.rings.map(\.name)).map { reach($0.box.center) } }
        #expect(distances[0].allSatisfy { d in distances[1].allSatisfy { d < $0 } })
        #expect(distances[1].allSatisfy { d in distances[2].allSatisfy { d < $0 } })
        for (ring, end) in SafetyCirclesLayout.ringEnds.enumerated() {
            #expect(distances[ring].allSatisfy { $0 < end }, "each person inside their own ring")
        }
        let doc = try layout.layout(sheet)
        #expect(!texts(doc).contains { $0.contains("Craig") })
        #expect(figures(doc.pages[0].items).count == 5, "Ruby and four people")
    }

    @Test func blankSheetsCarryNothingFromACase() throws {
        let page = PageSpec(paper: .a4Landscape)
        let docs = [
            try SafetyScaleLayout(measurer: measurer, page: page).layout(SafetyScaleComposer(strings: Self.strings).blankSheet(childName: nil)),
            try SafetyHouseLayout(measurer: measurer, page: page).layout(SafetyHouseComposer(strings: Self.strings).blankSheet(childName: nil)),
            try FairyWizardLayout(measurer: measurer, page: page).layout(
                FairyWizardComposer(strings: Self.strings).blankSheet(childName: nil, helper: nil), drawings: [:]),
            try SafetyCirclesLayout(measurer: measurer, page: page).layout(SafetyCirclesComposer(strings: Self.strings).blankSheet(childName: nil)),
        ]
        // Every word printed is one of Hearth's fixed words (lines may wrap, so words, not lines, are compared).
        func words(_ text: String) -> [String] { text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        let fixed = Set(Self.strings.entries.values.flatMap { words($0.text) })
        for doc in docs {
            for line in texts(doc) {
                for word in words(line) {
                    let known = word.allSatisfy(\.isNumber) || fixed.contains(word)
                    #expect(known, "'\(word)' in '\(line)' is not one of Hearth's fixed words")
                }
            }
            #expect(doc.metadata.author == nil)
            #expect(doc.metadata.creationDate == "2026-01-01T00:00:00Z")
        }
        // Only the helpers are people on a blank: no child, no family.
        #expect(figures(docs[0].pages[0].items).isEmpty && figures(docs[1].pages[0].items).isEmpty && figures(docs[3].pages[0].items).isEmpty)
        #expect(figures(docs[2].pages[0].items).count == 2, "a fairy and a wizard for the child to choose")
    }

    @Test func theFairyWizardKeepsTheChildsWordsAndChosenHelper() throws {
        var file = Self.caseFile
        file.fairyWizard = [FairyWizardInterview(
            child: "theo", helper: .wizard, takeAway: ["The shouting at night."], keep: ["My dinosaur Rex."], makeHappen: ["I can have a dog."])]
        let sheet = try FairyWizardComposer(strings: Self.strings).sheet(
            for: file.fairyWizard[0], in: file, caseFolder: URL(fileURLWithPath: "/tmp"), file: "theo.yaml")
        #expect(sheet.title == "Theo’s wizard")
        #expect(sheet.wishes.map(\.heading) == ["Please take away…", "Please keep…", "Please make happen…"])
        let layout = FairyWizardLayout(measurer: measurer, page: PageSpec(paper: .a4Landscape))
        let doc = try layout.layout(sheet, drawings: [:])
        for words in ["The shouting at night.", "My dinosaur Rex.", "I can have a dog."] {
            #expect(texts(doc).joined(separator: " ").contains(words))
        }
        #expect(figures(doc.pages[0].items).count == 1, "one wizard")
        let (helper, clouds) = layout.slots(hasRecord: false)
        for cloud in clouds { #expect(!cloud.intersects(helper), "the helper stands clear of the clouds") }
    }
}
