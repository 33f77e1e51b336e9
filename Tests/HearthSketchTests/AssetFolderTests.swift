import Foundation
import HearthGeometry
import HearthSketch
import Testing

/// The pictures shipped in Assets/pictures: all readable, all there.
struct AssetFolderTests {
    @Test func everyFileParses() throws {
        let files = try FileManager.default.contentsOfDirectory(at: AssetFixtures.pictures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "svg" }
        #expect(files.count >= AssetFixtures.requiredNames.count)
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let name = url.deletingPathExtension().lastPathComponent
            do throws(AssetError) {
                let picture = try AssetPicture.parse(text, name: name, file: url.lastPathComponent)
                #expect(!picture.shapes.isEmpty)
                #expect(picture.title != nil, "\(name) has no <title>")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func libraryHoldsEveryRequiredPicture() throws {
        let library = try AssetLibrary.load(folder: AssetFixtures.pictures)
        let missing = AssetFixtures.requiredNames.filter { library[$0] == nil }
        #expect(missing.isEmpty, "missing pictures: \(missing)")
        for (name, picture) in library { #expect(picture.name == name) }
    }

    /// Shared proportions keep the set looking like one illustrator's: every picture has a square or gently
    /// oblong viewBox and fills most of it.
    @Test func picturesFillTheirViewBox() throws {
        let library = try AssetLibrary.load(folder: AssetFixtures.pictures)
        for (name, picture) in library {
            let box = picture.viewBox
            #expect(max(box.width, box.height) / min(box.width, box.height) <= 2.5, "\(name) is very oblong")
            let ink = picture.shapes.compactMap(\.path.bounds).reduce(nil as Rect?) { $0?.union($1) ?? $1 }
            guard let ink else { Issue.record("\(name) draws nothing"); continue }
            #expect(box.inset(by: -1).contains(ink), "\(name) draws outside its viewBox")
            #expect(ink.width >= box.width * 0.7 || ink.height >= box.height * 0.7, "\(name) leaves its viewBox empty")
        }
    }

    @Test func theReadmeExampleParses() throws {
        let readme = try String(
            contentsOf: AssetFixtures.pictures.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "```svg\n"), let end = readme[start.upperBound...].range(of: "```") else {
            Issue.record("README.md has no ```svg example")
            return
        }
        let example = String(readme[start.upperBound..<end.lowerBound])
        let picture = try AssetFixtures.parse(example, name: "example")
        #expect(picture.shapes.count >= 3)
    }

    @Test func theReadmeListsEveryPaletteColour() throws {
        let readme = try String(
            contentsOf: AssetFixtures.pictures.appendingPathComponent("README.md"), encoding: .utf8)
        for colour in AssetPalette.colours {
            #expect(readme.contains("`\(colour.name)`"), "README.md does not list \(colour.name)")
            #expect(readme.lowercased().contains(colour.fill.hexString), "README.md does not give \(colour.name)'s colour")
        }
    }
}
