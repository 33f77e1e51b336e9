import Foundation
import HearthTestSupport
@testable import HearthRender

/// Paths into the repository, so tests run from any working directory.
enum Repo {
    static let root = Repository.root
    static let fonts = Repository.fonts
    static let examples = Repository.examples
}

/// Font libraries are not thread-safe; each test makes its own.
func makeFonts() throws -> FontLibrary {
    try FontLibrary(directory: Repo.fonts)
}
