import Foundation

/// The repository's folders, found from this file's own path, so tests read the real assets, fonts, examples and
/// schema from any working directory without each test file counting `..` from where it happens to sit.
public enum Repository {
    /// The repository's root: this file is `Tests/HearthTestSupport/Repository.swift`.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A path inside the repository, e.g. `Repository.url("Assets/pictures")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    public static let assets = url("Assets")
    public static let fonts = url("Fonts")
    public static let examples = url("Examples")
}
