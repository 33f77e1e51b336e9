#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an input file (a case file, a child's drawing) whole, but only an ordinary file no larger than a limit.
///
/// Exists because a path can name things that are not files: a named pipe blocks a reader forever, a device never
/// ends, a folder has no bytes. The file is opened without waiting (so a pipe cannot block), checked through the
/// open descriptor (so it cannot be swapped between the check and the read), and never read past the limit.
public struct InputFile: Sendable {
    /// Why a file was not read, in words for the person who named it.
    public enum Refusal: Error, Hashable, Sendable {
        case missing
        case notPermitted
        /// A folder, a named pipe, a device or a socket: the plain name of what it is.
        case notAFile(kind: String)
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String)

        /// Completes "… <path> ": "is a folder, not a file".
        public var reason: String {
            switch self {
            case .missing: "does not exist"
            case .notPermitted: "cannot be opened: permission to read it was refused"
            case .notAFile(let kind): "is \(kind), not a file"
            case .tooLarge(let bytes, let limit):
                "is \(Self.size(bytes)), more than the \(Self.size(limit)) Hearth reads"
            case .unreadable(let why): "could not be read: \(why)"
            }
        }

        /// A size as people say it: `2 MB`, `640 KB`.
        public static func size(_ bytes: Int) -> String {
            bytes >= 1 << 20 ? "\((bytes + (1 << 19)) >> 20) MB" : "\(max(1, (bytes + 512) >> 10)) KB"
        }
    }

    /// The bytes of the ordinary file at `path`, when it has at most `limit` of them.
    public static func bytes(at path: String, limit: Int) -> Result<[UInt8], Refusal> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.missing)
            case EACCES, EPERM: return .failure(.notPermitted)
            default: return .failure(.unreadable(String(cString: strerror(errno))))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notAFile(kind: "a folder"))
        case S_IFIFO: return .failure(.notAFile(kind: "a named pipe"))
        case S_IFCHR, S_IFBLK: return .failure(.notAFile(kind: "a device"))
        case S_IFSOCK: return .failure(.notAFile(kind: "a socket"))
        default: return .failure(.notAFile(kind: "something other than a file"))
        }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(bytes: size, limit: limit)) }
        // Read to the limit and one byte more, whatever the size said: a file can grow while it is read.
        var bytes = [UInt8](repeating: 0, count: min(size, limit) + 1)
        var count = 0
        while count < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            count += n
            if count == bytes.count, count <= limit { bytes += [UInt8](repeating: 0, count: min(limit + 1, 2 * count) - count) }
        }
        guard count <= limit else { return .failure(.tooLarge(bytes: count, limit: limit)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}
