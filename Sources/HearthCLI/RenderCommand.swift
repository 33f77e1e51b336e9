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

            A child's story prints only the words agreed for the child ('child:' under each statement); a statement without them is a problem, unless --draft is given. Nothing listed under 'private:', and no full name of a person marked 'private: yes', is ever printed on a child's document.

            -o names a file when exactly one file results and the name ends in the format's extension; otherwise it names a folder (made if missing). Without -o, files go next to each case file.

            Several case files, or a folder of them, are rendered at once on every core. A case file with problems is reported with its problems and gets no files; the others are still written, and the exit code is 1.

            Examples:
              hearth render Examples/mia.yaml -o out/
              hearth render case.yaml --format png --first-page-only -o out/
              hearth render case.yaml --paper a4 -o mia.pdf
              hearth render case.yaml --draft -o drafts/   (pages still without words for the child are stamped DRAFT)
              hearth render Examples/ -o out/
            """
    )

    @Argument(help: "Case files (.yaml, .yml or .json), or folders of them.")
    var caseFiles: [String]

    @OptionGroup var out: OutputOptions

    @Option(help: "a4-landscape, a4, a3, a5-booklet, letter-landscape or letter; overrides the case file's output.paper.")
    var paper: Paper?

    @Flag(help: "For png and svg: only the first page (a preview).")
    var firstPageOnly = false

    @Flag(help: "Render a draft to read with the family: where no words are agreed for the child yet, the professional wording stands in and the page is stamped DRAFT (the file is named …-story-draft). Never give a draft to the child.")
    var draft = false

        @Option(help: "How many case files to render at once (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, found \(jobs)") }
    }

    func run() throws {
        try Console.run {
            let urls = try CaseFileList.expand(caseFiles)
            let resources = try Resources.locate()
            let jobs = urls.map { Batch.Job(caseFile: $0, paper: paper, format: out.format, dpi: out.dpi, firstPageOnly: firstPageOnly, draft: draft) }
            if jobs.count == 1 {
                // One case: its problems are the error, exactly as for any single command.
                let bench = try Workbench(resources: resources)
                switch Batch.outcome(jobs[0], on: bench) {
                case .failed(let error): throw error
                case .rendered(let files, let inputs): try write(files, for: urls[0], inputs: inputs)
                }
                return
            }
            if let output = out.output, Console.isFileName(output) {
                throw HearthError.output(
                    "-o \(output) names one file, but \(urls.count) case files were given\n  fix: give a folder with -o")
            }
            let outcomes = Batch(resources: resources, workers: self.jobs ?? ProcessInfo.processInfo.activeProcessorCount).run(jobs)
            try refuseClashes(outcomes, urls: urls)
            var failed = 0
            for (url, outcome) in zip(urls, outcomes) {
                switch outcome {
                case .failed(let error):
                    failed += 1
                    Console.report(error, nothingWritten: "in \(url.relativePath); its documents were not written")
                case .rendered(let files, let inputs):
                    try write(files, for: url, inputs: inputs)
                }
            }
            if failed > 0 {
                Console.printError("\(failed) of \(urls.count) case files had problems (listed above); the rest were written")
                throw ExitCode(1)
            }
        }
    }

    func write(_ files: [OutputFile], for url: URL, inputs: [URL]) throws(HearthError) {
        let protected = Set(inputs.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
        try Console.write(files, to: out.output, defaultFolder: url.deletingLastPathComponent(), format: out.format, protected: protected)
    }

    /// Two cases whose files would land on the same path stop the batch before anything is written.
    func refuseClashes(_ outcomes: [Batch.Outcome], urls: [URL]) throws(HearthError) {
        var owner: [String: URL] = [:]
        for (url, outcome) in zip(urls, outcomes) {
            guard case .rendered(let files, _) = outcome else { continue }
            let folder = out.output.map { URL(fileURLWithPath: $0) } ?? url.deletingLastPathComponent()
            for file in files {
                let path = folder.appendingPathComponent(file.name).standardizedFileURL.path
                if let first = owner[path], first != url {
                    throw .output(
                        "\(first.relativePath) and \(url.relativePath) would both write \(path); nothing was written\n"
                            + "  fix: rename one of the case files, or render them into different folders")
                }
                owner[path] = url
            }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension Paper: ExpressibleByArgument {}
