import Foundation

/// Writes files whole or not at all: bytes go to a temporary file in the same folder, then a rename replaces the
/// target, so a crash or full disk never leaves half a PDF. Refuses to overwrite any input, and never writes
/// through a symbolic link: not one at the output's name (it is refused, and the file it points to left alone),
/// nor one planted where the temporary file goes (that is created new or not at all).
public struct AtomicWriter {
    /// Files that must never be written over (the case file, the child's drawings).
    public var protected: Set<String>

    public init(protected: Set<String> = []) {
        self.protected = protected
    }

    /// A file written under its temporary name, waiting for `commit` to give it its own.
    public struct Staged {
        let temp: String
        let target: String
    }

    /// Writes one file now.
    public func write(_ bytes: [UInt8], to url: URL) throws(HearthError) {
        try check(url)
        try commit(try stage(bytes, to: url))
    }

    /// Refuses a target that is an input, a symbolic link or a folder, changing nothing on disk.
    public func check(_ url: URL) throws(HearthError) {
        let target = url.standardizedFileURL
        var info = stat()
        if lstat(target.path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                let points = (try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)).map { " to \($0)" } ?? ""
                throw .output(
                    "\(url.relativePath) is a symbolic link\(points); Hearth does not write through links, so nothing was written\n"
                        + "  fix: delete the link first, or choose another output name with -o")
            case S_IFDIR:
                throw .output(
                    "\(url.relativePath) is a folder, so no file can be written with that name; nothing was written\n"
                        + "  fix: choose another output name with -o, or give the folder itself ending in /")
            default:
                break
            }
        }
        let resolved = target.deletingLastPathComponent().resolvingSymlinksInPath()
            .appendingPathComponent(target.lastPathComponent).path
        if protected.contains(resolved) || protected.contains(target.path) {
            throw .output("\(url.path) is an input; choose another output name with -o")
        }
    }

    /// Writes `bytes` to a new temporary file beside `url`'s target, created afresh (never opened through a
    /// link or over another file).
    public func stage(_ bytes: [UInt8], to url: URL) throws(HearthError) -> Staged {
        let target = url.standardizedFileURL
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .output(
                "cannot create the folder \(folder.path): \(Self.whyNoFolder(folder)); nothing was written\n"
                    + "  fix: choose an output folder you can write to with -o")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        for attempt in 0..<64 {
            let temp = folder.appendingPathComponent(".\(target.lastPathComponent).\(pid)\(attempt == 0 ? "" : ".\(attempt)").tmp").path
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd < 0 {
                if errno == EEXIST || errno == ELOOP { continue }
                throw .output("cannot write to \(folder.path): \(String(cString: strerror(errno))) (is it writable?)")
            }
            var done = 0
            var failure: Int32 = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 {
                    failure = n < 0 ? errno : ENOSPC
                    break
                }
                done += n
            }
            if close(fd) != 0, failure == 0 { failure = errno }
            if failure != 0 {
                unlink(temp)
                throw .output("cannot write to \(folder.path): \(String(cString: strerror(failure))) (is there space?)")
            }
            return Staged(temp: temp, target: target.path)
        }
        throw .output("cannot write to \(folder.path): too many leftover temporary files named .\(target.lastPathComponent).…tmp")
    }

    /// Why a folder could not be made, in plain words (Foundation's own is "The operation could not be completed"):
    /// the nearest part of the path that exists is a file, or may not be written in.
    static func whyNoFolder(_ folder: URL) -> String {
        var existing = folder
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: existing.path, isDirectory: &isFolder), existing.path != "/" {
            existing = existing.deletingLastPathComponent()
        }
        if !isFolder.boolValue { return "\(existing.path) is a file, not a folder" }
        if !FileManager.default.isWritableFile(atPath: existing.path) { return "you may not write in \(existing.path)" }
        return "the folder could not be made in \(existing.path)"
    }

    /// Gives a staged file its name, replacing whatever file had it.
    public func commit(_ staged: Staged) throws(HearthError) {
        if rename(staged.temp, staged.target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(staged.temp)
            throw .output("cannot write \(staged.target): \(reason)")
        }
    }

    /// Removes a staged file that will not be used.
    public func discard(_ staged: Staged) {
        unlink(staged.temp)
    }
}
