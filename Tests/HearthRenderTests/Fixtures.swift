import Foundation
@testable import HearthRender

/// Paths into the repository, found from this file so tests run from any working directory.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fonts = root.appendingPathComponent("Fonts")
    static let examples = root.appendingPathComponent("Examples")
}

/// Font libraries are not thread-safe; each test makes its own.
func makeFonts() throws -> FontLibrary {
    try FontLibrary(directory: Repo.fonts)
}
