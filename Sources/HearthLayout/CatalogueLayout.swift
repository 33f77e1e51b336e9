import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Lays the picture catalogue out as pages of labelled grids: each figure, asset or scene drawn into its cell,
/// its name underneath.
public struct CatalogueLayout {
    public var measurer: any TextMeasurer
    public var assets: [String: AssetPicture]
    public var page: PageSpec

    public init(measurer: any TextMeasurer, assets: [String: AssetPicture], page: PageSpec) {
        self.measurer = measurer
        self.assets = assets
        self.page = page
    }

    var u: Double { page.unit }

    public func layout(_ catalogue: PictureCatalogue, creationDate: String) throws(LayoutError) -> FrameDocument {
        var pages: [Frame] = []
        let contents = Self.placesApart(catalogue.pages, assets: assets)
        for (n, content) in contents.enumerated() {
            var frame = Frame(size: page.size, items: [], bookmark: content.title)
            let margin = 30 * u
            let titleStyle = TextStyle(size: 22 * u, weight: .bold)
            let tm = measurer.lineMetrics(of: content.title, style: titleStyle)
            frame.items.append(.group(.heading(level: 1), [.text(TextLine(
                text: content.title, origin: Point(margin, margin), width: measurer.width(of: content.title, style: titleStyle),
                height: tm.height, style: titleStyle, color: Palette.ink, direction: .leftToRight))]))
            let grid = Rect(
                x: margin, y: margin + tm.height + 12 * u, width: page.size.width - 2 * margin,
                height: page.size.height - 2 * margin - tm.height - 12 * u - 14 * u)
            let columns = max(1, content.columns)
            let rows = max(1, (content.cells.count + columns - 1) / columns)
            // Cells no taller than a figure needs, the grid centred down the page, so a single row is not tiny.
            let cellW = grid.width / Double(columns)
            let cellH = min(grid.height / Double(rows), cellW * 1.9)
            let gridTop = grid.minY
            let cells = content.cells.indices.map { i in
                Rect(
                    x: grid.minX + Double(i % columns) * cellW, y: gridTop + Double(i / columns) * cellH,
                    width: cellW, height: cellH
                ).inset(by: 6 * u)
            }
            // Scenes on one page share one scale, so a child alone is not drawn twice the size of a family.
            var sceneHeight: Double? = nil
            for (i, cell) in content.cells.enumerated() {
                guard case .scene(let scene) = cell.picture else { continue }
                let placed = try SceneLayout(measurer: measurer, assets: assets, unit: u).place(scene, in: pictureBox(cells[i], label: cell.label))
                sceneHeight = min(sceneHeight ?? .infinity, placed.figureHeight)
            }
            for (i, cell) in content.cells.enumerated() {
                frame.items.append(.group(.figure(alt: cell.label), try draw(cell, in: cells[i], sceneHeight: sceneHeight)))
            }
            let footer = "\(catalogue.title) · \(n + 1)/\(contents.count)"
            let fs = TextStyle(size: 9 * u)
            let fw = measurer.width(of: footer, style: fs)
            frame.items.append(.text(TextLine(
                text: footer, origin: Point(page.size.width - margin - fw, page.size.height - margin), width: fw,
                height: measurer.lineMetrics(of: footer, style: fs).height, style: fs, color: Palette.softInk,
                direction: .leftToRight)))
            pages.append(frame)
        }
        return FrameDocument(
            pages: pages,
            metadata: DocumentMetadata(
                title: catalogue.title, author: nil, subject: catalogue.subject, keywords: "Hearth, pictures",
                creationDate: creationDate, language: "en-GB"))
    }

    /// Settings are whole rooms with anchors to read: they leave the grids of small things for pages of their own,
    /// four to a page, before the things, under the same heading.
    static func placesApart(_ pages: [CataloguePage], assets: [String: AssetPicture]) -> [CataloguePage] {
        func isSetting(_ cell: CatalogueCell) -> Bool {
            if case .asset(let name) = cell.picture { return assets[name]?.kind == .setting }
            return false
        }
        guard let first = pages.firstIndex(where: { $0.cells.contains(where: isSetting) }) else { return pages }
        let settings = pages.flatMap { $0.cells.filter(isSetting) }
        var out = pages.map { page in
            var page = page
            page.cells.removeAll(where: isSetting)
            return page
        }
        let placePages = stride(from: 0, to: settings.count, by: 4).map { start in
            CataloguePage(title: pages[first].title, columns: 2, cells: Array(settings[start..<min(start + 4, settings.count)]))
        }
        out.insert(contentsOf: placePages, at: first)
        return out.filter { !$0.cells.isEmpty }
    }

    func pictureBox(_ r: Rect, label: String) -> Rect {
        let lm = measurer.lineMetrics(of: label, style: TextStyle(size: 11 * u))
        return Rect(x: r.minX, y: r.minY, width: r.width, height: r.height - lm.height - 4 * u)
    }

    func draw(_ cell: CatalogueCell, in r: Rect, sceneHeight: Double?) throws(LayoutError) -> [FrameItem] {
        let labelStyle = TextStyle(size: 11 * u)
        let lm = measurer.lineMetrics(of: cell.label, style: labelStyle)
        let box = pictureBox(r, label: cell.label)
        var items: [FrameItem] = []
        switch cell.picture {
        case .person(let p):
            let size = FigureArtist.size(of: p.looks, action: p.action, height: 1)
            let height = min(box.height / max(size.height, 0.01), box.width / max(size.width, 0.01)) * 0.92
            let figure = FigureArtist.draw(
                p.looks, feeling: p.feeling, action: p.action, crying: p.crying, feet: Point(box.midX, box.maxY),
                height: height, facing: .front, seed: StableHash.seed("person", p.id))
            items += figure.drawing.frameItems
        case .asset(let name):
            guard let picture = assets[name] else { throw .unknownPicture(name: name, known: assets.keys.sorted()) }
            if picture.kind == .setting {
                items += SettingCatalogueCell(measurer: measurer, unit: u).items(picture, in: box.inset(by: 2 * u))
                break
            }
            items += picture.draw(in: box.inset(by: 4 * u), seed: StableHash.seed("asset", name), strokeWidth: 2 * u).frameItems
        case .scene(let scene):
            let placed = try SceneLayout(measurer: measurer, assets: assets, unit: u).place(scene, in: box, figureHeight: sceneHeight)
            items += placed.items
        }
        let lw = measurer.width(of: cell.label, style: labelStyle)
        items.append(.text(TextLine(
            text: cell.label, origin: Point(r.midX - lw / 2, r.maxY - lm.height), width: lw, height: lm.height,
            style: labelStyle, color: Palette.softInk, direction: measurer.direction(of: cell.label))))
        return items
    }
}
