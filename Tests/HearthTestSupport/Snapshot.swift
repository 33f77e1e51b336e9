import Foundation
import Testing

/// Compares text with `__Snapshots__/<name>.txt` beside the calling test file.
///
/// Snapshots change only on purpose: with `HEARTH_RECORD=1` the file is (re)written and the check passes;
/// otherwise a missing file fails, so a CI run can never pass by silently recording.
public func expectSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["HEARTH_RECORD"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("Could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "Missing snapshot \(file.path); run with HEARTH_RECORD=1 to record it. Actual:\n\(actual)",
            sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
    let expectedLine = line < want.count ? String(want[line]) : "<end>"
    let actualLine = line < got.count ? String(got[line]) : "<end>"
    Issue.record(
        """
        Snapshot \(name) differs at line \(line + 1):
          expected: \(expectedLine)
          actual:   \(actualLine)
        Re-record with HEARTH_RECORD=1 if the change is intended.
        """,
        sourceLocation: sourceLocation)
}
