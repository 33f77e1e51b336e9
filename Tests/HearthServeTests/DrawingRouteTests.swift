import Foundation
import HearthServe
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import HummingbirdTesting
import Testing

/// A child's drawing is uploaded into the draft, and a render reads drawings from the draft and nowhere else.
@Suite struct DrawingRouteTests {
    static func houses(drawing: String) -> String {
        """
        hearth: 1
        children:
          - id: leo
            name: Leo Thompson
            age: 11
        three_houses:
          - child: leo
            date: 2026-03-12
            worries:
              - I worry about the shouting.
            good_things:
              - Football on Saturdays.
            dreams:
              - A holiday at the seaside.
            drawings:
              worries: \(drawing)
        output:
          documents: [three-houses]
        """
    }

    @Test func anUploadedDrawingIsKeptWithTheDraftAndDrawnInItsHouse() async throws {
        let fixture = try ServerFixture()
        let png = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "Examples/drawings/storm.png")))
        try await fixture.test { client in
            _ = try await client.execute(uri: "/api/drafts/leo", method: .put, headers: fixture.bearer, body: ServerFixture.buffer(Self.houses(drawing: "storm.png")))
            let missing = try await client.execute(uri: "/api/drafts/leo/render?format=png", method: .get, headers: fixture.bearer)
            #expect(missing.status == .unprocessableContent)
            #expect(try missing.problems().first?["key"] as? String == "three_houses[0].drawings.worries")
            #expect(try missing.problems().first?["line"] as? Int == 16)

            let upload = try await client.execute(uri: "/api/drafts/leo/drawings/storm.png", method: .put, headers: fixture.bearer, body: ByteBuffer(bytes: png))
            #expect(upload.status == .created)
            let read = try await client.execute(uri: "/api/drafts/leo", method: .get, headers: fixture.bearer)
            #expect(try read.json()["drawings"] as? [String] == ["storm.png"])
            let back = try await client.execute(uri: "/api/drafts/leo/drawings/storm.png", method: .get, headers: fixture.bearer)
            #expect(back.bytes == png)

            let withDrawing = try await client.execute(uri: "/api/drafts/leo/render?format=png&dpi=48", method: .get, headers: fixture.bearer)
            #expect(withDrawing.status == .ok)
            // A case written for the command line names it by a path beside the case: the draft's drawing stands in.
            _ = try await client.execute(uri: "/api/drafts/leo", method: .put, headers: fixture.bearer, body: ServerFixture.buffer(Self.houses(drawing: "drawings/storm.png")))
            let byPath = try await client.execute(uri: "/api/drafts/leo/render?format=png&dpi=48", method: .get, headers: fixture.bearer)
            #expect(byPath.status == .ok)
            #expect(byPath.bytes == withDrawing.bytes)
            _ = try await client.execute(uri: "/api/drafts/leo/drawings/storm.png", method: .delete, headers: fixture.bearer)
            #expect(try await client.execute(uri: "/api/drafts/leo/render?format=png", method: .get, headers: fixture.bearer).status == .unprocessableContent)
        }
    }

    /// A Fairy/Wizard session's drawing, uploaded into the draft, is drawn with its wish, as a Three Houses one is;
    /// the editor had only ever given the worksheet its drawings, so the wish's render could not find the file.
    @Test func aFairyOrWizardDrawingIsReadFromTheDraft() async throws {
        let fixture = try ServerFixture()
        let png = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "Examples/drawings/storm.png")))
        let wizard = """
            hearth: 1
            children:
              - id: theo
                name: Theo Walsh
                age: 7
            fairy_wizard:
              - child: theo
                date: 2026-03-16
                helper: wizard
                take_away:
                  - The shouting at night.
                drawings:
                  take_away: storm.png
            output:
              documents: [fairy-wizard]
            """
        try await fixture.test { client in
            _ = try await client.execute(uri: "/api/drafts/theo", method: .put, headers: fixture.bearer, body: ServerFixture.buffer(wizard))
            let missing = try await client.execute(uri: "/api/drafts/theo/render?format=png&dpi=48", method: .get, headers: fixture.bearer)
            #expect(missing.status == .unprocessableContent)
            #expect(try missing.problems().first?["key"] as? String == "fairy_wizard[0].drawings.take_away")
            _ = try await client.execute(uri: "/api/drafts/theo/drawings/storm.png", method: .put, headers: fixture.bearer, body: ByteBuffer(bytes: png))
            let drawn = try await client.execute(uri: "/api/drafts/theo/render?format=png&dpi=48", method: .get, headers: fixture.bearer)
            #expect(drawn.status == .ok)
            // Without the drawing the sheet is another picture: the drawing was read and drawn.
            let plain = try await client.execute(
                uri: "/api/render?format=png&dpi=48", method: .post, headers: fixture.bearer,
                body: ServerFixture.buffer(wizard.replacingOccurrences(of: "    drawings:\n      take_away: storm.png\n", with: "")))
            #expect(plain.status == .ok)
            #expect(plain.bytes != drawn.bytes)
        }
    }

    @Test func aDrawingPathOutsideTheDraftIsRefusedWithoutReadingIt() async throws {
        let fixture = try ServerFixture()
        // A real picture outside the draft: were the path followed, the render would succeed.
        let outside = FileManager.default.currentDirectoryPath + "/Examples/drawings/storm.png"
        try await fixture.test { client in
            for path in ["../../etc/passwd", "/etc/passwd", outside, "Examples/drawings/storm.png", "../storm.png", ".hidden.png"] {
                _ = try await client.execute(uri: "/api/drafts/p", method: .put, headers: fixture.bearer, body: ServerFixture.buffer(Self.houses(drawing: path)))
                for uri in ["/api/drafts/p/render?format=pdf", "/api/render?format=pdf"] {
                    let response = uri.hasPrefix("/api/drafts")
                        ? try await client.execute(uri: uri, method: .get, headers: fixture.bearer)
                        : try await client.execute(uri: uri, method: .post, headers: fixture.bearer, body: ServerFixture.buffer(Self.houses(drawing: path)))
                    #expect(response.status == .unprocessableContent, "\(path) \(uri)")
                    let problem = try #require(try response.problems().first)
                    #expect(problem["key"] as? String == "three_houses[0].drawings.worries")
                    #expect(!(problem["message"] as? String ?? "").contains("root:"))
                }
            }
        }
    }

    @Test func onlyPNGAndJPEGUnder2MiBAreKept() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            _ = try await client.execute(uri: "/api/drafts/d", method: .put, headers: fixture.bearer, body: ServerFixture.buffer("hearth: 1\n"))
            let text = try await client.execute(uri: "/api/drafts/d/drawings/a.png", method: .put, headers: fixture.bearer, body: ServerFixture.buffer("<svg/>"))
            #expect(text.status == .unsupportedMediaType)
            let big = ByteBuffer(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 2 * 1024 * 1024))
            #expect(try await client.execute(uri: "/api/drafts/d/drawings/a.png", method: .put, headers: fixture.bearer, body: big).status == .contentTooLarge)
            let jpeg = ByteBuffer(bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
            #expect(try await client.execute(uri: "/api/drafts/d/drawings/..png", method: .put, headers: fixture.bearer, body: jpeg).status == .unprocessableContent)
            #expect(try await client.execute(uri: "/api/drafts/none/drawings/a.jpg", method: .put, headers: fixture.bearer, body: jpeg).status == .notFound)
            #expect(try await client.execute(uri: "/api/drafts/d/drawings/a.jpg", method: .put, headers: fixture.bearer, body: jpeg).status == .created)
        }
    }
}
