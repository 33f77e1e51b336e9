import ArgumentParser
import Hearth

/// Where and in what form a command writes: shared by every command that renders.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file, or a folder when several files result.")
    var output: String?

    @Option(help: "pdf, png or svg (png and svg: one file per page).")
    var format: OutputFormat = .pdf

    @Option(help: "Resolution of PNG output, in dots per inch (24 to 600).")
    var dpi: Double = 96

    func validate() throws {
        guard dpi >= 24 && dpi <= 600 else { throw ValidationError("--dpi must be between 24 and 600") }
    }
}
