import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// The server's log: one line a request with its method, path, status and time, on standard error. Never the
/// query (the first visit's holds the token) and never a body, so no case's contents reach a log.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    let write: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            write(Self.line(method: request.method.rawValue, path: request.uri.path, status: status, milliseconds: ms))
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }

    static func line(method: String, path: String, status: Int, milliseconds: Double) -> String {
        "\(method) \(path) \(status) \(String(format: "%.1f", milliseconds)) ms"
    }

    /// Writes each line to standard error.
    static var standardError: @Sendable (String) -> Void {
        { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}
