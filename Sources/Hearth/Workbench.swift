import Foundation
import HearthCompose
import HearthFrame
import HearthLayout
import HearthModel
import HearthRender
import HearthSketch

/// Hearth as a library: case file in, documents out. Holds the fonts, measurer and renderer for one thread, so a
/// batch reuses them; make one per thread.
public final class Workbench {
    public let resources: Resources
    let fonts: FontLibrary
    let measurer: PangoTextMeasurer
    let renderer: Renderer
    /// Pictures and fixed words, read on first use: a batch renders many cases with the same ones.
    var loadedPictures: [String: AssetPicture]?
    private var catalogues: [String: StringsCatalogue] = [:]

    /// - Parameter alongsideOthers: whether other workbenches render on the other cores at the same time (a
    ///   batch), so this one keeps its work on its own thread.
    public init(resources: Resources, alongsideOthers: Bool = false) throws(HearthError) {
        self.resources = resources
        do {
            fonts = try FontLibrary(directory: resources.fonts)
        } catch {
            throw .render(error)
        }
        measurer = PangoTextMeasurer(fonts: fonts)
        renderer = Renderer(fonts: fonts, compressesInBackground: !alongsideOthers)
    }

    /// A document laid out and ready to encode, with the name its files take.
    public struct Document {
        public var name: String
        public var frames: FrameDocument
        /// How to print it, when that is not obvious (an imposed booklet), for the person at the printer.
        public var printing: String?
        /// What the person rendering should know, such as the words a draft still lacks.
        public var warnings: [String]
        /// The fixed words the document prints that no qualified translator has checked (strings-file keys), for
        /// `hearth check` to list; never printed on the document.
        public var unchecked: UncheckedWords?

        public init(name: String, frames: FrameDocument, printing: String? = nil, warnings: [String] = [], unchecked: UncheckedWords? = nil) {
            self.name = name
            self.frames = frames
            self.printing = printing
            self.warnings = warnings
            self.unchecked = unchecked
        }
    }

    /// The sheets of an A5 booklet only come out in order one way.
    public static let bookletPrinting =
        "to make the booklet, print on both sides of A4 paper, flipping on the short edge, then fold the sheets in half together"


    /// The files a case reads (itself and the children's drawings): output must never overwrite them.
    public func inputs(of caseFile: CaseFile, at url: URL) -> [URL] {
        let folder = url.deletingLastPathComponent()
        return [url] + caseFile.drawingRefs.map { URL(fileURLWithPath: $0.path, relativeTo: folder) }
    }

    /// Reads and validates a case file; nothing is rendered when it has any problem.
    public func load(_ url: URL) throws(HearthError) -> CaseFile {
        do { return try CaseFileLoader.load(contentsOf: url) } catch { throw .caseFile(error) }
    }

