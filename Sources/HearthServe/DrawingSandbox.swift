import Foundation
import HearthModel

/// The only files a render in the editor reads besides Hearth's own: a fresh private folder (0700) holding the
/// draft's drawings, made for one render and removed after it. Every drawing a case names must be one of the
/// draft's drawings, by its name or by a relative path ending in it (`drawings/biscuit.jpg`, as a case written for
/// the command line has it) whose every part is a plain name: checked before anything is read, so a case that says
/// `../../etc/passwd` or `/home/…` is refused with a located problem and never opens that file.
struct DrawingSandbox {
    let folder: URL

    /// The problems with the drawings a case names, given the names of the draft's drawings.
    static func problems(in caseFile: CaseFile, available: Set<String>) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for ref in caseFile.drawingRefs {
            if let name = drawingName(ref.path), available.contains(name.value) {
                continue
            } else if drawingName(ref.path) == nil {
                out.append(Diagnostic(
                    location: ref.location, keyPath: ref.keyPath,
                    message: "in the editor a drawing is named as it was uploaded ('worries.png'), not as a path on the computer",
                    fix: "upload the drawing in the editor's Drawings section and choose it here"))
            } else {
                let names = available.sorted()
                out.append(Diagnostic(
                    location: ref.location, keyPath: ref.keyPath,
                    message: "this draft has no drawing called '\(drawingName(ref.path)?.value ?? ref.path)'",
                    fix: names.isEmpty
                        ? "upload the drawing in the editor's Drawings section first"
                        : "use one of the draft's drawings: \(names.joined(separator: ", "))"))
            }
        }
        return CaseFileError(diagnostics: out).diagnostics
    }

    /// The draft's drawing a path names: its last part, when the path is relative and every part is a plain name
    /// (no `..`, no `.`, nothing hidden); nil otherwise.
    static func drawingName(_ path: String) -> DrawingName? {
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ DrawingName($0) != nil }) else { return nil }
        return DrawingName(parts[parts.count - 1])
    }

    /// A new private folder with each drawing the case names written where the case's path puts it. Call only
    /// when ``problems(in:available:)`` found none.
    static func make(for caseFile: CaseFile, drawings: [String: [UInt8]]) throws -> DrawingSandbox {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("hearth-editor-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let sandbox = DrawingSandbox(folder: folder)
        for ref in caseFile.drawingRefs {
            guard let name = drawingName(ref.path), let bytes = drawings[name.value] else { continue }
            let file = folder.appendingPathComponent(ref.path)
            do {
                try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                sandbox.remove()
                throw error
            }
            guard fm.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                sandbox.remove()
                throw CocoaError(.fileWriteUnknown)
            }
        }
        return sandbox
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
