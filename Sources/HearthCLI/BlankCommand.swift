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
              hearth blank safety-scale -o scale.pdf
              hearth blank safety-house --child Mia -o mia-safety-house.pdf
              hearth blank fairy-wizard --helper wizard -o wizard.pdf
              hearth blank safety-circles --paper a3 -o circles.pdf
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case threeHouses = "three-houses"
        case safetyScale = "safety-scale"
        case safetyHouse = "safety-house"
        case fairyWizard = "fairy-wizard"
        case safetyCircles = "safety-circles"
    }

    enum Helper: String, ExpressibleByArgument, CaseIterable {
        case fairy, wizard
    }

    @Argument(help: "The worksheet: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind

    @OptionGroup var out: OutputOptions

    @Option(help: "A child's name for the heading (\"Mia's Three Houses\").")
    var child: String?

    @Option(help: "a4-landscape, a4, a3, letter-landscape or letter.")
    var paper: Paper = .a4Landscape

    @Flag(help: "Leave the signs on the roofs empty, so the child can give each house its own name.")
    var childNamesHouses = false

    @Option(help: "For fairy-wizard: the helper the child chose (fairy or wizard); without it both are shown.")
    var helper: Helper?

    func run() throws {
        try Console.run {
            let bench = try Workbench(resources: try Resources.locate())
            let name = child.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            let frames = kind == .threeHouses
                ? try bench.blankThreeHouses(childName: name, paper: paper, childNamesHouses: childNamesHouses)
                : try bench.blankSafetyTool(
                    DocumentKind(rawValue: kind.rawValue) ?? .safetyScale, childName: name, paper: paper,
                    helper: helper.flatMap { MagicHelper(rawValue: $0.rawValue) })
            let document = Workbench.Document(name: "\(kind.rawValue)-blank", frames: frames)
            let files = try bench.encode(document, as: out.format, dpi: out.dpi)
            try Console.write(
                files, to: out.output, defaultFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                format: out.format, protected: [])
        }
    }
}