    /// Every document the case asks for, laid out. `paper` overrides the case's choice. A child-facing document
    /// prints only words agreed for the child, unless `draft` asks for the professional wording to stand in on
    /// pages stamped DRAFT; it never prints anything the case marks private.
    public func documents(for caseFile: CaseFile, at url: URL, paper: Paper? = nil, draft: Bool = false)
        throws(HearthError) -> [Document]
    {
        let strings = try catalogue(for: caseFile).recordingUse()
        let composer = ThreeHousesComposer(strings: strings)
        let languageNotes = caseFile.output.notes.map(\.description)
        let stem = url.deletingPathExtension().lastPathComponent
        let page = PageSpec(paper: paper ?? caseFile.output.paper ?? .a4Landscape)
        var out: [Document] = []
        for kind in caseFile.output.documents {
            switch kind {
            case .safetyScale, .safetyHouse, .fairyWizard, .safetyCircles:
                out += try safetyTools(kind, caseFile, at: url, page: page)
            case .wordsAndPictures:
                let storyPaper = paper ?? caseFile.output.paper ?? .a4Landscape
                for (reader, suffix) in Self.readers(of: caseFile) {
                    let story = try story(reader, file: url.lastPathComponent, paper: storyPaper, draft: draft, strings: strings)
                    out.append(Document(
                        name: "\(stem)-story" + suffix + (story.missing.isEmpty ? "" : "-draft"), frames: story.frames,
                        printing: storyPaper == .a5Booklet ? Self.bookletPrinting : nil,
                        warnings: languageNotes + story.notes.map(\.description) + Self.draftWarnings(story.missing),
                        unchecked: UncheckedWords(strings)))
                }
            case .safetyPlan:
                out.append(try familyPlan(caseFile, at: url, paper: paper))
            case .mySafetyPlan:
                out += try safetyCards(caseFile, at: url, paper: paper)
            case .threeHouses:
                if caseFile.threeHouses.isEmpty {
                    // At the line that asks; with no documents listed (a worksheet is the default), at the top.
                    if let asked = caseFile.texts.first(where: {
                        $0.keyPath.hasPrefix("output.documents") && $0.text == DocumentKind.threeHouses.rawValue
                    }), let at = asked.location {
                        throw .compose(.noDocuments(
                            "\(at): \(asked.keyPath): output.documents asks for three-houses, but the case has no three_houses "
                                + "interview\n  fix: add a three_houses entry (see 'hearth new'), or remove three-houses from output.documents"))
                    }
                    let at = caseFile.top.map { "\($0): " } ?? "\(url.path): "
                    throw .compose(.noDocuments(
                        at + "output.documents: the case asks for three-houses (the default when no documents are listed), "
                            + "but it has no three_houses interview\n"
                            + "  fix: add a three_houses entry, or list the documents to make under output.documents, "
                            + "e.g. [words-and-pictures]"))
                }
                let many = caseFile.threeHouses.count > 1
                for (i, interview) in caseFile.threeHouses.enumerated() {
                    let sheet: ThreeHousesSheet
                    do {
                        sheet = try composer.sheet(
                            for: interview, in: caseFile, caseFolder: url.deletingLastPathComponent(), file: url.lastPathComponent)
                    } catch { throw .compose(error) }
                    let privateValues = ChildFacingCheck(caseFile: caseFile).privateValues(in: sheet)
                    if !privateValues.isEmpty { throw .caseFile(CaseFileError(diagnostics: privateValues)) }
                    let frames: FrameDocument
                    do { frames = try layOut(sheet, page: page) } catch {
                        if case .layout(let problem) = error { throw .layout(problem, in: caseFile) }
                        throw error
                    }
                    try PrivateFrameCheck(caseFile: caseFile).check(frames)
                    let suffix = many ? "-\(interview.child)" + (caseFile.threeHouses.filter { $0.child == interview.child }.count > 1 ? "-\(i + 1)" : "") : ""
                    out.append(Document(
                        name: "\(stem)-three-houses\(suffix)", frames: frames, warnings: languageNotes,
                        unchecked: UncheckedWords(strings)))
                }
            }
        }
        return out
    }

