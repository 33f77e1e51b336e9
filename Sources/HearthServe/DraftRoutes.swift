import Foundation
import HearthModel
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// `GET /api/drafts`, and `GET`, `PUT`, `DELETE /api/drafts/{id}`: the drafts, saved as the page types (the page
/// autosaves every few seconds). `PUT`, `GET`, `DELETE /api/drafts/{id}/drawings/{name}`: a child's drawings,
/// PNG or JPEG, kept with the draft.
struct DraftRoutes {
    let store: DraftStore

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/drafts") { _, _ -> Response in
            JSONBody.response(["drafts": try store.list()])
        }
        router.get("/api/drafts/:id") { _, context -> Response in
            guard let draft = try store.read(try Self.id(context)) else { throw Self.missing }
            return JSONBody.response(draft)
        }
        router.put("/api/drafts/:id") { request, context -> Response in
            let id = try Self.id(context)
            let text = try await request.text()
            let created = try store.save(id, title: Self.title(of: text), yaml: text)
            guard let draft = try store.read(id) else { throw Self.missing }
            return JSONBody.response(DraftSummary(id: draft.id, title: draft.title, updated: draft.updated, size: draft.yaml.count),
                status: created ? .created : .ok)
        }
        router.get("/api/drafts/:id/export") { _, context -> Response in
            guard let draft = try store.read(try Self.id(context)) else { throw Self.missing }
            let yaml: String
            do { yaml = try CaseTree.yaml(fromJSON: draft.yaml) } catch { yaml = draft.yaml }
            return JSONBody.bytes(
                Array(yaml.utf8), type: "application/yaml; charset=utf-8",
                extra: [.contentDisposition: "attachment; filename=\"\(Self.stem(of: draft.yaml)).yaml\""])
        }
        router.delete("/api/drafts/:id") { _, context -> Response in
            guard try store.delete(try Self.id(context)) else { throw Self.missing }
            return Response(status: .noContent)
        }
        router.put("/api/drafts/:id/drawings/:name") { request, context -> Response in
            let id = try Self.id(context)
            let name = try Self.drawingName(context)
            let buffer = try await request.bytes()
            let bytes = [UInt8](buffer.readableBytesView)
            guard let type = Self.imageType(bytes) else {
                throw APIError(
                    .unsupportedMediaType, [APIProblem(key: "drawing", message: "the drawing is not a PNG or JPEG picture",
                        fix: "save the photo or scan as PNG or JPEG and upload that")])
            }
            do { try store.saveDrawing(id, name: name, type: type, bytes: bytes) } catch DraftStoreError.noSuchDraft {
                throw Self.missing
            } catch DraftStoreError.tooManyDrawings {
                throw APIError(.unprocessableContent, message: "a draft keeps at most \(DraftStore.drawingsPerDraft) drawings",
                    fix: "remove a drawing the case no longer uses")
            }
            return JSONBody.response(["name": name.value, "type": type], status: .created)
        }
        router.get("/api/drafts/:id/drawings/:name") { _, context -> Response in
            guard let drawing = try store.drawing(try Self.id(context), name: try Self.drawingName(context)) else {
                throw APIError(.notFound, message: "this draft has no such drawing")
            }
            return JSONBody.bytes(drawing.bytes, type: drawing.type)
        }
        router.delete("/api/drafts/:id/drawings/:name") { _, context -> Response in
            guard try store.deleteDrawing(try Self.id(context), name: try Self.drawingName(context)) else {
                throw APIError(.notFound, message: "this draft has no such drawing")
            }
            return Response(status: .noContent)
        }
    }

    static func id(_ context: BasicRequestContext) throws -> DraftID {
        guard let text = context.parameters.get("id"), let id = DraftID(text) else {
            throw APIError(.badRequest, message: "a draft's id is letters, digits and dashes, at most 64")
        }
        return id
    }

    static func drawingName(_ context: BasicRequestContext) throws -> DrawingName {
        guard let text = context.parameters.get("name"), let name = DrawingName(text) else {
            throw APIError(
                .unprocessableContent, [APIProblem(key: "drawing", message: "a drawing's name is a plain file name such as 'worries.png'",
                    fix: "use letters, digits, '-', '_' and one '.', at most 80")])
        }
        return name
    }

    static var missing: APIError {
        APIError(.notFound, message: "there is no such draft", fix: "it may have been deleted; choose one from the list of drafts")
    }

    /// PNG or JPEG, told by the first bytes rather than what the browser claims.
    static func imageType(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        return nil
    }

    /// The children's names, for the list of drafts (kept in the draft store, never logged).
    static func title(of text: String) -> String {
        guard let caseFile = try? CaseFileLoader.parse(text, file: CaseRenderer.fileName) else {
            return quickTitle(text) ?? "Draft (not yet complete)"
        }
        let names = caseFile.children.map(\.displayName)
        return caseFile.title ?? (names.isEmpty ? "Draft" : names.joined(separator: ", "))
    }

    /// A draft that does not read yet is still named by its first child's name, when the form has one.
    static func quickTitle(_ text: String) -> String? {
        guard let json = try? CaseTree.json(fromYAML: text), let data = json.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let children = object["children"] as? [[String: Any]]
        else { return nil }
        let names = children.compactMap { ($0["called"] as? String) ?? ($0["name"] as? String) }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : names.joined(separator: ", ") + " (draft)"
    }

    /// The documents' file names start with the first child's id (`jayden-story.pdf`), as the command line's start
    /// with the case file's name.
    static func stem(of text: String) -> String {
        guard let caseFile = try? CaseFileLoader.parse(text, file: CaseRenderer.fileName),
            let id = caseFile.children.first?.id, DrawingName(id) != nil
        else { return "case" }
        return id
    }
}
