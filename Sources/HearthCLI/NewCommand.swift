import ArgumentParser
import Foundation
import Hearth
import HearthModel

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
              hearth new --kind safety-plan -o plan.yaml
              hearth new --kind my-safety-plan --child Zara -o zara-card.yaml

            --kind picks a starter made for one document: safety-plan (the family's plan), my-safety-plan (the
            child's safety card, with a minimal card for domestic abuse explained), safety-scale, safety-house,
            fairy-wizard or safety-circles. Without it (or for words-and-pictures and three-houses), the starter makes
            the story and the Three Houses worksheet.
            """
    )

    @Option(name: .shortAndLong, help: "The file to write (default: case.yaml).")
    var output: String = "case.yaml"

    @Option(help: "The child's first name, used in place of the example child's.")
    var child: String?

    @Option(help: "A starter for one kind of document: \(NewCommand.kinds.joined(separator: ", ")).")
    var kind: String?

    /// Kinds with a starter of their own in `Assets/templates/KIND.yaml`; the others start from `starter.yaml`.
    static let kinds = ["safety-plan", "my-safety-plan", "safety-scale", "safety-house", "fairy-wizard", "safety-circles"]

    func validate() throws {
        if let kind, !NewCommand.kinds.contains(kind), DocumentKind(rawValue: kind) == nil {
            throw ValidationError("'\(kind)' is not a kind of document; the kinds are \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try Console.run {
            let resources = try Resources.locate()
            let name = kind.flatMap { NewCommand.kinds.contains($0) ? $0 : nil } ?? "starter"
            let template = resources.assets.appendingPathComponent("templates/\(name).yaml")
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
