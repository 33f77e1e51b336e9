import ArgumentParser
import Foundation
import Hearth
import HearthServe
import HTTPTypes
import Hummingbird
import NIOCore
import HummingbirdCore
import NIOCore

/// `hearth-serve`, which `hearth serve` runs: a program of its own so that the `hearth` command does not link
/// SwiftNIO, Hummingbird and SQLite and every render starts as fast as before.
@main
struct ServeMain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth serve",
        abstract: "Open the practitioner's editor: the case as a form, with each page previewed as it will print.",
        discussion: """
            The editor runs on this computer only (127.0.0.1) and is opened with the address it prints first, which holds a new secret token at every start. Drafts are kept in the data folder in drafts.sqlite (readable by you only); nothing is sent anywhere or logged but each request's method, path, status and time. Ctrl-C stops it.
            """
    )

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: Int = 0

    @Option(help: "The folder for drafts (default: $XDG_DATA_HOME/hearth or ~/.local/share/hearth).")
    var data: String?

    @Flag(help: "Do not open the editor in the default browser.")
    var noOpen = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        let resources: Resources
        do { resources = try Resources.locate() } catch { throw ValidationError(error.description) }
        let folder = data.map { URL(fileURLWithPath: $0) } ?? EditorServer.defaultDataFolder()
        let server: EditorServer
        do {
            server = try EditorServer(resources: resources, dataFolder: folder, log: { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            })
        } catch {
            Self.fail(
                "cannot keep drafts in '\(folder.path)': it could not be created or opened",
                fix: "give a folder you can write to with --data")
        }
        let open = !noOpen
        let token = server.token
        let app = server.application(port: port) { port in
            let address = EditorServer.address(port: port, token: token)
            // Written straight to the file descriptor, unbuffered, so a script reading the first line gets it now.
            FileHandle.standardOutput.write(Data((address + "\n").utf8))
            FileHandle.standardError.write(Data("hearth: drafts are kept in \(folder.path)/\(DraftStore.fileName); Ctrl-C stops the editor\n".utf8))
            if open { Self.openBrowser(address) }
        }
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            Self.fail("port \(port) is already in use", fix: "choose another with --port, or leave --port out for a free one")
        }
    }

    /// Says what stopped the editor, as the other commands do, and exits with 1.
    static func fail(_ message: String, fix: String) -> Never {
        FileHandle.standardError.write(Data("hearth: error: \(message)\n  fix: \(fix)\n".utf8))
        Foundation.exit(1)
    }

    static func openBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
