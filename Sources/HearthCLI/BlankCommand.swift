import ArgumentParser
import Foundation
import Hearth
import HearthModel

/// `hearth blank`: empty worksheets for live sessions and trainers' handouts.
struct BlankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blank",
        abstract: "Render a blank worksheet to fill in by hand.",
        discussion: """
            Examples:
              hearth blank three-houses -o houses.pdf
              hearth blank three-houses --child Mia --paper a3 -o mia-houses.pdf
              hearth blank three-houses --child-names-houses -o houses.pdf
              hearth blank three-houses --language pl -o domki.pdf
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case threeHouses = "three-houses"
    }

    @Argument(help: "The worksheet: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind

    @OptionGroup var out: OutputOptions

    @Option(help: "A child's name for the heading (\"Mia's Three Houses\").")
    var child: String?

    @Option(help: "a4-landscape, a4, a3, letter-landscape or letter.")
    var paper: Paper = .a4Landscape

    @Option(help: "The language of the printed words, as a code: en-GB (the default), cy, pl, ro, pa, ur, pt, es, ar, bn, gu or so.")
    var language: String = "en-GB"

    @Flag(help: "Leave the signs on the roofs empty, so the child can give each house its own name.")
    var childNamesHouses = false

    func run() throws {
        try Console.run {
            let bench = try Workbench(resources: try Resources.locate())
            let name = child.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            let (code, note) = try Workbench.language(language)
            if let note { Console.printWarning(note) }
            let frames = try bench.blankThreeHouses(
                childName: name, paper: paper, childNamesHouses: childNamesHouses, language: code)
            let document = Workbench.Document(name: "\(kind.rawValue)-blank", frames: frames)
            let files = try bench.encode(document, as: out.format, dpi: out.dpi)
            try Console.write(
                files, to: out.output, defaultFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                format: out.format, protected: [])
        }
    }
}
