import Foundation
import HearthSketch
import Testing

/// A folder of pictures: every broken file reported at once.
struct AssetLibraryTests {
    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-assets-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test func loadsGoodFilesAndIgnoresOthers() throws {
        let url = try folder([
            "sun.svg": AssetFixtures.svg("<circle class=\"sun\" cx=\"50\" cy=\"50\" r=\"20\"/>"),
            "README.md": "# notes",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let library = try AssetLibrary.load(folder: url)
        #expect(library.keys.sorted() == ["sun"])
        #expect(library["sun"]?.title == "Test")
    }

    @Test func everyBrokenFileIsReported() throws {
        let url = try folder([
            "good.svg": AssetFixtures.svg("<circle class=\"sun\" r=\"20\"/>"),
            "bad-colour.svg": AssetFixtures.svg("<circle class=\"sunny\" r=\"20\"/>"),
            "bad-path.svg": AssetFixtures.svg("<path class=\"line\" d=\"M0 0 L\"/>"),
            "Bad Name.svg": AssetFixtures.svg("<circle class=\"sun\" r=\"20\"/>"),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        do throws(AssetLibraryError) {
            _ = try AssetLibrary.load(folder: url)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.file) == ["Bad Name.svg", "bad-colour.svg", "bad-path.svg"])
            #expect(error.problems[1].line == 3)
            #expect(error.description.contains("3 pictures have problems"))
            #expect(error.description.contains("bad-path.svg, line 3, <path>"))
        }
    }

    @Test func aMissingFolderIsAnError() {
        let url = URL(fileURLWithPath: "/nonexistent/hearth-" + UUID().uuidString)
        #expect(throws: AssetLibraryError.self) { try AssetLibrary.load(folder: url) }
    }
}
