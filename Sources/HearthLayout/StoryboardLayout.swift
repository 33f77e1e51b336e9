import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// A storyboard page: several small pictures, each with its own few words under it, in a grid, like the rules of a
/// safety plan drawn one to a panel. Used when a story would be too long with a page for each.
///
/// The words are set a step smaller than the story's (never below a size a young reader can follow); when a
/// panel's words still do not fit, the panels are spread over more pages, and a panel that cannot fit even alone
/// becomes an ordinary page. Nothing is clipped.
extension BookletLayout {
    /// The type sizes in panels: from 70% of the story's smallest size up to its smallest.
    func panelSizes(_ booklet: Booklet) -> ClosedRange<Double> {
        let band = Self.sizes(booklet.ageBand)
        return band.lowerBound * 0.7 * u...band.lowerBound * u
    }

    /// Columns and rows for a number of panels on this paper.
    func grid(_ count: Int) -> (columns: Int, rows: Int) {
        if page.isLandscape {
            return count <= 3 ? (count, 1) : (count == 4 ? (2, 2) : (3, (count + 2) / 3))
        }
        return count == 1 ? (1, 1) : (2, (count + 1) / 2)
    }

    func layStoryboard(_ story: StoryPage, booklet: Booklet) throws(LayoutError) -> [Frame] {
        if let frame = board(story.panels, heading: story.heading, booklet: booklet) { return [frame] }
        guard story.panels.count > 1 else {
            // One panel whose words need a whole page: it is an ordinary page.
            let panel = story.panels[0]
            return try lay(
                StoryPage(section: story.section, heading: story.heading, sentences: panel.sentences, scene: panel.scene),
                booklet: booklet)
        }
        let half = (story.panels.count + 1) / 2
        var first = story, second = story
        first.panels = Array(story.panels.prefix(half))
        second.panels = Array(story.panels.dropFirst(half))
        return try layStoryboard(first, booklet: booklet) + layStoryboard(second, booklet: booklet)
    }

    /// The panels on one page, or nil when any panel's words do not fit at the smallest panel size, or its picture
    /// cannot be drawn in the panel even without its speech bubbles.
    func board(_ panels: [StoryPanel], heading: String?, booklet: Booklet) -> Frame? {
        var frame = Frame(size: page.size)
        if let heading { frame.items.append(self.heading(heading)) }
        let (columns, rows) = grid(panels.count)
        let gap = 18 * u
        // The panels' frames stand a little outside their cells: the grid starts low enough to clear the heading.
        let area = Rect(x: content.minX, y: content.minY + 8 * u, width: content.width, height: content.height - 8 * u)
        let w = (area.width - gap * Double(columns - 1)) / Double(columns)
        let h = (area.height - gap * Double(rows - 1)) / Double(rows)
        var options = wordsOptions(booklet, centerVertically: false)
        options.sizes = panelSizes(booklet)
        options.alignment = .center
        for (i, panel) in panels.enumerated() {
            let cell = Rect(
                x: area.minX + Double(i % columns) * (w + gap), y: area.minY + Double(i / columns) * (h + gap), width: w,
                height: h)
            // The words take what they need, from under a third of the panel to a little over half.
            let blocks = panel.sentences.map { TextBlock($0.text, language: $0.language, origin: $0.origin) }
            var found: (picture: Rect, words: FittedText)?
            for share in [0.3, 0.38, 0.46, 0.54] {
                let wordsHeight = h * share
                let pictureBox = Rect(x: cell.minX, y: cell.minY, width: cell.width, height: cell.height - wordsHeight)
                let wordsBox = Rect(x: cell.minX, y: pictureBox.maxY + 4 * u, width: cell.width, height: wordsHeight - 4 * u)
                let fitted = FitText(measurer: measurer, options: options).fit(blocks, in: Polygon(rectangle: wordsBox))
                if fitted.overflow.isEmpty {
                    found = (pictureBox, fitted)
                    break
                }
            }
            guard let (pictureBox, fitted) = found else { return nil }
            var pen = RoughPen(
                style: PenStyle(strokeWidth: 1.2 * u, roughness: 0.6, ink: Palette.rule), seed: StableHash.seed("panel-\(i)"))
            frame.items += pen.rectangle(cell.inset(by: -6 * u)).frameItems
            if let scene = panel.scene {
                // A picture too small for its speech bubbles needs more room: fewer panels to the page.
                // People in a panel are drawn as large as the panel's picture allows (as on a page of its own), not
                // shrunk with the panel: shrunk, they stood about a centimetre tall at A4, too small to read a face.
                let box = pictureBox.inset(by: 4 * u)
                // A crowd too wide for that falls back to the booklet's one scale, shrunk with the panel.
                let shrunk = adultHeight > 0 ? adultHeight * box.height / split(content).picture.height : nil
                // A bubble too big for a small picture is left out before the board takes another page: the words
                // under the panel say what the page says, and a bubble only adds a voice.
                var quiet = scene
                quiet.bubbles = []
                let layout = SceneLayout(measurer: measurer, assets: assets, unit: u)
                let tries = [(scene, nil), (quiet, nil), (scene, shrunk), (quiet, shrunk)]
                guard let placed = tries.lazy.compactMap({ try? layout.place($0.0, in: box, figureHeight: $0.1) }).first
                else { return nil }
                let alt = Self.alternativeText(StoryPage(section: .rules, heading: heading, sentences: [], scene: scene))
                frame.items.append(.group(.figure(alt: alt), placed.items))
            }
            frame.items.append(.group(.paragraph, fitted.lines.map { .text($0) }))
        }
        return frame
    }
}
