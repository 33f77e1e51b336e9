import Foundation
import Hearth
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// The editor's own files, from `Assets/editor` (the page, its style and script) and `Assets/api` (the OpenAPI
/// description): a fixed list, so no request can name another file.
struct PageRoutes {
    let resources: Resources

    static let files: [(path: String, folder: String, file: String, type: String)] = [
        ("/", "editor", "index.html", "text/html; charset=utf-8"),
        ("/editor.css", "editor", "editor.css", "text/css; charset=utf-8"),
        ("/editor.js", "editor", "editor.js", "text/javascript; charset=utf-8"),
        ("/api/openapi.yaml", "api", "openapi.yaml", "application/yaml; charset=utf-8"),
    ]

    func add(to router: Router<BasicRequestContext>) {
        for entry in Self.files {
            let url = resources.assets.appendingPathComponent(entry.folder).appendingPathComponent(entry.file)
            router.get(RouterPath(entry.path)) { _, _ -> Response in
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw APIError(.notFound, message: "the editor's file \(entry.file) is missing from this installation")
                }
                return JSONBody.bytes([UInt8](data), type: entry.type)
            }
        }
    }
}
