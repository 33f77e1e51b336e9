import ArgumentParser
import Foundation
import Hearth

/// `hearth new`: a commented starter case file to fill in with the family.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter case file to fill in with the family.",
        discussion: """
            The starter explains every section in plain words and holds a made-up example family (the Examples), to be replaced. It never writes over a file that already exists.

            Examples:
              hearth new -o mia.yaml
              hearth new --child Zara -o zara.yaml
              hearth new --kind safety-house --child Zara -o zara-house.yaml
            """
    )

    @Option(name: .shortAndLong, help: "The file to write (default: case.yaml).")
    var output: String = "case.yaml"

    @Option(help: "The child's first name, used in place of the example child's.")
    var child: String?

    /// A starter for one document kind alone; without it, the full starter (story, plan and Three Houses).
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case safetyScale = "safety-scale"
        case safetyHouse = "safety-house"
        case fairyWizard = "fairy-wizard"
        case safetyCircles = "safety-circles"
    }

    @Option(help: "A starter for one kind of document: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind?

    func run() throws {
        try Console.run {
            let resources = try Resources.locate()
            let template = resources.assets.appendingPathComponent("templates/\(kind?.rawValue ?? "starter").yaml")
            guard var text = try? String(contentsOf: template, encoding: .utf8) else {
                throw HearthError.resources("cannot read the starter case at \(template.path)")
            }
            if let name = child?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
                text = StarterCase.personalised(text, childName: name)
            }
            let url = URL(fileURLWithPath: output)
            if FileManager.default.fileExists(atPath: url.path) {
                throw HearthError.output("\(output) already exists; Hearth never writes over a case file\n  fix: choose another name with -o")
            }
            try AtomicWriter().write(Array(text.utf8), to: url)
            print("wrote \(output) — fill it in, then: hearth render \(output)")
        }
    }
}

/// The starter with the example child's name replaced by a real first name (and her id by a matching word).
enum StarterCase {
    static func personalised(_ text: String, childName: String) -> String {
        let id = childName.lowercased().filter { $0.isLetter || $0.isNumber }
        var out = ""
        var word = ""
        func flush() {
            out += word == "Mia" ? childName : (word == "mia" && !id.isEmpty ? id : word)
            word = ""
        }
        for c in text {
            if c.isLetter { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }
}
