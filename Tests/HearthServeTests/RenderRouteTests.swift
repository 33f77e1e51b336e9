import Foundation
import HearthModel
import HearthServe
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import HummingbirdTesting
import Testing

/// `POST /api/render`, `/api/check` and `/api/convert`: the command line's documents and problems over HTTP.
@Suite struct RenderRouteTests {
    @Test func aCaseRendersAsPDFAndEachPageAsPNGOrSVG() async throws {
        let fixture = try ServerFixture()
        let text = try ServerFixture.example("jayden-mums-low-days")
        try await fixture.test { client in
            let pdf = try await client.execute(uri: "/api/render?format=pdf", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.bytes.starts(with: Array("%PDF-".utf8)))
            #expect(pdf.headers[.contentDisposition] == "attachment; filename=\"case-story.pdf\"")
            let pages = try #require(pdf.headers[HTTPField.Name("X-Hearth-Pages")!].flatMap { Int($0) })
            #expect(pages > 2)

            let png = try await client.execute(uri: "/api/render?format=png&page=2&dpi=48", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(png.status == .ok)
            #expect(png.headers[.contentType] == "image/png")
            #expect(png.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let first = try await client.execute(uri: "/api/render?format=png&page=1&dpi=48", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(first.bytes != png.bytes)

            let svg = try await client.execute(uri: "/api/render?format=svg&page=1&paper=a4", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(svg.status == .ok)
            #expect(svg.text.contains("<svg"))

            let beyond = try await client.execute(uri: "/api/render?format=png&page=\(pages + 1)", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(beyond.status == .unprocessableContent)
            #expect(try beyond.problems().first?["key"] as? String == "page")
        }
    }

    @Test func aCaseWithProblemsGets422WithTheCommandLinesProblems() async throws {
        let fixture = try ServerFixture()
        let text = try ServerFixture.example("jayden-mums-low-days")
            .replacingOccurrences(of: "    pronouns: he/him\n", with: "    pronouns: he/him\n    favourite_colour: red\n")
            .replacingOccurrences(of: "  paper: a4-landscape", with: "  paper: a9")
        let expected: [Diagnostic]
        do { _ = try CaseFileLoader.parse(text, file: "case.yaml"); expected = [] } catch { expected = error.diagnostics }
        #expect(expected.count >= 2)
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/render?format=pdf", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(response.status == .unprocessableContent)
            let problems = try response.problems()
            #expect(problems.count == expected.count)
            for (problem, diagnostic) in zip(problems, expected) {
                #expect(problem["file"] as? String == "case.yaml")
                #expect(problem["line"] as? Int == diagnostic.location?.line)
                #expect(problem["column"] as? Int == diagnostic.location?.column)
                #expect(problem["key"] as? String == diagnostic.keyPath)
                #expect(problem["message"] as? String == diagnostic.message)
                #expect(problem["fix"] as? String == diagnostic.fix)
            }
        }
    }

    @Test func missingChildWordingIsAProblemUnlessTheRenderIsADraft() async throws {
        let fixture = try ServerFixture()
        let text = try ServerFixture.example("jayden-mums-low-days")
            .replacingOccurrences(of: "      child: Mummy loves Jayden very much. They sing songs at bedtime.\n", with: "")
        try await fixture.test { client in
            let refused = try await client.execute(uri: "/api/render?format=png", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(refused.status == .unprocessableContent)
            #expect(try refused.problems().contains { ($0["key"] as? String)?.hasPrefix("map.working_well[0]") == true })
            let draft = try await client.execute(uri: "/api/render?format=png&draft=true", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(draft.status == .ok)
            #expect(draft.headers[HTTPField.Name("X-Hearth-Document")!] == "case-story-draft")
        }
    }

    @Test func badOptionsAreLocatedProblems() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for (query, key) in [("format=gif", "format"), ("page=0", "page"), ("paper=a9", "paper"), ("dpi=9000", "dpi"), ("document=houses", "document")] {
                let response = try await client.execute(
                    uri: "/api/render?\(query)", method: .post, headers: fixture.bearer,
                    body: ServerFixture.buffer(try ServerFixture.example("jayden-mums-low-days")))
                #expect(response.status == .unprocessableContent, "\(query)")
                #expect(try response.problems().first?["key"] as? String == key, "\(query)")
            }
            let notText = try await client.execute(uri: "/api/render", method: .post, headers: fixture.bearer, body: ByteBuffer(bytes: [0xFF, 0xFE, 0x00, 0xC3]))
            #expect(notText.status == .unprocessableContent)
        }
    }

    @Test func aBodyOver2MiBGets413() async throws {
        let fixture = try ServerFixture()
        let big = ByteBuffer(repeating: UInt8(ascii: "#"), count: 2 * 1024 * 1024 + 1)
        try await fixture.test { client in
            for uri in ["/api/render", "/api/check", "/api/drafts/big"] {
                let method: HTTPRequest.Method = uri.hasPrefix("/api/drafts") ? .put : .post
                let response = try await client.execute(uri: uri, method: method, headers: fixture.bearer, body: big)
                #expect(response.status == .contentTooLarge, "\(uri)")
                #expect(try response.problems().first?["message"] as? String != nil)
            }
            let atLimit = ByteBuffer(repeating: UInt8(ascii: "#"), count: 2 * 1024 * 1024)
            let response = try await client.execute(uri: "/api/check", method: .post, headers: fixture.bearer, body: atLimit)
            #expect(response.status == .ok)
        }
    }

    @Test func checkReturnsWhatHearthCheckFinds() async throws {
        let fixture = try ServerFixture()
        let text = try ServerFixture.example("jayden-mums-low-days")
            .replacingOccurrences(of: "Mummy loves Jayden very much.", with: "Mummy had a section 47 and the neglect meeting was very long and went on and on for ages and ages today.")
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/check", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(text))
            #expect(response.status == .ok)
            let json = try response.json()
            let errors = try #require(json["errors"] as? [[String: Any]])
            let warnings = try #require(json["warnings"] as? [[String: Any]])
            #expect(errors.isEmpty)
            #expect(warnings.count >= 2)
            // The jargon and the long sentence, each at the line of the child's words, as 'hearth check' prints them.
            let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("section 47") }) + 1
            let here = warnings.filter { ($0["key"] as? String) == "map.working_well[0]" && ($0["line"] as? Int) == line }
            #expect(here.count == 3)
            #expect(here.contains { ($0["message"] as? String)?.contains("'section 47'") == true })
            #expect(here.contains { ($0["message"] as? String)?.contains("'neglect'") == true })

            let broken = try await client.execute(uri: "/api/check", method: .post, headers: fixture.bearer, body: ServerFixture.buffer("hearth: 1\nchildren: 3\n"))
            #expect(broken.status == .ok)
            #expect(!(try #require(broken.json()["errors"] as? [[String: Any]])).isEmpty)
        }
    }

    @Test func theCaseConvertsBetweenYAMLAndJSONKeepingItsOrderAndMeaning() async throws {
        let fixture = try ServerFixture()
        let names = try FileManager.default.contentsOfDirectory(atPath: "Examples").filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count > 3)
        try await fixture.test { client in
            for name in names {
                let yaml = try String(contentsOfFile: "Examples/\(name)", encoding: .utf8)
                let json = try await client.execute(uri: "/api/convert?to=json", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(yaml))
                #expect(json.status == .ok, "\(name)")
                #expect(try JSONSerialization.jsonObject(with: Data(json.bytes)) is [String: Any], "\(name)")
                let back = try await client.execute(uri: "/api/convert?to=yaml", method: .post, headers: fixture.bearer, body: json.body)
                #expect(back.status == .ok, "\(name)")
                let original = try CaseFileLoader.parse(yaml, file: "case.yaml")
                let fromJSON = try CaseFileLoader.parse(json.text, file: "case.yaml")
                let roundTrip = try CaseFileLoader.parse(back.text, file: "case.yaml")
                #expect(fromJSON.texts.map(\.text) == original.texts.map(\.text), "\(name)")
                #expect(roundTrip.texts.map(\.text) == original.texts.map(\.text), "\(name)")
                #expect(roundTrip.pictureNames == original.pictureNames, "\(name)")
                #expect(roundTrip.children.map(\.looks) == original.children.map(\.looks), "\(name)")
            }
        }
    }
}
