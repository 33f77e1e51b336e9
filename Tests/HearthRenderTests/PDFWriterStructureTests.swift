import Foundation
import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthRender

/// Tagged structure is how a screen reader or a reflowing viewer follows a child's story: headings, paragraphs,
/// lists and figures with their alternative text, each tied back to the marked content it owns on its page.
struct PDFWriterStructureTests {
    typealias Sample = PDFWriterSample

    /// Every structure element: its object ("12 0 R") and dictionary.
    func elements(_ objects: [String: Any]) -> [(ref: String, dict: [String: Any])] {
        objects.compactMap { key, value in
            guard let dict = value as? [String: Any], dict["/Type"] as? String == "/StructElem" else { return nil }
            return (key, dict)
        }
    }

    func types(_ objects: [String: Any]) -> [String] {
        elements(objects).compactMap { $0.dict["/S"] as? String }
    }

    @Test(.needsPoppler, .needsQPDF) func theDocumentIsTaggedWithAStructureTreeRoot() throws {
        let pdf = try Sample.pdf(Sample.everything())
        #expect(try Poppler.info(pdf)["Tagged"] == "yes")
        let objects = try Sample.objects(pdf)
        let catalog = try #require(Sample.dictionaries(objects, where: "/Type", is: "/Catalog").first)
        let rootRef = try #require(catalog["/StructTreeRoot"] as? String)
        let root = try #require(objects[rootRef] as? [String: Any])
        #expect(root["/Type"] as? String == "/StructTreeRoot")
        #expect((catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true)
        // The root holds one /Document element, which holds the page's top-level groups.
        let documentRef = try #require(root["/K"] as? String)
        let document = try #require(objects[documentRef] as? [String: Any])
        #expect(document["/S"] as? String == "/Document")
        #expect((document["/K"] as? [Any])?.count == 6)
    }

    @Test(.needsQPDF) func aFigureKeepsItsAlternativeText() throws {
        let objects = try Sample.objects(try Sample.pdf(Sample.everything()))
        let figures = elements(objects).filter { $0.dict["/S"] as? String == "/Figure" }
        #expect(figures.count == 1)
        #expect(figures.first?.dict["/Alt"] as? String == "Mia holding her dog Biscuit")
    }

    @Test(.needsQPDF) func alternativeTextBeyondASCIIReadsBackTheSame() throws {
        let alt = "Mia’s dog — Biscuit, ایک کتا"
        let page = Frame(size: Sample.size, items: [
            .group(.figure(alt: alt), [.symbol(Sample.dog, Placement(offset: Point(10, 10)))]),
        ])
        let objects = try Sample.objects(try Sample.pdf(Sample.document([page])))
        let figure = try #require(elements(objects).first { $0.dict["/S"] as? String == "/Figure" })
        // qpdf gives text strings back as UTF-8 in its JSON, whether written as PDFDocEncoding or UTF-16.
        #expect(figure.dict["/Alt"] as? String == alt)
    }

    /// Levels are clamped to 1…6, and a heading never skips a level after the one before (PDF/UA: no H1 then H3).
    @Test(.needsQPDF) func headingGroupsBecomeHeadingsOfTheirLevelClampedToOneThroughSix() throws {
        let types = types(try Sample.objects(try Sample.pdf(Sample.everything())))
        #expect(types.filter { $0 == "/H1" }.count == 1)
        #expect(types.filter { $0 == "/H2" }.count == 1)
        for tag in ["/P", "/L", "/LI", "/Sect", "/Document"] {
            #expect(types.contains(tag), "no \(tag) in \(types)")
        }
        let levels = Frame(size: Sample.size, items: [
            .group(.heading(level: 0), [Sample.line("Too high", at: Point(10, 10))]),
            .group(.heading(level: 9), [Sample.line("Too low", at: Point(10, 60))]),
        ])
        let clamped = self.types(try Sample.objects(try Sample.pdf(Sample.document([levels]))))
        #expect(clamped.sorted() == ["/Document", "/H1", "/H2"])
        let gap = Frame(size: Sample.size, items: [
            .group(.heading(level: 2), [Sample.line("First", at: Point(10, 10))]),
            .group(.heading(level: 3), [Sample.line("Second", at: Point(10, 60))]),
            .group(.heading(level: 5), [Sample.line("Third", at: Point(10, 110))]),
            .group(.heading(level: 1), [Sample.line("Fourth", at: Point(10, 160))]),
        ])
        let levels2 = self.types(try Sample.objects(try Sample.pdf(Sample.document([gap]))))
        #expect(levels2.sorted() == ["/Document", "/H1", "/H1", "/H2", "/H3"])
    }

    @Test(.needsPoppler) func aScreenReaderFindsEachHeadingsWordsInsideIt() throws {
        let tree = try Poppler.run("pdfinfo", ["-struct-text", "PDF"], pdf: try Sample.pdf(Sample.everything()))
        let lines = tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let h1 = try #require(lines.firstIndex { $0.hasPrefix("H1") })
        #expect(lines[h1 + 1] == "\"Mia and her dog\"")
        let li = try #require(lines.firstIndex { $0.hasPrefix("LI") })
        // A list item holds its words in LBody (and a bullet drawn before them, when it has one, in Lbl).
        #expect(lines[li + 1].hasPrefix("LBody"))
        #expect(lines[li + 2] == "\"Biscuit is safe\"")
        let h2 = try #require(lines.firstIndex { $0.hasPrefix("H2") })
        #expect(lines[h2 + 1] == "\"Keeping safe\"")
        #expect(h1 < li && li < h2, "reading order follows the pages")
    }

