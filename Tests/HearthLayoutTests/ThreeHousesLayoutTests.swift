import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthTestSupport
import Testing

@testable import HearthLayout

/// The worksheet's layout, measured with the fixed-advance fake so it needs no fonts and its numbers are exact.
struct ThreeHousesLayoutTests {
    static let strings: StringsCatalogue = {
        let folder = Repository.url("Assets/strings")
        // A broken catalogue fails every test below with a clear message.
        return (try? StringsCatalogue.load(language: "en-GB", from: folder)) ?? StringsCatalogue(language: "?", entries: [:])
    }()

    func sheet(worries: [String], good: [String] = ["Biscuit my dog."], dreams: [String] = ["I want to be a vet."])
        throws -> ThreeHousesSheet
    {
        let caseFile = CaseFile(
            author: "Sam", children: [Child(id: "mia", name: "Mia Thompson", age: 7)],
            threeHouses: [ThreeHousesInterview(
                child: "mia", date: CalendarDate(iso: "2026-03-12"), recordedBy: "Sam (social worker)",
                questions: ["What are you worried about?"], worries: worries, goodThings: good, dreams: dreams)])
        return try ThreeHousesComposer(strings: Self.strings).sheet(
            for: caseFile.threeHouses[0], in: caseFile, caseFolder: URL(fileURLWithPath: "/tmp"), file: "mia.yaml")
    }

    func layout(_ paper: Paper = .a4Landscape) -> ThreeHousesLayout {
        ThreeHousesLayout(measurer: FixedAdvanceMeasurer(), page: PageSpec(paper: paper))
    }

    func sections(_ frame: Frame) -> [[FrameItem]] {
        frame.items.compactMap { if case .group(.section, let items) = $0 { items } else { nil } }
    }

    @Test func aShortSheetIsOnePageWithThreeHousesInOrder() throws {
        let doc = try layout().layout(try sheet(worries: ["When Mummy and Daddy shout I hide under my bed."]), drawings: [:])
        #expect(doc.pages.count == 1)
        #expect(doc.metadata.title == "Mia’s Three Houses")
        #expect(doc.metadata.creationDate == "2026-03-12T00:00:00Z")
        let houses = sections(doc.pages[0])
        #expect(houses.count == 3)
        let labels = houses.map { items in
            items.compactMap { item -> String? in
                guard case .group(.heading(level: 2), let lines) = item else { return nil }
                return lines.compactMap { if case .text(let t) = $0 { t.text } else { nil } }.joined(separator: " ")
            }.joined()
        }
        #expect(labels == ["House of Worries", "House of Good Things", "House of Dreams"])
        let lines = doc.pages[0].textLines.map(\.text)
        #expect(lines.contains("Mia’s Three Houses"))
        #expect(lines.contains("Age 7  ·  12 March 2026"))
    }

