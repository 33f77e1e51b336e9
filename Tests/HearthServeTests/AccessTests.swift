import Foundation
import HearthServe
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import HummingbirdTesting
import Testing

/// Who may use the editor: the token (as a cookie or a bearer), from this machine's names only.
@Suite struct AccessTests {
    @Test func theFirstVisitExchangesTheTokenForAStrictHttpOnlyCookieAndDropsItFromTheAddress() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let first = try await client.execute(uri: "/?token=\(fixture.token)", method: .get)
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "/")
            let cookie = try #require(first.headers[.setCookie])
            #expect(cookie.hasPrefix("hearth_session=\(fixture.token)"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: "hearth_session=\(fixture.token)"])
            #expect(page.status == .ok)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("<html"))
        }
    }

    @Test func withoutTheTokenEveryAddressIs401() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for (uri, method) in [("/", HTTPRequest.Method.get), ("/api/drafts", .get), ("/api/render", .post), ("/api/pictures", .get),
                                  ("/api/openapi.yaml", .get), ("/nowhere", .get)] {
                let response = try await client.execute(uri: uri, method: method)
                #expect(response.status == .unauthorized, "\(uri)")
                #expect(try response.problems().first?["message"] as? String != nil)
            }
            let wrong = String(repeating: "0", count: 64)
            #expect(try await client.execute(uri: "/?token=\(wrong)", method: .get).status == .unauthorized)
            #expect(try await client.execute(uri: "/", method: .get, headers: [.cookie: "hearth_session=\(wrong)"]).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/drafts", method: .get, headers: [.authorization: "Bearer \(wrong)"]).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/drafts", method: .get, headers: [.authorization: "Basic \(fixture.token)"]).status == .unauthorized)
        }
    }

    @Test func aScriptUsesTheBearerToken() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/drafts", method: .get, headers: fixture.bearer)
            #expect(response.status == .ok)
            #expect(try response.json()["drafts"] as? [Any] != nil)
        }
    }

    @Test func aRequestNamingAnotherHostIsRefusedEvenWithTheToken() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for host in ["evil.example", "evil.example:80", "127.0.0.1.evil.example", "localhost.evil.example:9", "0.0.0.0"] {
                var headers = fixture.bearer
                headers[HTTPField.Name("Host")!] = host
                let response = try await client.execute(uri: "/api/drafts", method: .get, headers: headers)
                #expect(response.status == .misdirectedRequest, "\(host)")
            }
            var fine = fixture.bearer
            fine[HTTPField.Name("Host")!] = "127.0.0.1:8080"
            #expect(try await client.execute(uri: "/api/drafts", method: .get, headers: fine).status == .ok)
        }
    }

    @Test func everyResponseCarriesTheContentSecurityPolicy() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            var evil = fixture.bearer
            evil[HTTPField.Name("Host")!] = "evil.example"
            let responses = [
                try await client.execute(uri: "/", method: .get),
                try await client.execute(uri: "/?token=\(fixture.token)", method: .get),
                try await client.execute(uri: "/", method: .get, headers: fixture.bearer),
                try await client.execute(uri: "/editor.js", method: .get, headers: fixture.bearer),
                try await client.execute(uri: "/nowhere", method: .get, headers: fixture.bearer),
                try await client.execute(uri: "/api/drafts", method: .get, headers: evil),
                try await client.execute(uri: "/api/render", method: .post, headers: fixture.bearer, body: ServerFixture.buffer("hearth: 1\nnonsense: [")),
            ]
            #expect(Set(responses.map(\.status.code)) == [401, 303, 200, 404, 421, 422])
            for response in responses {
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.hasPrefix("default-src 'self'"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test func theLogHoldsMethodPathStatusAndTimeButNeverTheTokenOrTheCase() async throws {
        let fixture = try ServerFixture()
        let caseText = try ServerFixture.example("jayden-mums-low-days")
        try await fixture.test { client in
            _ = try await client.execute(uri: "/?token=\(fixture.token)", method: .get)
            _ = try await client.execute(uri: "/api/check", method: .post, headers: fixture.bearer, body: ServerFixture.buffer(caseText))
            _ = try await client.execute(uri: "/api/drafts/d1", method: .put, headers: fixture.bearer, body: ServerFixture.buffer(caseText))
        }
        let lines = fixture.logged.all
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("GET / 303 "))
        #expect(lines[1].hasPrefix("POST /api/check 200 "))
        #expect(lines[2].hasPrefix("PUT /api/drafts/d1 201 "))
        for line in lines {
            #expect(line.hasSuffix(" ms"))
            #expect(!line.contains(fixture.token))
            #expect(!line.contains("Jayden"))
        }
    }

    @Test func theLaunchTokenIsNewEachTimeAndOnlyTheWholeTokenMatches() {
        #expect(LaunchToken.random().value.count == 64)
        #expect(LaunchToken.random() != LaunchToken.random())
        let token = LaunchToken(value: "abc")
        #expect(token.matches("abc"))
        #expect(!token.matches("abd"))
        #expect(!token.matches("ab"))
    }
}
