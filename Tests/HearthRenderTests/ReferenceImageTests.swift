import Foundation
import HearthFrame
import HearthModel
import Testing

@testable import Hearth
@testable import HearthRender

/// Whole pages compared with reference renders, pixel by pixel within a tolerance, so a change to the drawing
/// that a person would see fails a test. References change only with `HEARTH_RECORD=1`.
struct ReferenceImageTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

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
        let actualFile = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-\(name)-\(UUID().uuidString).png")
        try Data(png).write(to: actualFile)
        defer { try? FileManager.default.removeItem(at: actualFile) }
        let want = try BitmapDecoder.decode(path: reference.path)
        let got = try BitmapDecoder.decode(path: actualFile.path)
        #expect(want.width == got.width && want.height == got.height)
        guard want.width == got.width, want.height == got.height else { return }
        var differing = 0
        for i in stride(from: 0, to: want.rgba.count, by: 4) {
            for c in 0..<3 where abs(Int(want.rgba[i + c]) - Int(got.rgba[i + c])) > Self.channelTolerance {
                differing += 1
                break
            }
        }
        let share = Double(differing) / Double(want.width * want.height)
        #expect(share <= Self.allowedShare, "\(name): \(differing) pixels differ (\(share * 100)%)")
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
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-changed-\(UUID().uuidString).png")
        try Data(png).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let changed = try BitmapDecoder.decode(path: file.path)
        let differing = stride(from: 0, to: reference.rgba.count, by: 4).filter { i in
            (0..<3).contains { abs(Int(reference.rgba[i + $0]) - Int(changed.rgba[i + $0])) > Self.channelTolerance }
        }.count
        #expect(Double(differing) / Double(reference.width * reference.height) > Self.allowedShare)
    }
}
