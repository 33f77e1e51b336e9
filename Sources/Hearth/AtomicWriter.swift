import Foundation

/// Writes files whole or not at all: bytes go to a temporary file in the same folder, then a rename replaces the
/// target, so a crash or full disk never leaves half a PDF. Refuses to overwrite any input.
public struct AtomicWriter {
    /// Files that must never be written over (the case file, the child's drawings).
    public var protected: Set<String>

    public init(protected: Set<String> = []) {
        self.protected = protected
    }

    public func write(_ bytes: [UInt8], to url: URL) throws(HearthError) {
        let target = url.standardizedFileURL.resolvingSymlinksInPath()
        if protected.contains(target.path) {
            throw .output("\(url.path) is an input; choose another output name with -o")
        }
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .output("cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        let temp = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: Data(bytes)) else {
            throw .output("cannot write to \(folder.path) (is it writable, and is there space?)")
        }
        if rename(temp.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw .output("cannot write \(target.path): \(reason)")
        }
    }
}
