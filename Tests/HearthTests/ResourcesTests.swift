import Foundation
import Testing

@testable import Hearth

/// Hearth finds its fonts and strings from a source checkout, an installed prefix, or HEARTH_RESOURCES.
struct ResourcesTests {
    func makeTree(_ root: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Fonts"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("Assets/strings"), withIntermediateDirectories: true)
        fm.createFile(atPath: root.appendingPathComponent("Fonts/Andika-Regular.ttf").path, contents: Data())
        fm.createFile(atPath: root.appendingPathComponent("Assets/strings/en-GB.yaml").path, contents: Data())
    }

    @Test func anExplicitFolderWins() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-res-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try makeTree(root)
        let found = try Resources.locate(environment: ["HEARTH_RESOURCES": root.path])
        #expect(found.root.path == root.path)
    }

    @Test func anExplicitFolderWithoutFontsIsAClearError() {
        #expect {
            _ = try Resources.locate(environment: ["HEARTH_RESOURCES": "/nonexistent/hearth"])
        } throws: { error in
            "\(error)".contains("HEARTH_RESOURCES=/nonexistent/hearth does not hold Fonts/ and Assets/")
        }
    }

    @Test func theCheckoutIsFoundFromTheBuildFolder() throws {
        // Tests run from .build/…/debug, below the checkout, as `swift run` and `.build/release/hearth` do.
        let found = try Resources.locate(environment: [:])
        #expect(FileManager.default.fileExists(atPath: found.fonts.appendingPathComponent("Andika-Bold.ttf").path))
    }
}
