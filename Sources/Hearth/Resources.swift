import Foundation

/// Where Hearth's fonts and assets are: beside the source tree when run with `swift run` or from `.build/`, under
/// `PREFIX/share/hearth` when installed, or wherever `HEARTH_RESOURCES` points.
public struct Resources: Hashable, Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    public var fonts: URL { root.appendingPathComponent("Fonts") }
    public var assets: URL { root.appendingPathComponent("Assets") }
    public var strings: URL { assets.appendingPathComponent("strings") }

    /// Finds the resources, or says where it looked.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(HearthError) -> Resources
    {
        var tried: [String] = []
        if let explicit = environment["HEARTH_RESOURCES"] {
            let r = Resources(root: URL(fileURLWithPath: explicit))
            if r.isComplete { return r }
            throw .resources("HEARTH_RESOURCES=\(explicit) does not hold Fonts/ and Assets/")
        }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL { starts.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                for candidate in [dir, dir.appendingPathComponent("share/hearth")] {
                    let r = Resources(root: candidate)
                    if r.isComplete { return r }
                    tried.append(candidate.path)
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw .resources(
            "cannot find Hearth's fonts and assets (looked in \(tried.prefix(6).joined(separator: ", ")), …); "
                + "set HEARTH_RESOURCES to the folder holding Fonts/ and Assets/")
    }

    var isComplete: Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: fonts.appendingPathComponent("Andika-Regular.ttf").path)
            && fm.fileExists(atPath: strings.appendingPathComponent("en-GB.yaml").path)
    }
}
