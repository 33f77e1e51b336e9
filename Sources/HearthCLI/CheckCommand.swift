import ArgumentParser
import Foundation
import Hearth
import HearthCompose

/// `hearth check`: the story's words read over before they reach a child.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read a case's story words over: missing child wording, jargon, blame, long sentences.",
        discussion: """
            Everything the case file's story says is checked: map statements, disputes, the safety plan and page overrides. Each finding names the line and says what to do. Nothing is changed. The case file must be valid first (the same checks as render).

            Examples:
              hearth check case.yaml
              hearth check case.yaml --strict   (exit code 1 when there is anything to look at)
            """
    )

    @Argument(help: "The case file.")
    var caseFile: String

    @Flag(help: "Exit with code 1 when there is anything to look at (for scripts).")
    var strict = false

    func run() throws {
        var found = 0
        try Console.run {
            let url = URL(fileURLWithPath: caseFile)
            let bench = try Workbench(resources: try Resources.locate())
            let findings = StoryCheck(caseFile: try bench.load(url), lexicon: try bench.plainWords()).findings()
            for f in findings { print("hearth: warning: " + f.description) }
            found = findings.count
            print(found == 0 ? "\(caseFile): nothing to look at" : "\(caseFile): \(found) \(found == 1 ? "thing" : "things") to look at")
        }
        if strict && found > 0 { throw ExitCode(1) }
    }
}
