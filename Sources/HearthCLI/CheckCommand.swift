import ArgumentParser
import Foundation
import Hearth
import HearthCompose
import HearthModel

/// `hearth check`: everything `render` would refuse, then the words of every document the case asks for read over
/// before they reach a child or a family (``StoryCheck``, which includes ``ToolCheck``).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a case file: what render would refuse, then jargon, blame and long sentences in the child's words.",
        discussion: """
            First everything that would stop 'hearth render' is found, as errors: mistakes in the file, statements with no words agreed for the child, anything marked private that a child's document would print, words that do not fit. Check never passes a file that render refuses. Then the words are read over, as warnings: the story's, and those of the other documents the case asks for (the family's safety plan in plain English for grown-ups; the child's card, Safety House rules, who people are on the safety circles, the scale's words and the Fairy/Wizard questions for the child; never the child's own words, which are printed as said): jargon with a plainer word, blaming phrases, sentences too long for the reader. Each message names the line and says what to do. Nothing is changed and nothing is written.

            Exit code: 1 when there is an error (with --strict, also when there is a warning), else 0.

            Examples:
              hearth check case.yaml
              hearth check case.yaml --strict   (for teams that check case files in CI)
              hearth check case.yaml --draft    (statements without child wording are warnings, as for render --draft)
            """
    )

    @Argument(help: "The case file.")
    var caseFile: String

    @Flag(help: "Exit with code 1 on any finding, warnings included (for scripts and CI).")
    var strict = false

    @Flag(help: "Check as 'render --draft' would: statements with no words for the child are warnings, not errors.")
    var draft = false

    func run() throws {
        var errors = 0, warnings = 0
        try Console.run {
            let url = URL(fileURLWithPath: caseFile)
            let bench = try Workbench(resources: try Resources.locate())
            let parsed: CaseFile
            do {
                parsed = try bench.load(url)
            } catch let error as HearthError {
                errors = Self.report(error)
                Self.summary(caseFile, errors: errors, warnings: 0)
                throw ExitCode(1)
            }
            do {
                let documents = try bench.documents(for: parsed, at: url, draft: draft)
                // A note on the language is the same for every document: said once.
                let notes = parsed.output.notes.map(\.description)
                for note in notes { Self.say("warning", note) }
                warnings += notes.count
                for document in documents {
                    let own = document.warnings.filter { !notes.contains($0) }
                    for warning in own { Self.say("warning", warning) }
                    warnings += own.count
                }
                if let unchecked = UncheckedWords(all: documents.compactMap(\.unchecked)) {
                    Self.say("warning", unchecked.message)
                    warnings += 1
                }
            } catch let error as HearthError {
                errors = Self.report(error)
            }
            let findings = StoryCheck(caseFile: parsed, lexicon: try bench.plainWords()).findings()
            for f in findings { Self.say("warning", f.description) }
            warnings += findings.count
            Self.summary(caseFile, errors: errors, warnings: warnings)
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }

    /// Prints every problem of an error, returning how many there were.
    static func report(_ error: HearthError) -> Int {
        if case .caseFile(let problems) = error {
            for d in problems.diagnostics { say("error", d.description) }
            return problems.diagnostics.count
        }
        say("error", error.description)
        return 1
    }

    /// Check's findings are its report, so they go to standard output (render's go to standard error).
    static func say(_ kind: String, _ message: String) {
        print("hearth: \(kind): \(message)")
    }

    static func summary(_ file: String, errors: Int, warnings: Int) {
        func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }
        if errors == 0 && warnings == 0 {
            print("\(file): no problems found")
        } else if errors == 0 {
            print("\(file): \(count(warnings, "thing", "things")) to look at; render will accept it")
        } else {
            let also = warnings == 0 ? "" : ", and \(count(warnings, "thing", "things")) to look at"
            print("\(file): \(count(errors, "problem that stops", "problems that stop")) render\(also)")
        }
    }
}
