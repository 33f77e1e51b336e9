import ArgumentParser
import Hearth

/// The `hearth` command: child-facing Signs of Safety documents from a case file.
@main
struct HearthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth",
        abstract: "Turn a Signs of Safety case file into child-facing documents (PDF, PNG, SVG).",
        discussion: """
            Everything happens on this machine: case files are never sent anywhere or logged.

            Examples:
              hearth render Examples/mia.yaml -o out/
              hearth render case.yaml --format png --dpi 96 -o previews/
              hearth render case.yaml --paper a3 -o mia-a3.pdf
              hearth blank three-houses -o houses.pdf
              hearth blank three-houses --child Mia --paper a4 -o mia-houses.pdf
              hearth pictures -o catalogue.pdf
              hearth new --child Zara -o zara.yaml
            """,
        version: "0.1.0",
        subcommands: [
            RenderCommand.self, CheckCommand.self, BlankCommand.self, PicturesCommand.self, NewCommand.self, AnonymiseCommand.self, PackCommand.self,
            ServeCommand.self,
        ]
    )
}
