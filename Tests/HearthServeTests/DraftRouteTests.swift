import Foundation
import GRDB
import HearthModel
import HearthServe
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import HummingbirdTesting
import Testing

/// Drafts: saved, listed, read, deleted, private to the user, and still there after a restart.
@Suite struct DraftRouteTests {
    @Test func draftsAreSavedListedReadAndDeleted() async throws {
        let fixture = try ServerFixture()
        let text = try ServerFixture.example("jayden-mums-low-days")
        try await fixture.test { client in
            let created = try await client.execute(uri: "/api/drafts/jayden-1", method: .put, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(created.status == .created)
            #expect(try created.json()["title"] as? String == "Jayden's story")
            let again = try await client.execute(uri: "/api/drafts/jayden-1", method: .put, headers: fixture.bearer, body: ServerFixture.buffer(text + "\n# more\n"))
            #expect(again.status == .ok)
            _ = try await client.execute(uri: "/api/drafts/half", method: .put, headers: fixture.bearer, body: ServerFixture.buffer("children:\n  - name: Zara\n    called: Zara\n"))

            let list = try await client.execute(uri: "/api/drafts", method: .get, headers: fixture.bearer)
            let drafts = try #require(list.json()["drafts"] as? [[String: Any]])
            #expect(Set(drafts.compactMap { $0["id"] as? String }) == ["jayden-1", "half"])
            #expect(drafts.contains { $0["title"] as? String == "Zara (draft)" })

            let read = try await client.execute(uri: "/api/drafts/jayden-1", method: .get, headers: fixture.bearer)
            #expect(read.status == .ok)
            #expect(try read.json()["yaml"] as? String == text + "\n# more\n")

            let preview = try await client.execute(uri: "/api/drafts/jayden-1/render?format=png&page=1&dpi=48", method: .get, headers: fixture.bearer)
            #expect(preview.status == .ok)
            #expect(preview.headers[.contentType] == "image/png")
            let pdf = try await client.execute(uri: "/api/drafts/jayden-1/render?format=pdf", method: .get, headers: fixture.bearer)
            #expect(pdf.headers[.contentDisposition] == "attachment; filename=\"jayden-story.pdf\"")

            let exported = try await client.execute(uri: "/api/drafts/jayden-1/export", method: .get, headers: fixture.bearer)
            #expect(exported.headers[.contentDisposition] == "attachment; filename=\"jayden.yaml\"")
            #expect(try CaseFileLoader.parse(exported.text, file: "x").texts.map(\.text)
                == CaseFileLoader.parse(text, file: "x").texts.map(\.text))

            let checked = try await client.execute(uri: "/api/drafts/jayden-1/check", method: .get, headers: fixture.bearer)
            let documents = try #require(checked.json()["documents"] as? [[String: Any]])
            let pageTexts = try #require(documents.first?["pageTexts"] as? [String])
            #expect(pageTexts.count == documents.first?["pages"] as? Int)
            #expect(pageTexts.contains { $0.contains("Grandad Ray") })

            #expect(try await client.execute(uri: "/api/drafts/jayden-1", method: .delete, headers: fixture.bearer).status == .noContent)
            #expect(try await client.execute(uri: "/api/drafts/jayden-1", method: .get, headers: fixture.bearer).status == .notFound)
            #expect(try await client.execute(uri: "/api/drafts/jayden-1", method: .delete, headers: fixture.bearer).status == .notFound)
            #expect(try await client.execute(uri: "/api/drafts/not%2Fan%2Fid", method: .get, headers: fixture.bearer).status == .badRequest)
        }
    }

    @Test func aDraftIsStillThereAfterARestart() async throws {
        let first = try ServerFixture()
        try await first.test { client in
            let put = try await client.execute(uri: "/api/drafts/kept", method: .put, headers: first.bearer, body: ServerFixture.buffer("hearth: 1\n# kept\n"))
            #expect(put.status == .created)
        }
        let second = try ServerFixture(folder: first.folder)
        #expect(second.token != first.token)
        try await second.test { client in
            let read = try await client.execute(uri: "/api/drafts/kept", method: .get, headers: second.bearer)
            #expect(read.status == .ok)
            #expect(try read.json()["yaml"] as? String == "hearth: 1\n# kept\n")
        }
    }

    @Test func theDraftFileIsTheUsersAloneAndWritesAhead() throws {
        let fixture = try ServerFixture()
        let file = fixture.folder.appendingPathComponent(DraftStore.fileName)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: fixture.folder.path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let mode = try DatabaseQueue(path: file.path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let store = fixture.server.store
        try store.save(DraftID("x")!, title: "t", yaml: "hearth: 1\n")
        for suffix in ["-wal", "-shm"] {
            let side = FileManager.default.attributesOfItem
            if let mode = try? side(file.path + suffix)[.posixPermissions] as? Int { #expect(mode == 0o600, "\(suffix)") }
        }
    }
}
