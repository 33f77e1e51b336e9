import ArgumentParser
import Foundation
import Hearth
import HearthModel

/// `hearth anonymise`: a training copy of a real case, for workshops.
struct AnonymiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anonymise",
        abstract: "Write a training copy of a case with made-up names, numbers, dates, addresses and schools.",
        discussion: """
            The copy renders the same documents with nothing that identifies the family: every name becomes a made-up name of the same culture, kept the way the child says it ("Nanna Pat" becomes "Nanna Jo"); phone numbers become drama numbers (07700 900xxx, 020 7946 0xxx) while 999, 111, Childline and other helplines stay; dates move by the same whole number of weeks (weekdays and ages stay); postcodes, street addresses, schools and private values are replaced; the author becomes "a social worker"; drawings and comments are left out. The same case always gives the same copy.

            Every replacement is listed on standard error (or in --report FILE). Words it cannot be sure of — a capitalised word that may be a name or a place, a long number — are warnings with their line in the copy; check them by hand. With --strict they are errors and nothing is written.

            Examples:
              hearth anonymise Examples/oakley-drinking.yaml -o training/oakley.yaml
              hearth anonymise case.yaml -o copy.yaml --report changes.txt --strict
            """
    )

    @Argument(help: "The real case file.")
    var caseFile: String

    @Option(name: .shortAndLong, help: "The training copy to write (never the case file itself).")
    var output: String

    @Option(help: "Write the list of replacements to this file instead of standard error.")
    var report: String?

    @Flag(help: "Treat every warning as an error: write nothing when a word may still identify the family.")
    var strict = false

    @Flag(help: "Keep the child's drawings (left out by default: a drawing can show a face, a house or a name).")
    var keepDrawings = false

    func run() throws {
        try Console.run {
            let input = URL(fileURLWithPath: caseFile)
            let out = URL(fileURLWithPath: output)
            guard input.standardizedFileURL.path != out.standardizedFileURL.path else {
                throw HearthError.output("the copy would replace the real case \(caseFile)\n  fix: write the copy elsewhere with -o")
            }
            let copy = try TrainingCopy(resources: try Resources.locate()).make(from: input, to: out, keepDrawings: keepDrawings)
            for warning in copy.warnings {
                if strict { Console.printError(warning.description) } else { Console.printWarning(warning.description) }
            }
            if strict && !copy.warnings.isEmpty {
                let n = copy.warnings.count
                throw HearthError.output("\(n == 1 ? "1 word" : "\(n) words") may still identify the family (--strict); nothing was written")
            }
            let lines = copy.changes.map(\.description).joined(separator: "\n") + "\n"
            var files: [(URL, [UInt8])] = [(out, Array(copy.text.utf8))]
            if let report { files.append((URL(fileURLWithPath: report), Array(lines.utf8))) }
            let writer = AtomicWriter(protected: [input.standardizedFileURL.path])
            var staged: [AtomicWriter.Staged] = []
            do {
                for (url, bytes) in files { staged.append(try writer.stage(bytes, to: url)) }
                for s in staged { try writer.commit(s) }
            } catch {
                for s in staged { writer.discard(s) }
                throw error
            }
            if report == nil {
                FileHandle.standardError.write(Data(copy.changes.map { "hearth: replaced: \(Excerpt.visible($0.description))\n" }.joined().utf8))
            }
            print("wrote \(output) (\(copy.changes.count) replacements, \(copy.warnings.count) to check) — then: hearth render \(output)")
        }
    }
}
