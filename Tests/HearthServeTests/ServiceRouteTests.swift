import Dispatch
import Foundation
import Hearth
import HearthServe
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import HummingbirdTesting
import Testing

/// The vocabulary, the API description, and the render queue's bound.
@Suite struct ServiceRouteTests {
    @Test func thePicturesVocabularyOffersTheCataloguesWords() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/pictures", method: .get, headers: fixture.bearer)
            #expect(response.status == .ok)
            let json = try response.json()
            #expect((json["feelings"] as? [String])?.contains("happy") == true)
            let looks = try #require(json["looks"] as? [String: [String]])
            #expect(looks["hair_colour"]?.contains("red") == true)
            #expect(looks["skin"]?.count == 7)
            let places = try #require(json["places"] as? [[String: String]])
            let things = try #require(json["things"] as? [[String: String]])
            #expect(places.contains { $0["name"] == "kitchen" })
            #expect(things.contains { $0["name"] == "heart" })
            #expect(!places.contains { $0["name"] == "heart" })
            // The languages by code, each in its own name; the fixed words a case may change.
            let languages = try #require(json["languages"] as? [[String: String]])
            #expect(languages.count == 12)
            #expect(languages.contains { $0["name"] == "pl" && $0["title"] == "polski (Polish)" })
            #expect(languages.first?["name"] == "en-GB")
            let words = try #require(json["fixedWords"] as? [[String: String]])
            #expect(words.contains { $0["name"] == "house.worries" && $0["title"] == "House of Worries" })
            #expect(words.compactMap { $0["name"] } == words.compactMap { $0["name"] }.sorted())
        }
    }

    @Test func theAPIIsDescribedInOpenAPI() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/openapi.yaml", method: .get, headers: fixture.bearer)
            #expect(response.status == .ok)
            #expect(response.text.hasPrefix("openapi: 3.1"))
            for path in ["/api/render:", "/api/check:", "/api/drafts:", "/api/drafts/{id}:", "/api/pictures:", "/api/drafts/{id}/drawings/{name}:"] {
                #expect(response.text.contains(path), "\(path)")
            }
        }
    }

    @Test func aBurstWaitsItsTurnAndPastTheBoundIsToldBusy() async throws {
        let queue = RenderQueue(resources: try Resources.locate(), workers: 1, maxWaiting: 2)
        let gate = DispatchSemaphore(value: 0)
        let first = Task { try await queue.run { _ throws(APIError) in gate.wait(); return 1 } }
        while queue.load < 1 { try await Task.sleep(for: .milliseconds(5)) }
        try await Task.sleep(for: .milliseconds(50))
        let waiting = (2...3).map { n in Task { try await queue.run { _ throws(APIError) in n } } }
        while queue.load < 3 { try await Task.sleep(for: .milliseconds(5)) }
        await #expect(throws: APIError.self) { try await queue.run { _ throws(APIError) in 4 } }
        gate.signal()
        #expect(try await first.value == 1)
        #expect(try await waiting[0].value == 2)
        #expect(try await waiting[1].value == 3)
        #expect(queue.load == 0)
    }
}