    @Test func noTwoLinesOfTextOverlapAndAllStayOnThePage() throws {
        for paper in Paper.allCases {
            let words = (0..<5).map { "Sentence number \($0) about something that worries me at home" }
            let doc = try layout(paper).layout(try sheet(worries: words, good: words, dreams: words), drawings: [:])
            for page in doc.pages {
                let lines = page.textLines
                let sheetBox = Rect(x: 0, y: 0, width: page.size.width, height: page.size.height).inset(by: 20)
                #expect(lines.allSatisfy { sheetBox.contains($0.bounds) })
                for i in lines.indices {
                    for j in lines.indices where j > i {
                        #expect(!lines[i].bounds.inset(by: 0.01).intersects(lines[j].bounds.inset(by: 0.01)),
                                "\(lines[i].text) overlaps \(lines[j].text) on \(paper)")
                    }
                }
            }
        }
    }

    @Test func wordsThatDoNotFitGoToANamedFollowUpPage() throws {
        let many = (1...30).map { "Worry number \($0) is a long sentence that takes up a lot of room in the house" }
        let doc = try layout().layout(try sheet(worries: many), drawings: [:])
        #expect(doc.pages.count >= 2)
        #expect(doc.pages[1].bookmark == "More from Mia’s House of Worries")
        #expect(doc.pages[0].textLines.contains { $0.text == "Page 1 of \(doc.pages.count)" })
        // Every worry appears exactly once across the pages, in order.
        let all = doc.pages.flatMap(\.textLines).map(\.text).joined(separator: " ")
        var cursor = all.startIndex
        for w in many {
            let found = all.range(of: w, range: cursor..<all.endIndex)
            #expect(found != nil, "missing \(w)")
            if let found { cursor = found.upperBound }
        }
    }

    /// By default a blank sheet is three houses of open space to draw in: no writing lines, no printed question to
    /// steer the child. Lines and the questions (at the foot, for the worker) are asked for; the houses stand in the
    /// order the child chooses.
    @Test func aBlankSheetIsOpenSpaceUnlessLinesOrQuestionsAreAskedFor() throws {
        let composer = ThreeHousesComposer(strings: Self.strings)
        let open = try layout().layout(try composer.blankSheet(childName: nil), drawings: [:])
        #expect(open.pages.count == 1)
        let texts = open.pages[0].textLines.map(\.text)
        #expect(texts.contains("My Three Houses"))
        #expect(texts.contains("Name") && texts.contains("Age") && texts.contains("Date"))
        #expect(!texts.contains { $0.contains("?") }, "no question printed: \(texts)")
        let withLines = try layout().layout(
            try composer.blankSheet(childName: nil, style: ThreeHousesBlankStyle(lines: true)), drawings: [:])
        // Nine or more writing lines in each house: far more ink than the open houses.
        #expect(withLines.pages[0].leaves.count >= open.pages[0].leaves.count + 27)
        #expect(!withLines.pages[0].textLines.contains { $0.text.contains("?") })
        let asked = try layout().layout(
            try composer.blankSheet(
                childName: nil, style: ThreeHousesBlankStyle(questions: true, order: [.goodThings, .worries, .dreams])),
            drawings: [:])
        let lines = asked.pages[0].textLines
        let foot = lines.filter { $0.text.contains("?") }
        #expect(!foot.isEmpty && foot.allSatisfy { $0.origin.y > 500 }, "the questions at the foot: \(foot.map(\.text))")
        #expect(foot.map(\.text).joined(separator: " ").hasPrefix("Questions you might ask: What is good in your life?"))
        // Good Things stands at the left, then Worries.
        let good = try #require(lines.first { $0.text.contains("Good") })
        let worries = try #require(lines.first { $0.text.contains("Worries") })
        #expect(good.origin.x < worries.origin.x)
    }

    @Test func anOrderNamesEachHouseOnce() {
        #expect((try? ThreeHousesBlankStyle.order("good, worries, dreams").get()) == [.goodThings, .worries, .dreams])
        #expect(throws: ThreeHousesBlankStyle.OrderProblem.missing([.dreams])) { try ThreeHousesBlankStyle.order("good,worries").get() }
        #expect(throws: ThreeHousesBlankStyle.OrderProblem.repeated("good")) { try ThreeHousesBlankStyle.order("good,good,dreams").get() }
        #expect(throws: ThreeHousesBlankStyle.OrderProblem.unknown("fears")) { try ThreeHousesBlankStyle.order("fears,good,dreams").get() }
    }

    @Test func housesTheChildNamesHaveEmptySignsAndNoPrintedNames() throws {
        let blank = try ThreeHousesComposer(strings: Self.strings).blankSheet(childName: "Mia", childNamesHouses: true)
        let doc = try layout().layout(blank, drawings: [:])
        let texts = doc.pages[0].textLines.map(\.text)
        #expect(!texts.contains { $0.contains("House") && $0 != "Mia’s Three Houses" })
        let signs = doc.pages[0].items.flatMap { item -> [FrameItem] in
            guard case .group(.section, let parts) = item else { return [] }
            return parts.filter { if case .group(.figure(alt: "an empty sign for the house's name"), _) = $0 { true } else { false } }
        }
        #expect(signs.count == 3)
    }

    @Test func aMissingGlyphNamesTheSentenceAndWhereItIs() throws {
        let measurer = FixedAdvanceMeasurer(missing: ["★"])
        let l = ThreeHousesLayout(measurer: measurer, page: PageSpec(paper: .a4Landscape))
        #expect(throws: LayoutError.missingGlyphs(
            text: "I got a ★ at school", characters: ["★"], origin: "mia.yaml: three_houses[0].worries[0]")
        ) {
            _ = try l.layout(try sheet(worries: ["I got a ★ at school"]), drawings: [:])
        }
    }

    @Test func frameDumpOfASmallSheet() throws {
        let doc = try layout().layout(try sheet(worries: ["I worry when Dad shouts.", "No milk for cereal."]), drawings: [:])
        expectSnapshot(doc.pages[0].dump(), named: "three-houses-small")
    }
}