    /// The Words and Pictures booklet of a case, laid out (and imposed for an A5 booklet), with the statements a
    /// draft prints in their professional wording (always empty unless `draft`).
    func story(_ caseFile: CaseFile, file: String, paper: Paper, draft: Bool, strings given: StringsCatalogue? = nil)
        throws(HearthError) -> (frames: FrameDocument, missing: [Diagnostic], notes: [Diagnostic])
    {
        let strings: StringsCatalogue
        if let given { strings = given } else { strings = try catalogue(for: caseFile) }
        var booklet: Booklet
        do { booklet = try WordsAndPicturesComposer(strings: strings).booklet(for: caseFile, file: file) } catch {
            throw .compose(error)
        }
        let check = ChildFacingCheck(caseFile: caseFile)
        let missing = check.missingChildWording(in: booklet)
        let problems = check.privateValues(in: booklet) + (draft ? [] : missing)
        if !problems.isEmpty { throw .caseFile(CaseFileError(diagnostics: problems)) }
        if !missing.isEmpty {
            do {
                let stamp = DraftStamp(word: try strings.text("wp.draft_mark"), note: try strings.text("wp.draft_note"))
                booklet = booklet.markedAsDraft(stamp, title: try strings.text("wp.draft_title", ["title": booklet.title]))
            } catch { throw .compose(error) }
        }
        let assets = try pictures()
        let layout = BookletLayout(measurer: measurer, assets: assets, page: PageSpec(paper: paper))
        var frames: FrameDocument
        do { frames = try layout.layout(booklet, imposeAsBooklet: false) } catch { throw .layout(error, in: caseFile) }
        // The budget counts the pages the child turns, words that carry on to another page included: when those
        // take the story over, it shares more of its pages and is laid out once more.
        // The page the family signs is not part of the story, and is never shared.
        let budget = PageBudget(caseFile: caseFile)
        let signing = booklet.pages.count - PageBudget.counted(booklet.pages)
        let carriedOn = frames.pages.count - booklet.pages.count
        if frames.pages.count - signing > budget.pages, carriedOn > 0 {
            var tighter = booklet
            tighter.pages = budget.fit(booklet.pages, target: budget.pages - carriedOn)
            if tighter.pages.count < booklet.pages.count {
                booklet = tighter
                do { frames = try layout.layout(booklet, imposeAsBooklet: false) } catch { throw .layout(error, in: caseFile) }
            }
        }
        let notes = budget.notes(
            for: booklet.pages, printed: frames.pages.count - signing,
            location: caseFile.story.location ?? caseFile.top)
        // An A5 booklet is imposed once laid out, its outline following the story (see BookletOutline).
        if paper == .a5Booklet { frames = frames.imposedAsBooklet() }
        try PrivateFrameCheck(caseFile: caseFile).check(frames)
        return (frames, missing, notes)
    }

    /// The case as each story's reader gets it: one story for all the story children, or with `story.per_child`,
    /// one each, in the child's own age band, named after the child ("-story-oakley").
    static func readers(of caseFile: CaseFile) -> [(CaseFile, String)] {
        let children = caseFile.storyChildren
        guard caseFile.story.perChild, children.count > 1 else { return [(caseFile, "")] }
        return children.map { child in
            var reader = caseFile
            reader.story.children = [child.id]
            reader.story.title = nil
            if let age = child.age { reader.output.ageBand = AgeBand(age: age) }
            return (reader, "-\(child.id)")
        }
    }

    /// What a draft tells the person rendering it: each statement still without words for the child.
    static func draftWarnings(_ missing: [Diagnostic]) -> [String] {
        guard !missing.isEmpty else { return [] }
        let n = missing.count
        return missing.map { d in
            var d = d
            d.message = "no words are agreed for the child here, so this draft prints the professional wording, stamped DRAFT"
            d.fix = "agree the words with the family and write them as 'child: …' under this line"
            return d.description
        } + [
            "this is a draft: \(n == 1 ? "1 statement has" : "\(n) statements have") no words agreed for the child, so "
                + "\(n == 1 ? "its page prints" : "their pages print") the professional wording and \(n == 1 ? "is" : "are") marked DRAFT; "
                + "do not give it to the child"
        ]
    }

    /// A blank Three Houses worksheet, optionally headed with a child's name, optionally with the houses' names
    /// left for the child to write.
    public func blankThreeHouses(
        childName: String?, paper: Paper, childNamesHouses: Bool = false, language: String = "en-GB",
        style: ThreeHousesBlankStyle = ThreeHousesBlankStyle()
    ) throws(HearthError) -> FrameDocument {
        let composer = ThreeHousesComposer(strings: try catalogue(Self.language(language).code))
        let sheet: ThreeHousesSheet
        do {
            sheet = try composer.blankSheet(childName: childName, childNamesHouses: childNamesHouses, style: style)
        } catch { throw .compose(error) }
        return try layOut(sheet, page: PageSpec(paper: paper))
    }

