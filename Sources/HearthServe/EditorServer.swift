import Foundation
import Hearth
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import Logging

/// `hearth serve`: the practitioner's editor and its JSON API, on 127.0.0.1 only. Owns the draft store and the render
/// queue; the routes (one file each) and the guards every request passes (log, security headers, host, token,
/// body size) are put together here.
public struct EditorServer: Sendable {
    /// The largest body any request may send: a case file or a drawing.
    public static let maxBody = 2 * 1024 * 1024

    public let resources: Resources
    public let token: LaunchToken
    public let store: DraftStore
    public let queue: RenderQueue
    let log: @Sendable (String) -> Void
    let vocabulary: VocabularyCache

    public init(
        resources: Resources, dataFolder: URL, token: LaunchToken = .random(), queue: RenderQueue? = nil,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.resources = resources
        self.token = token
        self.store = try DraftStore(folder: dataFolder)
        self.queue = queue ?? RenderQueue(resources: resources)
        self.log = log
        self.vocabulary = VocabularyCache()
    }

    /// Where drafts are kept when `--data` is not given: `$XDG_DATA_HOME/hearth`, else `~/.local/share/hearth`.
    public static func defaultDataFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("hearth")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/share/hearth")
    }

    /// The address to open: the only place the token is shown.
    public static func address(port: Int, token: LaunchToken) -> String {
        "http://127.0.0.1:\(port)/?token=\(token.value)"
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestLog(write: log))
        router.add(middleware: SecurityHeaders())
        router.add(middleware: HostGuard())
        router.add(middleware: TokenGate(token: token))
        router.add(middleware: BodyLimit(limit: Self.maxBody))
        PageRoutes(resources: resources).add(to: router)
        RenderRoutes(queue: queue, store: store).add(to: router)
        DraftRoutes(store: store).add(to: router)
        PictureRoutes(queue: queue, cache: vocabulary).add(to: router)
        return router
    }

    /// The server on 127.0.0.1:`port` (0 picks a free port); `onRunning` is told the port once it listens. Stops on
    /// SIGINT or SIGTERM after finishing the requests under way.
    public func application(port: Int, onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "hearth-serve") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: "hearth"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}

/// Refuses a body whose declared length is over the limit before reading any of it (413); a body that does not
/// declare its length is cut off at the limit as it is read, with the same answer.
struct BodyLimit<Context: RequestContext>: RouterMiddleware {
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw APIError(
                .contentTooLarge, message: "what was sent is \(length) bytes, more than the 2 MiB a case file or drawing may be",
                fix: "send a smaller file: a case file is a few pages of text, a drawing a photo or scan under 2 MiB")
        }
        return try await next(request, context)
    }
}

extension Request {
    /// The body, up to the editor's limit (413 past it).
    func bytes() async throws -> ByteBuffer {
        do { return try await body.collect(upTo: EditorServer.maxBody) } catch let error as any HTTPResponseError {
            if error.status == .contentTooLarge {
                throw APIError(.contentTooLarge, message: "what was sent is larger than 2 MiB, more than a case file or drawing may be")
            }
            throw error
        }
    }

    /// The body as UTF-8 text (422 when it is not).
    func text() async throws -> String {
        let buffer = try await bytes()
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw APIError(
                .unprocessableContent, message: "the case is not plain text in UTF-8",
                fix: "save it again as 'UTF-8' text from your editor (not as a word-processor document)")
        }
        return text
    }
}
