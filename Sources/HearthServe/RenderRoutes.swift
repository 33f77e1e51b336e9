import Foundation
import Hearth
import HearthModel
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// `POST /api/render`, `POST /api/check` and `POST /api/convert` with the case in the body; `GET
/// /api/drafts/{id}/render` and `/check` for a saved draft, whose drawings only that render may read.
struct RenderRoutes {
    let queue: RenderQueue
    let store: DraftStore

    func add(to router: Router<BasicRequestContext>) {
        router.post("/api/render") { request, _ -> Response in
            let options = try RenderOptions(query: request.uri.queryParameters)
            let input = CaseRenderer.Input(text: try await request.text())
            return try await render(input, options)
        }
        router.post("/api/check") { request, _ -> Response in
            let draft = RenderOptions.flag(request.uri.queryParameters["draft"])
            let input = CaseRenderer.Input(text: try await request.text())
            return JSONBody.response(try await queue.run { bench throws(APIError) in try CaseRenderer.check(input, draft: draft, on: bench) })
        }
        router.get("/api/drafts/:id/render") { request, context -> Response in
            let options = try RenderOptions(query: request.uri.queryParameters)
            return try await render(try draftInput(context), options)
        }
        router.get("/api/drafts/:id/check") { request, context -> Response in
            let draft = RenderOptions.flag(request.uri.queryParameters["draft"])
            let input = try draftInput(context)
            return JSONBody.response(try await queue.run { bench throws(APIError) in try CaseRenderer.check(input, draft: draft, on: bench) })
        }
        router.post("/api/convert") { request, _ -> Response in
            let text = try await request.text()
            do {
                switch request.uri.queryParameters["to"] {
                case "json": return JSONBody.bytes(Array(try CaseTree.json(fromYAML: text).utf8), type: "application/json; charset=utf-8")
                case "yaml": return JSONBody.bytes(Array(try CaseTree.yaml(fromJSON: text).utf8), type: "application/yaml; charset=utf-8")
                default: throw RenderOptions.problem("to", "say what to convert the case to", "use to=json or to=yaml")
                }
            } catch let failure as CaseTree.Failure {
                // Yams's own words name the line; the case's text is the caller's own, sent back to them only.
                guard case .unreadable(let why) = failure else { throw failure }
                throw APIError(.unprocessableContent, [APIProblem(message: "the case could not be read: \(why)")])
            }
        }
    }

    func draftInput(_ context: BasicRequestContext) throws -> CaseRenderer.Input {
        let id = try DraftRoutes.id(context)
        guard let draft = try store.read(id) else { throw DraftRoutes.missing }
        return CaseRenderer.Input(text: draft.yaml, drawings: try store.drawings(of: id), stem: DraftRoutes.stem(of: draft.yaml))
    }

    func render(_ input: CaseRenderer.Input, _ options: RenderOptions) async throws -> Response {
        let output = try await queue.run { bench throws(APIError) in try CaseRenderer.render(input, options, on: bench) }
        var headers: HTTPFields = [
            HTTPField.Name("X-Hearth-Pages")!: String(output.pageCount),
            HTTPField.Name("X-Hearth-Documents")!: output.documents.joined(separator: ","),
            HTTPField.Name("X-Hearth-Document")!: output.document,
        ]
        if options.format == .pdf {
            headers[.contentDisposition] = "attachment; filename=\"\(output.fileName)\""
        }
        return JSONBody.bytes(output.bytes, type: output.contentType, extra: headers)
    }
}

extension RenderOptions {
    static func flag(_ text: Substring?) -> Bool {
        text.map { ["1", "true", "yes"].contains($0.lowercased()) } ?? false
    }
}
