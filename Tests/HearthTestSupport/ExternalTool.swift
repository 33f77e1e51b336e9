import Foundation
import Testing

/// Runs a command-line tool a reader of Hearth's output would use (pdftotext, qpdf) and returns what it printed.
/// Tests that need one say so with a condition trait (``Trait/needsPoppler``, ``Trait/needsQPDF``), so a machine
/// without it skips them with the package to install instead of failing.
public enum ExternalTool {
    /// Where the tools are looked for.
    public static let folder = "/usr/bin"

    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Whether `/usr/bin/<name>` exists and can be run.
    public static func isInstalled(_ name: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: path(of: name))
    }

    static func path(of name: String) -> String {
        name.hasPrefix("/") ? name : "\(folder)/\(name)"
    }

    /// What the tool printed on standard output, whatever its exit status.
    public static func output(_ name: String, _ args: [String]) throws -> String {
        try run(name, args).output
    }

    /// Runs the tool to its end; standard error is read and dropped.
    public static func run(_ name: String, _ args: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(of: name))
        process.arguments = args
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}

extension Trait where Self == ConditionTrait {
    /// The test reads a PDF with poppler-utils (pdftotext, pdftoppm, pdfinfo, pdffonts, pdfimages).
    public static var needsPoppler: Self {
        .enabled(
            if: ["pdftotext", "pdftoppm", "pdfinfo", "pdffonts", "pdfimages"].allSatisfy(ExternalTool.isInstalled),
            "needs poppler-utils (pdftotext, pdftoppm, pdfinfo, pdffonts, pdfimages): apt-get install poppler-utils")
    }

    /// The test checks a PDF's structure with qpdf.
    public static var needsQPDF: Self {
        .enabled(if: ExternalTool.isInstalled("qpdf"), "needs qpdf: apt-get install qpdf")
    }
}
