import Foundation
import HearthCompose
import HearthFrame
import HearthLayout
import HearthModel
import HearthSketch

/// The picture vocabulary: the assets in `Assets/pictures` and the catalogue that shows everything Hearth draws.
extension Workbench {
    public var picturesFolder: URL { resources.assets.appendingPathComponent("pictures") }

    /// Every place and thing, by name; a broken file stops with a message naming it. Read once per workbench.
    public func pictures() throws(HearthError) -> [String: AssetPicture] {
        if let known = loadedPictures { return known }
        do {
            let loaded = try AssetLibrary.load(folder: picturesFolder)
            loadedPictures = loaded
            return loaded
        } catch { throw .pictures(error.description) }
    }

    /// The catalogue of every feeling, age, look, aid, role, place, thing and sample scene.
    public func pictureCatalogue(paper: Paper) throws(HearthError) -> FrameDocument {
        let assets = try pictures()
        let strings = try catalogue("en-GB")
        let content: PictureCatalogue
        do {
            content = try PictureCatalogueComposer(strings: strings).catalogueWithScenes(assetNames: Array(assets.keys))
        } catch { throw .compose(error) }
        do {
            return try CatalogueLayout(measurer: measurer, assets: assets, page: PageSpec(paper: paper))
                .layout(content, creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z")
        } catch { throw .layout(error) }
    }

    /// The named pictures a case file describes (`pictures:`), two to a row, each labelled with its name: how a
    /// social worker checks the scenes before they appear in a booklet.
    public func casePictures(_ caseFile: CaseFile, at url: URL, paper: Paper) throws(HearthError) -> FrameDocument {
        let assets = try pictures()
        let strings = try catalogue("en-GB")
        let composer = SceneComposer(strings: strings)
        var cells: [CatalogueCell] = []
        for name in caseFile.pictureNames {
            guard let description = caseFile.pictures[name] else { continue }
            for asset in [description.place].compactMap({ $0 }) + description.things where assets[asset] == nil {
                let at = description.location.map { "\($0.file):\($0.line):\($0.column): " } ?? "\(url.lastPathComponent): "
                throw .pictures(
                    "\(at)pictures.\(name): there is no picture called '\(asset)'\n  fix: use one of: "
                        + assets.keys.sorted().joined(separator: ", "))
            }
            let scene: SceneContent
            do { scene = try composer.scene(description, in: caseFile) } catch { throw .compose(error) }
            let words = name.replacingOccurrences(of: "_", with: " ")
            cells.append(CatalogueCell(label: words.prefix(1).uppercased() + words.dropFirst(), picture: .scene(scene)))
        }
        guard !cells.isEmpty else {
            throw .pictures("\(url.path) describes no pictures\n  fix: add a 'pictures:' section (see Examples/ and the schema)")
        }
        let title: String
        do { title = try strings.text("pictures.case_title", ["file": url.lastPathComponent]) } catch { throw .compose(error) }
        var pages: [CataloguePage] = []
        for start in stride(from: 0, to: cells.count, by: 4) {
            pages.append(CataloguePage(title: title, columns: 2, cells: Array(cells[start..<min(start + 4, cells.count)])))
        }
        let content = PictureCatalogue(title: title, subject: "Pictures", pages: pages)
        do {
            return try CatalogueLayout(measurer: measurer, assets: assets, page: PageSpec(paper: paper))
                .layout(content, creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z")
        } catch { throw .layout(error) }
    }
}
