import Foundation
import Hearth
import HearthServe
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import HummingbirdTesting
import Synchronization

/// One editor server on a fresh data folder, and helpers to send it requests as the page does.
struct ServerFixture {
    /// The render threads are shared by every test: each holds fonts, and threads outlive a test.
    static let queue = RenderQueue(resources: try! Resources.locate(), workers: 2)

    let server: EditorServer
    let folder: URL
    let logged = LogLines()

    init(folder: URL? = nil) throws {
        self.folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("hearth-serve-tests-\(UUID().uuidString)")
        let lines = logged
        server = try EditorServer(
            resources: try Resources.locate(), dataFolder: self.folder, queue: Self.queue, log: { lines.append($0) })
    }

    var token: String { server.token.value }

    /// The headers of a script's request: the bearer token, and a JSON or YAML body's type.
    var bearer: HTTPFields { [.authorization: "Bearer \(token)"] }

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: server.router())
        try await app.test(.router) { client in try await body(client) }
    }

    static func example(_ name: String) throws -> String {
        try String(contentsOfFile: "Examples/\(name).yaml", encoding: .utf8)
    }

    static func buffer(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
}

/// The lines the server logged, kept for tests to read.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var bytes: [UInt8] { Array(body.readableBytesView) }

    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] ?? [:]
    }

    func problems() throws -> [[String: Any]] {
        try json()["problems"] as? [[String: Any]] ?? []
    }
}
