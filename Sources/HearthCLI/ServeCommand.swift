import ArgumentParser
import Foundation

/// `hearth serve`: starts the editor, which is the separate program `hearth-serve` installed beside `hearth`, so the
/// web server is not linked into every render.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the practitioner's editor in the browser: the case as a form, each page previewed as it will print.",
        discussion: """
            The editor listens on 127.0.0.1 only; the first line printed is its address, with a new secret token each time. Drafts are kept in the data folder's drafts.sqlite, readable by you only. Nothing leaves this computer. Ctrl-C stops it.

            Examples:
              hearth serve
              hearth serve --port 8080 --no-open
              hearth serve --data ~/hearth-drafts
            """
    )

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: Int = 0

    @Option(help: "The folder for drafts (default: $XDG_DATA_HOME/hearth or ~/.local/share/hearth).")
    var data: String?

    @Flag(help: "Do not open the editor in the default browser.")
    var noOpen = false

    func run() throws {
        guard let program = Self.serverProgram() else {
            throw ValidationError("cannot find 'hearth-serve' beside 'hearth'; build it with 'make build' or 'swift build --product hearth-serve'")
        }
        var arguments = [program, "--port", String(port)]
        if let data { arguments += ["--data", data] }
        if noOpen { arguments.append("--no-open") }
        let argv = arguments.map { strdup($0) } + [nil]
        execv(program, argv)
        throw ValidationError("could not start \(program): \(String(cString: strerror(errno)))")
    }

    /// `hearth-serve` in the folder of the running `hearth` (symlinks followed), else on the PATH.
    static func serverProgram() -> String? {
        var folders: [URL] = []
        if let exe = Bundle.main.executableURL { folders.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        for entry in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            folders.append(URL(fileURLWithPath: String(entry)))
        }
        return folders.map { $0.appendingPathComponent("hearth-serve").path }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
