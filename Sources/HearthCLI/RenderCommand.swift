import ArgumentParser
import Foundation
import Hearth
import HearthModel

/// `hearth render`: every document a case file asks for.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the documents a case file asks for.",
        discussion: """
            The case file is YAML (or JSON with the same keys). If it has any problem, every problem is listed with its line and column and nothing is written.

            -o names a file when exactly one file results and the name ends in the format's extension; otherwise it names a folder (made if missing). Without -o, files go next to the case file.

            Examples:
              hearth render Examples/mia.yaml -o out/
              hearth render case.yaml --format png --first-page-only -o out/
              hearth render case.yaml --paper a4 -o mia.pdf
            """
    )

    @Argument(help: "The case file (.yaml, .yml or .json).")
    var caseFile: String

    @OptionGroup var out: OutputOptions

    @Option(help: "a4-landscape, a4, a3 or a5-booklet; overrides the case file's output.paper.")
    var paper: Paper?

    @Flag(help: "For png and svg: only the first page (a preview).")
    var firstPageOnly = false

    func run() throws {
        try Console.run {
            let url = URL(fileURLWithPath: caseFile)
            let bench = try Workbench(resources: try Resources.locate())
            let parsed = try bench.load(url)
            var files: [OutputFile] = []
            for document in try bench.documents(for: parsed, at: url, paper: paper) {
                files += try bench.encode(document, as: out.format, dpi: out.dpi, firstPageOnly: firstPageOnly)
            }
            let folder = url.deletingLastPathComponent()
            var inputs: [URL] = [url]
            for interview in parsed.threeHouses {
                for house in House.allCases {
                    if let ref = interview.drawings[house] {
                        inputs.append(URL(fileURLWithPath: ref.path, relativeTo: folder))
                    }
                }
            }
            let protected = Set(inputs.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
            try Console.write(files, to: out.output, defaultFolder: url.deletingLastPathComponent(), format: out.format, protected: protected)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension Paper: ExpressibleByArgument {}
