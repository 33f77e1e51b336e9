import Foundation
import Testing

/// Every example's PDF passes `scripts/pdfua-check`, the PDF/UA-1 rules that matter for Hearth's documents
/// (veraPDF is not packaged). The check needs python3 with pikepdf; CI installs it (`.ci/run`), so under CI its
/// absence is a failure, and elsewhere the test is skipped with a note on how to install it.
struct PDFUATests {
    static let checker = CLI.root.appendingPathComponent("scripts/pdfua-check")

    static var pikepdfAvailable: Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import pikepdf, lxml"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    static var required: Bool { ProcessInfo.processInfo.environment["CI"] != nil || pikepdfAvailable }

    @Test(.enabled(if: required, "python3 with pikepdf is needed for the PDF/UA check: pip install pikepdf"))
    func everyExamplePassesThePDFUACheck() throws {
        #expect(Self.pikepdfAvailable, "CI must install pikepdf (pip install pikepdf) for the PDF/UA check")
        let cli = try CLI()
        defer { cli.remove() }
        let examples = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(examples.count >= 9)
        for name in examples {
            let r = try cli.run(["render", CLI.root.appendingPathComponent("Examples/\(name)").path, "-o", "out/"])
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        for (example, paper) in [("amira-domestic-abuse", "a5-booklet"), ("mia", "a5-booklet"), ("oakley-drinking", "a4")] {
            let r = try cli.run([
                "render", CLI.root.appendingPathComponent("Examples/\(example).yaml").path, "--paper", paper, "-o", "out/\(paper)/",
            ])
            #expect(r.status == 0, "\(example) \(paper): \(r.stderr)")
        }
        #expect(try cli.run(["blank", "three-houses", "-o", "out/blank.pdf"]).status == 0)
        #expect(try cli.run(["blank", "three-houses", "--child-names-houses", "-o", "out/blank-named.pdf"]).status == 0)
        #expect(try cli.run(["pictures", "-o", "out/catalogue.pdf"]).status == 0)
        for (kind, extra) in [("safety-plan", []), ("my-safety-plan", []), ("my-safety-plan", ["--wallet"])] {
            #expect(try cli.run(["blank", kind] + extra + ["-o", "out/blank-\(kind)\(extra.joined()).pdf"]).status == 0)
        }
        let pdfs = cli.files().filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count >= examples.count + 8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.checker.path] + pdfs
        p.currentDirectoryURL = cli.folder
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "PDF/UA problems:\n\(report)")
    }
}
