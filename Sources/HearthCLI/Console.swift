import ArgumentParser
import Foundation
import Hearth
import HearthModel

/// The thin edge between Hearth's errors and the terminal: messages on stderr, exit code 1 for anything the user
/// can fix, and one line per file written.
enum Console {
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as HearthError {
            report(error, nothingWritten: "in the case file; nothing was written")
            throw ExitCode(1)
        }
    }

    /// Prints an error: every problem of a case file with its place, or the one message.
    static func report(_ error: HearthError, nothingWritten: String) {
        if case .caseFile(let problems) = error {
            for d in problems.diagnostics { printError(d.description) }
            let n = problems.diagnostics.count
            FileHandle.standardError.write(Data("hearth: \(n == 1 ? "1 problem" : "\(n) problems") \(nothingWritten)\n".utf8))
        } else {
            printError(error.description)
            // A problem found while composing or laying out is in the case file too, and stopped every write.
            switch error {
            case .layout, .compose:
                FileHandle.standardError.write(Data("hearth: 1 problem \(nothingWritten)\n".utf8))
            default:
                break
            }
        }
    }

    /// Every message reaches the terminal with its invisible characters shown as codes: words from a case file
    /// (a name with an escape sequence in it) must never act on the terminal.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("hearth: error: " + Excerpt.visible(message) + "\n").utf8))
    }

    static func printWarning(_ message: String) {
        FileHandle.standardError.write(Data(("hearth: warning: " + Excerpt.visible(message) + "\n").utf8))
    }

    /// Writes every file or none: all were rendered in memory before the first write.
    static func write(
        _ files: [OutputFile], to output: String?, defaultFolder: URL, format: OutputFormat, protected: Set<String>
    ) throws(HearthError) {
        let writer = AtomicWriter(protected: protected)
        var targets: [(URL, OutputFile)] = []
        if let output, files.count == 1, output.lowercased().hasSuffix(".\(format.fileExtension)") {
            targets = [(URL(fileURLWithPath: output), files[0])]
        } else {
            if let output, isFileName(output) {
                throw .output(
                    "-o \(output) names one file, but \(files.count) files result (\(files.map(\.name).joined(separator: ", ")))\n"
                        + "  fix: give a folder with -o, or use --first-page-only")
            }
            let folder = output.map { URL(fileURLWithPath: $0) } ?? defaultFolder
            targets = files.map { (folder.appendingPathComponent($0.name), $0) }
        }
        // Every name is checked, then every file written under a temporary name, before any takes its own name.
        for (url, _) in targets { try writer.check(url) }
        var staged: [AtomicWriter.Staged] = []
        do {
            for (url, file) in targets { staged.append(try writer.stage(file.bytes, to: url)) }
        } catch {
            for s in staged { writer.discard(s) }
            throw error
        }
        for ((url, file), s) in zip(targets, staged) {
            try writer.commit(s)
            let pages = file.page.map { "page \($0) of \(file.pageCount)" }
                ?? (file.pageCount == 1 ? "1 page" : "\(file.pageCount) pages")
            print("wrote \(url.relativePath) (\(pages), \(file.bytes.count / 1024 + 1) KB)")
            if let printing = file.printing { print("  \(printing)") }
            for warning in file.warnings { printWarning(warning) }
        }
    }

    static func isFileName(_ s: String) -> Bool {
        OutputFormat.allCases.contains { s.lowercased().hasSuffix(".\($0.fileExtension)") }
    }
}
