import Foundation
import HearthCompose
import HearthFrame
import HearthLayout
import HearthModel

/// `hearth pack`: one PDF for a workshop — a contents page, every blank tool, the picture catalogue and the worked
/// examples given, each a section of the outline.
extension Workbench {
    /// One section of a pack: its title in the contents and the outline, and its pages.
    public struct PackSection {
        public var title: String
        public var pages: FrameDocument

        public init(title: String, pages: FrameDocument) {
            self.title = title
            self.pages = pages
        }
    }

    /// The blank tools and the catalogue, in the order a workshop meets them.
    public func blankSections(paper: Paper, language: String) throws(HearthError) -> [PackSection] {
        let strings = try catalogue(language)
        var sections = [
            PackSection(title: try packTitle(strings, "pack.blank_three_houses"), pages: try blankThreeHouses(childName: nil, paper: paper, language: language)),
            PackSection(
                title: try packTitle(strings, "pack.blank_three_houses_child_names"),
                pages: try blankThreeHouses(childName: nil, paper: paper, childNamesHouses: true, language: language)),
        ]
        // The other tools, each under the title its own blank sheet carries.
        var tools: [FrameDocument] = []
        for kind in [DocumentKind.safetyScale, .safetyHouse, .fairyWizard, .safetyCircles] {
            tools.append(try blankSafetyTool(kind, childName: nil, paper: paper, helper: nil, language: language))
        }
        tools.append(try blankFamilyPlan(paper: .a4Portrait, language: language))
        tools.append(try blankSafetyCard(paper: nil, wallet: false, language: language))
        for tool in tools { sections.append(PackSection(title: tool.metadata.title, pages: tool)) }
        sections.append(PackSection(
            title: try packTitle(strings, "pack.wallet_cards"), pages: try blankSafetyCard(paper: nil, wallet: true, language: language)))
        sections.append(PackSection(title: try packTitle(strings, "pack.pictures"), pages: try pictureCatalogue(paper: paper)))
        return sections
    }

    /// Every document a case asks for, each its own section titled by the case and the document.
    public func caseSections(_ caseFile: CaseFile, at url: URL, paper: Paper?) throws(HearthError) -> [PackSection] {
        try documents(for: caseFile, at: url, paper: paper).map { document in
            PackSection(title: document.frames.metadata.title, pages: document.frames)
        }
    }

    /// The pack: a contents page, then each section; the outline lists the contents and every section.
    public func pack(_ sections: [PackSection], paper: Paper, language: String) throws(HearthError) -> FrameDocument {
        let strings = try catalogue(language)
        var entries: [ContentsLayout.Entry] = []
        var next = 2
        for section in sections {
            entries.append(ContentsLayout.Entry(title: section.title, page: next))
            next += section.pages.pages.count
        }
        let contentsTitle = try packTitle(strings, "pack.title")
        let intro = try packTitle(strings, "pack.intro")
        let contents: Frame
        do {
            contents = try ContentsLayout(measurer: measurer, page: PageSpec(paper: paper == .a3 ? .a3 : .a4Portrait))
                .layout(title: contentsTitle, intro: intro, entries: entries)
        } catch { throw .layout(error) }
        var outline = [OutlineEntry(title: contentsTitle, page: 0)]
        var pages = [contents]
        for (section, entry) in zip(sections, entries) {
            outline.append(OutlineEntry(title: section.title, page: entry.page - 1))
            pages += section.pages.pages
        }
        let metadata = DocumentMetadata(
            title: contentsTitle, author: nil, subject: try packTitle(strings, "pack.subject"), keywords: "Hearth, workshop, Signs of Safety",
            creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z", language: language)
        return FrameDocument(pages: pages, metadata: metadata, outline: outline)
    }

    func packTitle(_ strings: StringsCatalogue, _ key: String) throws(HearthError) -> String {
        do { return try strings.text(key) } catch { throw .compose(error) }
    }
}
