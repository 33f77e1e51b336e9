import ArgumentParser
import Foundation
import Hearth
import HearthModel

/// `hearth pack`: one PDF a trainer prints for a workshop.
struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Make one PDF for a workshop: a contents page, every blank tool, the picture catalogue and worked examples.",
        discussion: """
            Each part is a section of the PDF's outline, listed on the contents page with the page it starts on. Cases given on the command line are added as worked examples, each document of each case its own section; with --anonymise each case is first made into a training copy (as 'hearth anonymise' does), so a real case never reaches the pack.

            Examples:
              hearth pack -o workshop.pdf
              hearth pack Examples/oakley-drinking.yaml Examples/mia.yaml -o workshop.pdf
              hearth pack real-case.yaml --anonymise --paper a3 -o workshop-a3.pdf
            """
    )

    enum PackPaper: String, ExpressibleByArgument, CaseIterable {
        case a4, a3
    }

    @Argument(help: "Case files to add as worked examples.")
    var cases: [String] = []

    @Option(name: .shortAndLong, help: "The PDF to write.")
    var output: String

    @Option(help: "a4 or a3: the paper for the blank tools and the catalogue (the examples keep their own unless a3).")
    var paper: PackPaper = .a4

    @Option(help: "The language of the fixed words (en-GB).")
    var language: String = "en-GB"

    @Flag(help: "Make a training copy of each case first, with made-up names, numbers, dates and places.")
    var anonymise = false

    func run() throws {
        try Console.run {
            let resources = try Resources.locate()
            let bench = try Workbench(resources: resources)
            let sheetPaper: Paper = paper == .a3 ? .a3 : .a4Landscape
            var sections = try bench.blankSections(paper: sheetPaper, language: language)
            for path in cases {
                let url = URL(fileURLWithPath: path)
                let caseFile: CaseFile
                if anonymise {
                    let copy = try TrainingCopy(resources: resources).caseFile(from: url)
                    for warning in copy.warnings { Console.printWarning(warning.description) }
                    caseFile = copy.caseFile
                } else {
                    caseFile = try bench.load(url)
                }
                sections += try bench.caseSections(caseFile, at: url, paper: paper == .a3 ? .a3 : nil)
            }
            let frames = try bench.pack(sections, paper: paper == .a3 ? .a3 : .a4Portrait, language: language)
            let name = URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
            let files = try bench.encode(Workbench.Document(name: name, frames: frames), as: .pdf)
            try Console.write(
                files, to: output, defaultFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), format: .pdf,
                protected: Set(cases.map { URL(fileURLWithPath: $0).standardizedFileURL.path }))
        }
    }
}
