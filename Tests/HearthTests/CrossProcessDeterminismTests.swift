import Foundation
import Testing

/// The same case gives the same bytes in two separate `hearth` processes, whatever their environment (locale,
/// time zone, home, working folder): nothing in a PDF may come from the clock, the machine or the process.
struct CrossProcessDeterminismTests {
    @Test func twoProcessesWriteTheSameBytes() throws {
        let one = try CLI(), two = try CLI()
        defer {
            one.remove()
            two.remove()
        }
        let elsewhere = two.folder.appendingPathComponent("somewhere/else")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let cases = ["mia", "amira-domestic-abuse", "ayesha-urdu"].map { CLI.root.appendingPathComponent("Examples/\($0).yaml").path }
        for path in cases {
            let a = try one.run(
                ["render", path, "-o", one.folder.appendingPathComponent("out").path + "/"],
                environment: ["LANG": "C", "TZ": "UTC", "HOME": one.folder.path])
            let b = try two.run(
                ["render", path, "-o", two.folder.appendingPathComponent("out").path + "/"],
                in: elsewhere,
                environment: [
                    "LANG": "pl_PL.UTF-8", "LC_ALL": "de_DE.UTF-8", "TZ": "Pacific/Kiritimati", "HOME": elsewhere.path,
                    "HEARTH_UNRELATED": String(repeating: "x", count: 4096), "SOURCE_DATE_EPOCH": "0",
                ])
            #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        }
        let files = one.files().filter { $0.hasSuffix(".pdf") }
        #expect(files.count == 3)
        #expect(files == two.files().filter { $0.hasSuffix(".pdf") && !$0.hasPrefix("somewhere") })
        for file in files {
            let a = try Data(contentsOf: one.folder.appendingPathComponent(file))
            let b = try Data(contentsOf: two.folder.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between two processes")
        }
    }
}