    func layOut(_ sheet: ThreeHousesSheet, page: PageSpec) throws(HearthError) -> FrameDocument {
        var bitmaps: [String: Bitmap] = [:]
        for house in sheet.houses {
            guard let source = house.drawing, bitmaps[source.path] == nil else { continue }
            do {
                bitmaps[source.path] = try BitmapDecoder.decode(path: source.path)
            } catch {
                throw .output("\(source.origin): the drawing \(error)\n  fix: \(error.fix ?? "use a PNG or JPEG file")")
            }
        }
        do {
            return try ThreeHousesLayout(measurer: measurer, page: page).layout(sheet, drawings: bitmaps)
        } catch { throw .layout(error) }
    }

    /// The language whose fixed words print for a code given outside a case file (`hearth blank --language`), with
    /// a note when part of the code was dropped (`pt-BR`); an error listing the languages when there are none.
    public static func language(_ code: String) throws(HearthError) -> (code: String, note: String?) {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        switch Languages.match(trimmed) {
        case .language(let language, let note): return (language.code, note)
        case .otherScript(let language, let asked):
            throw .output(
                "Hearth's \(language.englishName) words are not written in the script '\(asked)'\n  fix: use '\(language.code)', "
                    + "or one of \(Languages.list)")
        case .unknown:
            throw .output("Hearth has no words in '\(trimmed)' yet\n  fix: use one of \(Languages.list)")
        }
    }

    /// The fixed words of a case's documents: its language's, with the case's own words (`output.strings`) in place.
    func catalogue(for caseFile: CaseFile) throws(HearthError) -> StringsCatalogue {
        let (strings, problems) = try catalogue(caseFile.output.language).overriding(caseFile.output.strings)
        if !problems.isEmpty { throw .caseFile(CaseFileError(diagnostics: problems)) }
        return strings
    }

    /// Hearth's fixed words in English, by name (every language has the same names), for choosing one to change.
    public func fixedWords() throws(HearthError) -> [String: String] {
        try catalogue("en-GB").entries.mapValues(\.text)
    }

    func catalogue(_ language: String) throws(HearthError) -> StringsCatalogue {
        if let known = catalogues[language] { return known }
        do {
            let loaded = try StringsCatalogue.load(language: language, from: resources.strings)
            catalogues[language] = loaded
            return loaded
        } catch {
            throw .compose(error)
        }
    }

    /// The files for a document in a format: one PDF, or one PNG or SVG per page (`firstPageOnly` for previews).
    public func encode(_ document: Document, as format: OutputFormat, dpi: Double = 96, firstPageOnly: Bool = false)
        throws(HearthError) -> [OutputFile]
    {
        let pages = document.frames.pages
        do {
            switch format {
            case .pdf:
                return [OutputFile(
                    name: "\(document.name).pdf", bytes: try renderer.pdf(document.frames), pageCount: pages.count,
                    printing: document.printing, warnings: document.warnings)]
            case .png, .svg:
                let chosen = firstPageOnly ? Array(pages.prefix(1)) : pages
                return try chosen.enumerated().map { i, frame throws(RenderError) in
                    let bytes = format == .png ? try renderer.png(frame, dpi: dpi) : try renderer.svg(frame)
                    let name = pages.count == 1 ? document.name : "\(document.name)-p\(i + 1)"
                    return OutputFile(
                        name: "\(name).\(format.fileExtension)", bytes: bytes, pageCount: pages.count,
                        page: pages.count == 1 ? nil : i + 1, warnings: i == 0 ? document.warnings : [])
                }
            }
        } catch {
            throw .render(error)
        }
    }
}
