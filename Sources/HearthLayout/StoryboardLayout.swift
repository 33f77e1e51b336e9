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

    /// The ways a number of panels may share this paper, as columns and rows. Two panels on portrait paper may stand
    /// side by side or one above the other, three on landscape paper in a row or in two rows: whichever draws the
    /// smallest face biggest is used.
    func grids(_ count: Int) -> [(columns: Int, rows: Int)] {
        if page.isLandscape {
            if count == 3 { return [(3, 1), (2, 2)] }
            return [count <= 3 ? (count, 1) : (count == 4 ? (2, 2) : (3, (count + 2) / 3))]
        }
        if count == 2 { return [(2, 1), (1, 2)] }
        return [count == 1 ? (1, 1) : (2, (count + 1) / 2)]
    }

    /// One page of a storyboard: a run of neighbouring panels and the page they share, with the smallest face drawn
    /// on it; a lone panel has no board of its own (`frame` nil) and is laid out as an ordinary page.
    struct StoryboardRun {
        var panels: ArraySlice<StoryPanel>
        var frame: Frame?
        var smallestFace: Double
    }

    func layStoryboard(_ story: StoryPage, booklet: Booklet) throws(LayoutError) -> [Frame] {
        var frames: [Frame] = []
        for run in storyboardRuns(story, booklet: booklet) {
            if let frame = run.frame {
                frames.append(frame)
                continue
            }
            let panel = run.panels[run.panels.startIndex]
            frames += try lay(
                StoryPage(section: story.section, heading: story.heading, sentences: panel.sentences, scene: panel.scene),
                booklet: booklet)
        }
        return frames
    }

    /// The panels on as few pages as they fit, in their order. When they do not all fit on one page, every way of
    /// cutting them into runs of neighbours is tried: halving five rules gave three pages where a run of two and a
    /// run of three fit on two. Among cuts with as few pages, the one whose smallest face is biggest wins. A panel
    /// left alone is an ordinary page, drawn at the booklet's scale.
    func storyboardRuns(_ story: StoryPage, booklet: Booklet) -> [StoryboardRun] {
        let panels = story.panels
        guard !panels.isEmpty else { return [] }
        // Each panel is drawn once for each size of cell it is tried in, whichever run and place it has there.
        var drawn: [PanelKey: PanelArt?] = [:]
        func laid(_ run: ArraySlice<StoryPanel>) -> StoryboardRun? {
            guard run.count > 1 else { return StoryboardRun(panels: run, frame: nil, smallestFace: .infinity) }
            var boards: [(frame: Frame, smallestFace: Double)] = []
            for grid in grids(run.count) {
                if let b = board(run, grid: grid, heading: story.heading, booklet: booklet, drawn: &drawn) { boards.append(b) }
            }
            return boards.max(by: { $0.smallestFace < $1.smallestFace }).map {
                StoryboardRun(panels: run, frame: $0.frame, smallestFace: $0.smallestFace)
            }
        }
        // All on one page when every face reads: the usual case, decided with one board.
        if panels.count <= Self.mostPanels, let whole = laid(panels[...]) { return [whole] }
        // best[j]: how the first j panels are laid out — pages used, their smallest face, and the last run.
        var best: [(pages: Int, face: Double, run: StoryboardRun?)?] = Array(repeating: nil, count: panels.count + 1)
        best[0] = (0, .infinity, nil)
        for end in 1...panels.count {
            // Longest runs last: a run that does not fit means a longer one ending here, with smaller cells, would
            // not either, so the search stops there (each board lays out every panel's picture).
            for start in (max(0, end - Self.mostPanels)..<end).reversed() {
                guard let before = best[start] else { continue }
                guard let laid = laid(panels[start..<end]) else { break }
                let option = (pages: before.pages + 1, face: min(before.face, laid.smallestFace), run: Optional(laid))
                if let current = best[end], (current.pages, -current.face) <= (option.pages, -option.face) { continue }
                best[end] = option
            }
        }
        var runs: [StoryboardRun] = []
        var end = panels.count
        while end > 0, let run = best[end]?.run {
            runs.insert(run, at: 0)
            end = run.panels.startIndex
        }
        return runs
    }

    /// The most panels a page is tried with (a story shares up to six rules on a storyboard page, see
    /// `PageBudget`); how many stay on one page is the faces' to say.
    static let mostPanels = 6

    /// A panel in a cell of one size: which panel (its place in the story page) and the cell's width and height.
    struct PanelKey: Hashable {
        var index: Int
        var width: Double
        var height: Double
    }

    /// A panel drawn in a cell whose corner is at the origin: its picture (nil for a panel with none), its words, and
    /// the smallest face in the picture. Every board that gives the panel a cell of that size moves this into place.
    struct PanelArt {
        var picture: FrameItem?
        var words: FrameItem
        var smallestFace: Double
    }

    /// The panels on one page in a grid, with the smallest face drawn on it; nil when any panel's words do not fit at
    /// the smallest panel size, or its picture cannot be drawn in the panel even without its speech bubbles, or draws
    /// a face too small to read. `drawn` keeps each panel as drawn for a size of cell, for the next board.
    func board(
        _ panels: ArraySlice<StoryPanel>, grid: (columns: Int, rows: Int), heading: String?, booklet: Booklet,
        drawn: inout [PanelKey: PanelArt?]
    ) -> (frame: Frame, smallestFace: Double)? {
        var frame = Frame(size: page.size)
        if let heading { frame.items.append(self.heading(heading)) }
        let (columns, rows) = grid
        var smallestFace = Double.infinity
        let gap = 18 * u
        // The panels' frames stand a little outside their cells: the grid starts low enough to clear the heading.
        let area = Rect(x: content.minX, y: content.minY + 8 * u, width: content.width, height: content.height - 8 * u)
        let w = (area.width - gap * Double(columns - 1)) / Double(columns)
        let h = (area.height - gap * Double(rows - 1)) / Double(rows)
        for (k, index) in panels.indices.enumerated() {
            let cell = Rect(
                x: area.minX + Double(k % columns) * (w + gap), y: area.minY + Double(k / columns) * (h + gap), width: w,
                height: h)
            let key = PanelKey(index: index, width: w, height: h)
            if drawn.index(forKey: key) == nil {
                drawn[key] = panelArt(panels[index], size: Size(width: w, height: h), heading: heading, booklet: booklet)
            }
            guard case let art?? = drawn[key] else { return nil }
            smallestFace = min(smallestFace, art.smallestFace)
            var pen = RoughPen(
                style: PenStyle(strokeWidth: 1.2 * u, roughness: 0.6, ink: Palette.rule), seed: StableHash.seed("panel-\(k)"))
            frame.items += pen.rectangle(cell.inset(by: -6 * u)).frameItems
            let corner = Point(cell.minX, cell.minY)
            if let picture = art.picture { frame.items.append(picture.offset(by: corner)) }
            frame.items.append(art.words.offset(by: corner))
        }
        return (frame, smallestFace)
    }

    /// One panel drawn in a cell of `size` at the origin, or nil when its words do not fit at the smallest panel
    /// size, its picture cannot be drawn even without its speech bubbles, or a face would be too small to read.
    func panelArt(_ panel: StoryPanel, size: Size, heading: String?, booklet: Booklet) -> PanelArt? {
        let cell = Rect(x: 0, y: 0, width: size.width, height: size.height)
        var options = wordsOptions(booklet, centerVertically: false)
        options.sizes = panelSizes(booklet)
        options.alignment = .center
        // The words take what they need, from under a third of the panel to a little over half.
        let blocks = panel.sentences.map { TextBlock($0.text, language: $0.language, origin: $0.origin) }
        var found: (picture: Rect, words: FittedText)?
        for share in [0.3, 0.38, 0.46, 0.54] {
            let wordsHeight = cell.height * share
            let pictureBox = Rect(x: cell.minX, y: cell.minY, width: cell.width, height: cell.height - wordsHeight)
            let wordsBox = Rect(x: cell.minX, y: pictureBox.maxY + 4 * u, width: cell.width, height: wordsHeight - 4 * u)
            let fitted = FitText(measurer: measurer, options: options).fit(blocks, in: Polygon(rectangle: wordsBox))
            if fitted.overflow.isEmpty {
                found = (pictureBox, fitted)
                break
            }
        }
        guard let (pictureBox, fitted) = found else { return nil }
        let words = FrameItem.group(.paragraph, fitted.lines.map { .text($0) })
        guard let scene = panel.scene else { return PanelArt(picture: nil, words: words, smallestFace: .infinity) }
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
        let layout = scenes
        let tries = [(scene, nil), (quiet, nil), (scene, shrunk), (quiet, shrunk)]
        guard let placed = tries.lazy.compactMap({ try? layout.place($0.0, in: box, figureHeight: $0.1) }).first,
            case let face = placed.faces.map(\.width).min() ?? .infinity, face >= Self.smallestPanelFace
        else { return nil }
        let alt = alternativeText(StoryPage(section: .rules, heading: heading, sentences: [], scene: scene))
        return PanelArt(picture: .group(.figure(alt: alt), placed.items), words: words, smallestFace: face)
    }

    /// The smallest face a panel may draw, at print size: 4 mm across. A feeling is read from the mouth and the
    /// eyebrows; on the story's own pages faces are 7 to 20 mm across, and at 2 to 3 mm (five or six panels on a page,
    /// as the boards were) a smile and a frown looked alike. Fewer panels to the page is the cost: five rules on
    /// landscape A4 take two pages, and on A5 two and three.
    static let smallestPanelFace = 4.0 / 25.4 * 72
}
