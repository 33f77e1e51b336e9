import Foundation
import HearthTestSupport

/// Runs the built `hearth` binary the way a user would, in a scratch folder.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root = Repository.root

    /// The binary sits beside the test bundle in the build folder.
    static var binary: URL {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = folder.appendingPathComponent("hearth")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        return Bundle.main.bundleURL.appendingPathComponent("hearth")
    }

    init() throws {
        scratch = try TemporaryFolder(prefix: "hearth-cli")
    }

    private let scratch: TemporaryFolder
    var folder: URL { scratch.url }

    func remove() { scratch.remove() }

    func write(_ name: String, _ text: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func files() -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Runs `hearth` with `args` in `directory` (the scratch folder unless given), with `environment` added.
    func run(_ args: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args
        p.currentDirectoryURL = directory ?? folder
        var env = ProcessInfo.processInfo.environment
        env["HEARTH_RESOURCES"] = Self.root.path
        env.merge(environment) { _, new in new }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}
