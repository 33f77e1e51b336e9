import Foundation
import Hearth
import Testing

/// The writer replaces names, never what a link points to.
struct AtomicWriterTests {
    @Test func aLinkPlantedAtTheTemporaryNameIsNotWrittenThrough() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("keep.txt")
        try "precious".write(to: victim, atomically: true, encoding: .utf8)
        let pid = ProcessInfo.processInfo.processIdentifier
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent(".story.pdf.\(pid).tmp").path, withDestinationPath: victim.path)
        let target = folder.appendingPathComponent("story.pdf")
        try AtomicWriter().write(Array("%PDF".utf8), to: target)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        #expect(try String(contentsOf: target, encoding: .utf8) == "%PDF")
        // The planted link is left as it was, and no temporary file is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [".story.pdf.\(pid).tmp", "keep.txt", "story.pdf"])
    }

    @Test func aLinkAtTheOutputNameIsRefusedAndAFileIsReplaced() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("keep.txt")
        try "precious".write(to: victim, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("story.pdf")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: victim.path)
        #expect(throws: HearthError.self) { try AtomicWriter().write(Array("%PDF".utf8), to: link) }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        try AtomicWriter().write(Array("%PDF".utf8), to: victim)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "%PDF")
    }
}
