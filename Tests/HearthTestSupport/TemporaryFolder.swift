import Foundation

/// A folder of its own under the system's temporary directory, for a test that writes files; `remove()` deletes it
/// with everything in it. Each folder has a fresh name, so tests running in parallel never share one.
public struct TemporaryFolder: Sendable {
    public let url: URL

    /// Creates `<tmp>/<prefix>-<uuid>`.
    public init(prefix: String = "hearth-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A file's place inside the folder (not created).
    public func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
