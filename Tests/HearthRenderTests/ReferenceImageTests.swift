import Foundation
import HearthFrame
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth
@testable import HearthRender

/// Whole pages compared with reference renders, pixel by pixel within a tolerance, so a change to the drawing
/// that a person would see fails a test. References change only with `HEARTH_RECORD=1`.
struct ReferenceImageTests {
    static let folder = Repository.url("Tests/HearthRenderTests/__Snapshots__")

    /// Share of pixels allowed to differ by more than `channelTolerance` in any channel.
    static let allowedShare = 0.002
    static let channelTolerance = 24

    func compare(_ png: [UInt8], named name: String) throws {
        let reference = Self.folder.appendingPathComponent(name + ".png")
        if ProcessInfo.processInfo.environment["HEARTH_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(png).write(to: reference)
            return
        }
        guard FileManager.default.fileExists(atPath: reference.path) else {
            Issue.record("missing reference \(reference.path); record it with HEARTH_RECORD=1")
            return
        }
        let want = try BitmapDecoder.decode(path: reference.path)
        let got = try Self.decode(png)
        #expect(want.width == got.width && want.height == got.height)
        guard want.width == got.width, want.height == got.height else { return }
        let share = PixelDifference.share(want.rgba, got.rgba, pixels: want.width * want.height, channelTolerance: Self.channelTolerance)
        #expect(share <= Self.allowedShare, "\(name): \(share * 100)% of pixels differ")
    }

    /// The pixels of PNG bytes, read as a drawing is read: through a file.
    static func decode(_ png: [UInt8]) throws -> Bitmap {
        let folder = try TemporaryFolder(prefix: "hearth-reference")
        defer { folder.remove() }
        try Data(png).write(to: folder.file("page.png"))
        return try BitmapDecoder.decode(path: folder.file("page.png").path)
    }

    @Test func blankWorksheetLooksAsRecorded() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let frames = try bench.blankThreeHouses(childName: nil, paper: .a4Landscape)
        let png = try bench.renderer.png(frames.pages[0], dpi: 36)
        try compare(png, named: "blank-three-houses-36dpi")
    }

    @Test func miasWorksheetLooksAsRecorded() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent("mia.yaml")
        let doc = try bench.documents(for: try bench.load(url), at: url)[0]
        let png = try bench.renderer.png(doc.frames.pages[0], dpi: 36)
        try compare(png, named: "mia-36dpi")
    }

    /// The comparison itself must be able to fail: a page with one house's words changed is caught.
    @Test func aVisibleChangeIsCaught() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        var frames = try bench.blankThreeHouses(childName: nil, paper: .a4Landscape)
        frames.pages[0].items.removeLast()
        let png = try bench.renderer.png(frames.pages[0], dpi: 36)
        let reference = try BitmapDecoder.decode(path: Self.folder.appendingPathComponent("blank-three-houses-36dpi.png").path)
        let changed = try Self.decode(png)
        let pixels = reference.width * reference.height
        #expect(PixelDifference.share(reference.rgba, changed.rgba, pixels: pixels, channelTolerance: Self.channelTolerance) > Self.allowedShare)
    }
}