    /// The parent tree leads from each page's marked content back to the element that owns it: entry `k` of a
    /// page's array is the element whose kids include marked-content id `k` on that page.
    @Test(.needsQPDF) func everyMarkedContentIdLeadsBackToItsElement() throws {
        let objects = try Sample.objects(try Sample.pdf(Sample.everything()))
        let root = try #require(Sample.dictionaries(objects, where: "/Type", is: "/StructTreeRoot").first)
        let treeRef = try #require(root["/ParentTree"] as? String)
        let tree = try #require(objects[treeRef] as? [String: Any])
        let nums = try #require(tree["/Nums"] as? [Any])
        var arrays: [Int: [String]] = [:]
        for i in stride(from: 0, to: nums.count - 1, by: 2) {
            // Each value is a reference to the page's array of owners.
            let arrayRef = try #require(nums[i + 1] as? String)
            arrays[try #require(nums[i] as? Int)] = try #require(objects[arrayRef] as? [String])
        }
        let pages = objects.compactMap { key, value -> (String, Int)? in
            guard let d = value as? [String: Any], d["/Type"] as? String == "/Page" else { return nil }
            return (key, d["/StructParents"] as? Int ?? -1)
        }
        #expect(pages.count == 3)
        #expect(Set(pages.map(\.1)) == Set(arrays.keys), "each page has its own parent tree key")
        var marks = 0
        for (ref, element) in elements(objects) {
            guard let page = element["/Pg"] as? String, let key = pages.first(where: { $0.0 == page })?.1 else { continue }
            for case let id as Int in element["/K"] as? [Any] ?? [] {
                marks += 1
                #expect(arrays[key]?.indices.contains(id) == true && arrays[key]?[id] == ref, "MCID \(id) on \(page)")
            }
        }
        #expect(marks == arrays.values.map(\.count).reduce(0, +))
        #expect(marks == 6)
    }

    @Test(.needsQPDF) func contentOutsideAnyGroupIsAnArtifactAndMarksAreBalanced() throws {
        let content = try Sample.contentStreams(try Sample.pdf(Sample.everything())).joined(separator: "\n")
        func count(_ op: String) -> Int { content.components(separatedBy: op).count - 1 }
        // The page's background and the untagged image and drawing on page 2.
        #expect(count("/Artifact BMC") == 2)
        #expect(count(" BDC") == 7, "six tagged stretches and one ActualText span")
        #expect(count("BMC") + count(" BDC") == count("EMC"))
    }

    /// The A5 booklet wraps every page's items in `.clipped` (BookletImposition.impose); the headings, paragraphs
    /// and figures inside must still be tagged.
    @Test(.needsQPDF) func aFigureInsideAClippedAreaKeepsItsTagAndAlternativeText() throws {
        let page = Frame(size: Sample.size, items: [
            .clipped(.rect(Rect(x: 0, y: 0, width: 200, height: 300)), [
                .group(.heading(level: 1), [Sample.line("Mia and her dog", at: Point(20, 20))]),
                .group(.figure(alt: "Biscuit the dog"), [.symbol(Sample.dog, Placement(offset: Point(20, 80)))]),
            ]),
        ])
        let pdf = try Sample.pdf(Sample.document([page]))
        _ = try Poppler.run("/usr/bin/qpdf", ["--check", "PDF"], pdf: pdf)
        let objects = try Sample.objects(pdf)
        let figure = elements(objects).first { $0.dict["/S"] as? String == "/Figure" }
        #expect(figure?.dict["/Alt"] as? String == "Biscuit the dog")
        #expect(types(objects).contains("/H1"))
    }
}

/// A bulleted list item, as the Three Houses draw them: the bullet is the item's Lbl, the words its LBody.
struct PDFWriterListItemTests {
    typealias Sample = PDFWriterSample

    @Test(.needsPoppler) func aBulletIsTheLabelAndTheWordsTheBody() throws {
        let bullet = FrameItem.shape(Shape(path: .rect(Rect(x: 10, y: 14, width: 4, height: 4)), fill: .black))
        let page = Frame(size: Sample.size, items: [
            .group(.list, [.group(.listItem, [bullet, Sample.line("Biscuit my dog", at: Point(20, 10))])]),
        ])
        let tree = try Poppler.run("pdfinfo", ["-struct-text", "PDF"], pdf: try Sample.pdf(Sample.document([page])))
        let lines = tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let li = try #require(lines.firstIndex { $0.hasPrefix("LI") })
        #expect(lines[li + 1].hasPrefix("Lbl"), "\(lines)")
        let body = try #require(lines.firstIndex { $0.hasPrefix("LBody") })
        #expect(body > li + 1)
        #expect(lines[body + 1] == "\"Biscuit my dog\"")
    }
}

/// Heading levels are made gap-free in reading order, not drawing order: an imposed booklet draws its last page
/// (a section heading) before its cover (the title), and the title must stay H1.
struct PDFWriterHeadingOrderTests {
    typealias Sample = PDFWriterSample

    @Test(.needsPoppler) func levelsFollowReadingOrderOnAnImposedSheet() throws {
        let sheet = Frame(size: Sample.size, items: [
            .group(.page(number: 4), [.group(.heading(level: 2), [Sample.line("Next time", at: Point(10, 10))])]),
            .group(.page(number: 1), [.group(.heading(level: 1), [Sample.line("Mia's story", at: Point(210, 10))])]),
        ])
        let tree = try Poppler.run("pdfinfo", ["-struct-text", "PDF"], pdf: try Sample.pdf(Sample.document([sheet])))
        let lines = tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let h1 = try #require(lines.firstIndex { $0.hasPrefix("H1") }, "\(lines)")
        #expect(lines[h1 + 1] == "\"Mia's story\"")
        let h2 = try #require(lines.firstIndex { $0.hasPrefix("H2") }, "\(lines)")
        #expect(lines[h2 + 1] == "\"Next time\"")
        #expect(h1 < h2)
    }
}
