import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Places a Words and Pictures story on paper: one page per idea, a picture and a few sentences set as large as
/// the reader's age band allows; words that do not fit carry on to a page of their own rather than shrinking
/// below the band. An A5 booklet is imposed on A4 sheets for duplex printing and folding.
public struct BookletLayout {
    public var measurer: any TextMeasurer
    public var assets: [String: AssetPicture]
    public var page: PageSpec

    public init(measurer: any TextMeasurer, assets: [String: AssetPicture], page: PageSpec) {
        self.measurer = measurer
        self.assets = assets
        self.page = page
    }

    var u: Double { page.unit }
    var margin: Double { 34 * u }

    /// Type sizes for the story's sentences by age band, in A4 design units.
    static func sizes(_ band: AgeBand) -> ClosedRange<Double> {
        switch band {
        case .underFive: 22...30
        case .fiveToEight: 18...26
        case .nineToTwelve: 15...21
        case .teen: 13...18
        }
    }

    public func layout(_ booklet: Booklet, imposeAsBooklet: Bool) throws(LayoutError) -> FrameDocument {
        let check = GlyphCheck(measurer: measurer)
        try check.check(booklet.title, origin: "the story's title")
        for p in booklet.pages {
            for s in p.allSentences { try check.check(s.text, language: s.language, origin: s.origin) }
            if let h = p.heading { try check.check(h, origin: "the heading of \(p.section.rawValue)") }
        }
        var scaled = self
        scaled.documentLanguage = booklet.metadata.language
        scaled.words = booklet.pictureWords
        scaled.pictureShare = booklet.ageBand == .teen ? 0.7 : 1
        scaled.adultHeight = SceneScale.adultHeight(
            for: scaled.split(content).picture, scenes: booklet.pages.filter { !$0.isCover && $0.drawingSpace == nil }
                .flatMap { [$0.scene].compactMap { $0 } + $0.panels.compactMap(\.scene) },
            layout: scaled.scenes)
        var frames: [Frame] = []
        var lastSection: BookletSection? = nil
        for story in booklet.pages {
            var pages = try scaled.lay(story, booklet: booklet)
            if let mark = story.draftMark {
                for i in pages.indices { pages[i].items.append(DraftMark(measurer: measurer, page: page).item(mark, onCover: story.isCover)) }
            }
            if story.section != lastSection, !pages.isEmpty {
                pages[0].bookmark = story.heading ?? booklet.title
            }
            lastSection = story.section
            frames += pages
        }
        for i in frames.indices where i > 0 {
            frames[i].items.append(pageNumber(i + 1))
        }
        let meta = booklet.metadata
        return FrameDocument(
            pages: imposeAsBooklet ? BookletImposition.impose(frames, boundOnRight: scaled.readsRightToLeft) : frames,
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, Words and Pictures",
                creationDate: meta.creationDate, language: meta.language))
    }

    // MARK: Page geometry

    var content: Rect {
        Rect(x: margin, y: margin + 24 * u, width: page.size.width - 2 * margin, height: page.size.height - 2 * margin - 24 * u - 16 * u)
    }

    /// One scale for the whole booklet: a grown-up's height on every page, set by a story page's picture slot.
    var adultHeight: Double = 0
    /// How much of a page the picture takes: most of it for a young child, who reads the picture; less in a
    /// teenager's story, which is led by its words.
    var pictureShare: Double = 1
    /// The language of the booklet's own words (its headings, the sentences Hearth writes), see DocumentLanguage.
    var documentLanguage: String?
    /// What a screen reader says for the parts of a picture, in the booklet's language.
    var words: PictureWords = .english

    /// The scene layout for this booklet's pictures: its pen scale and its words for screen readers.
    var scenes: SceneLayout {
        var layout = SceneLayout(measurer: measurer, assets: assets, unit: u)
        layout.words = words
        return layout
    }

    /// Whether the booklet's language reads right to left: its pages mirror (see ``split(_:)``, ``heading(_:)``).
    var readsRightToLeft: Bool { documentLanguage.map(Languages.isRightToLeft) ?? false }

    /// The language to set `text` in: its own when known, else the booklet's where the text is written in it.
    func language(of text: String, given: String? = nil) -> String? {
        DocumentLanguage.of(text, in: documentLanguage, given: given)
    }

    /// Picture and words side by side on landscape paper (the picture where reading starts: at the right on a
    /// right-to-left page), one above the other on portrait.
    func split(_ area: Rect) -> (picture: Rect, words: Rect) {
        if page.isLandscape {
            // A clear gutter, so nothing at the picture's edge reads as part of the words.
            let w = area.width * 0.6 * pictureShare, gutter = 40 * u
            // A teenager's narrower picture is no taller than a little over its width, level with the words: the
            // full height stood a room's back wall empty above people sized to the picture's width.
            let h = min(area.height, w * 1.15), y = area.minY + (area.height - h) / 2
            if readsRightToLeft {
                return (Rect(x: area.maxX - w, y: y, width: w, height: h),
                        Rect(x: area.minX, y: area.minY, width: area.width - w - gutter, height: area.height))
            }
            return (Rect(x: area.minX, y: y, width: w, height: h),
                    Rect(x: area.minX + w + gutter, y: area.minY, width: area.width - w - gutter, height: area.height))
        }
        let h = area.height * 0.52 * pictureShare
        return (Rect(x: area.minX, y: area.minY, width: area.width, height: h),
                Rect(x: area.minX, y: area.minY + h + 16 * u, width: area.width, height: area.height - h - 16 * u))
    }

    func lay(_ story: StoryPage, booklet: Booklet) throws(LayoutError) -> [Frame] {
        if !story.panels.isEmpty { return try layStoryboard(story, booklet: booklet) }
        if !story.signatures.isEmpty { return laySignatures(story, booklet: booklet) }
        var frame = Frame(size: page.size)
        var area = content
        if let heading = story.heading { frame.items.append(self.heading(heading)) }
        if story.isCover {
            let (title, bottom) = try coverTitle(booklet.title)
            frame.items.append(title)
            area = Rect(x: area.minX, y: bottom + 12 * u, width: area.width, height: content.maxY - bottom - 12 * u)
            let byline = story.sentences.first.map { [$0] } ?? []
            let bylineHeight = byline.isEmpty ? 0 : 22 * u
            if let scene = story.scene {
                let box = Rect(x: area.minX, y: area.minY, width: area.width, height: area.height - bylineHeight)
                frame.items.append(.group(.figure(alt: words.cover), try scenes.place(scene, in: box, figureHeight: adultHeight).items))
            }
            if let line = byline.first {
                frame.items.append(centredLine(line.text, y: content.maxY - 14 * u, size: 12 * u))
            }
            return [frame]
        }
        let (pictureBox, wordsBox): (Rect, Rect)
        if story.drawingSpace != nil || story.scene == nil {
            (pictureBox, wordsBox) = (.init(x: 0, y: 0, width: 0, height: 0), area)
        } else {
            (pictureBox, wordsBox) = split(area)
        }
        // A page that leaves room for the child's own drawing has no picture of ours.
        if let scene = story.scene, story.drawingSpace == nil {
            let placed: PlacedScene
            do {
                placed = try scenes.place(scene, in: pictureBox, figureHeight: adultHeight)
            } catch {
                throw error.on(Self.pictureOrigin(of: story))
            }
            // A wide, low scene sits in the middle of its box, level with the words, not on the page's floor.
            var items = placed.items
            var inkBounds = placed.bounds
            if let bounds = placed.bounds, bounds.height < pictureBox.height * 0.9 {
                let dy = pictureBox.midY - bounds.midY
                items = items.map { $0.offset(by: Point(0, dy)) }
                inkBounds = Rect(x: bounds.x, y: bounds.y + dy, width: bounds.width, height: bounds.height)
            }
            if !page.isLandscape, let bounds = inkBounds,
                let stacked = stackedPortrait(story, picture: items, bounds: bounds, area: area, wordsBox: wordsBox, booklet: booklet)
            {
                frame.items += stacked
                return [frame]
            }
            frame.items.append(.group(.figure(alt: alternativeText(story)), items))
        }
        let options = wordsOptions(booklet, centerVertically: story.drawingSpace == nil)
        var blocks = story.sentences.map { TextBlock($0.text, language: language(of: $0.text, given: $0.language), origin: $0.origin) }
        var box = wordsBox
        if let space = story.drawingSpace {
            // The words at the top, then the rest of the page for the child's own drawing.
            let fitted = FitText(measurer: measurer, options: options).fit(blocks, in: Polygon(rectangle: Rect(x: area.minX, y: area.minY, width: area.width, height: area.height * 0.3)))
            frame.items.append(.group(.paragraph, fitted.lines.map { .text($0) }))
            let top = (fitted.bottom ?? area.minY) + 16 * u
            frame.items += drawingSpace(Rect(x: area.minX, y: top, width: area.width, height: area.maxY - top), caption: space)
            return [frame]
        }
        var frames: [Frame] = []
        while true {
            let fitted = FitText(measurer: measurer, options: options).fit(blocks, in: Polygon(rectangle: box))
            frame.items.append(.group(.paragraph, fitted.lines.map { .text($0) }))
            frames.append(frame)
            if fitted.overflow.isEmpty { break }
            if fitted.paragraphs.isEmpty, let stuck = fitted.overflow.first {
                throw .doesNotFit(text: stuck.text, place: "a page of the story", origin: stuck.origin)
            }
            // The rest of the words carry on, on a page of their own under the same heading.
            blocks = fitted.overflow
            frame = Frame(size: page.size)
            if let heading = story.heading { frame.items.append(self.heading(heading)) }
            box = area
        }
        return frames
    }

    /// How a page's words are fitted: at a size in the reader's age band.
    func wordsOptions(_ booklet: Booklet, centerVertically: Bool) -> FitOptions {
        let sizes = Self.sizes(booklet.ageBand)
        return FitOptions(
            sizes: sizes.lowerBound * u...sizes.upperBound * u, style: TextStyle(size: 12), color: Palette.ink,
            lineSpacing: 1.05, paragraphSpacing: 0.55, alignment: .start, centerVertically: centerVertically)
    }

    /// On portrait paper, the picture (its ink at `bounds`) and the words as one block in the middle of the page:
    /// a low picture
    /// centred in the top half and words centred in the bottom half leave a band of white between them that
    /// splits the page in two. Nil when the words need a further page (they then keep the bottom half).
    func stackedPortrait(
        _ story: StoryPage, picture: [FrameItem], bounds: Rect, area: Rect, wordsBox: Rect, booklet: Booklet
    ) -> [FrameItem]? {
        let options = wordsOptions(booklet, centerVertically: false)
        let blocks = story.sentences.map { TextBlock($0.text, language: language(of: $0.text, given: $0.language), origin: $0.origin) }
        let fitted = FitText(measurer: measurer, options: options).fit(blocks, in: Polygon(rectangle: wordsBox))
        guard fitted.overflow.isEmpty, let textTop = fitted.lines.map(\.origin.y).min(), let textBottom = fitted.bottom
        else { return nil }
        let gap = 24 * u
        let pictureTop = bounds.minY
        let total = bounds.height + gap + (textBottom - textTop)
        let top = area.minY + max(0, (area.height - total) / 2)
        let movedPicture = picture.map { $0.offset(by: Point(0, top - pictureTop)) }
        let textShift = top + bounds.height + gap - textTop
        let lines = fitted.lines.map { FrameItem.text($0).offset(by: Point(0, textShift)) }
        return [.group(.figure(alt: alternativeText(story)), movedPicture), .group(.paragraph, lines)]
    }

    func heading(_ text: String) -> FrameItem {
        let style = TextStyle(size: 13 * u, weight: .bold, language: language(of: text))
        let m = measurer.lineMetrics(of: text, style: style)
        let w = measurer.width(of: text, style: style)
        return .group(.heading(level: 2), [.text(TextLine(
            text: text, origin: Point(readsRightToLeft ? page.size.width - margin - w : margin, margin), width: w, height: m.height,
            style: style, color: Palette.softInk, direction: direction(of: text, style: style)))])
    }

    func coverTitle(_ title: String) throws(LayoutError) -> (FrameItem, Double) {
        let box = Rect(x: margin, y: margin, width: page.size.width - 2 * margin, height: 90 * u)
        let options = FitOptions(
            sizes: 24 * u...44 * u, style: TextStyle(size: 30, weight: .bold), color: Palette.ink, paragraphSpacing: 0,
            alignment: .center)
        let fitted = FitText(measurer: measurer, options: options)
            .fit([TextBlock(title, language: language(of: title))], in: Polygon(rectangle: box))
        guard fitted.fitsAll else { throw .doesNotFit(text: title, place: "the cover", origin: "story.title") }
        return (.group(.heading(level: 1), fitted.lines.map { .text($0) }), fitted.bottom ?? box.maxY)
    }

    func centredLine(_ text: String, y: Double, size: Double) -> FrameItem {
        let style = TextStyle(size: size, language: language(of: text))
        let w = measurer.width(of: text, style: style)
        let m = measurer.lineMetrics(of: text, style: style)
        return .group(.paragraph, [.text(TextLine(
            text: text, origin: Point((page.size.width - w) / 2, y - m.height), width: w, height: m.height, style: style,
            color: Palette.softInk, direction: direction(of: text, style: style)))])
    }

    /// What a screen reader says for a page's picture: the page's heading and who is in it. The alternative text
    /// stands for the whole figure (the names under the people included), so it names them itself.
    func alternativeText(_ story: StoryPage) -> String {
        let names = story.scene?.people.compactMap(\.label) ?? []
        let heading = story.heading ?? words.picture
        // Joined with commas only: "and" would be English in a booklet in any language.
        return names.isEmpty ? heading : heading + ": " + names.joined(separator: ", ")
    }

    /// The page number, untagged: a screen reader skips it as page furniture.
    func pageNumber(_ n: Int) -> FrameItem {
        guard case .group(_, let line) = centredLine("\(n)", y: page.size.height - margin * 0.6, size: 11 * u),
            let number = line.first
        else { return .group(.paragraph, []) }
        return number
    }

    /// A dashed hand-drawn frame with a caption: the child's own page.
    func drawingSpace(_ r: Rect, caption: String) -> [FrameItem] {
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.6 * u, roughness: 0.7, ink: Palette.rule), seed: StableHash.seed("drawing-space"))
        let frame = pen.rectangle(r.inset(by: 4 * u))
        let style = TextStyle(size: 12 * u, language: language(of: caption))
        let m = measurer.lineMetrics(of: caption, style: style)
        return frame.frameItems.map { item in
            guard case .shape(var s) = item, var stroke = s.stroke else { return item }
            stroke.dash = [6 * u, 5 * u]
            s.stroke = stroke
            return .shape(s)
        } + [.text(TextLine(
            text: caption, origin: Point(r.minX + 16 * u, r.minY + 14 * u), width: measurer.width(of: caption, style: style),
            height: m.height, style: style, color: Palette.softInk, direction: direction(of: caption, style: style)))]
    }

    /// A line's direction: its language's when it has one, else from its first strong letter.
    func direction(of text: String, style: TextStyle) -> TextDirection {
        style.language.map(TextDirection.init(language:)) ?? measurer.direction(of: text)
    }
}
