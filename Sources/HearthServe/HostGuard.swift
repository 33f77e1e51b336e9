import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// Refuses a request that names any host but this machine's loopback names. A web page elsewhere can make a
/// browser send requests to 127.0.0.1 under a name it controls (DNS rebinding); such a request carries that name in
/// `Host`, so it never reaches the editor.
struct HostGuard<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var named = request.headers[values: HTTPField.Name("Host")!]
        if let authority = request.head.authority { named.append(authority) }
        guard !named.isEmpty, named.allSatisfy(Self.allows) else {
            throw APIError(
                .misdirectedRequest, message: "this editor answers only to 127.0.0.1 or localhost",
                fix: "open the address 'hearth serve' printed, which starts with http://127.0.0.1")
        }
        return try await next(request, context)
    }

    /// `127.0.0.1` or `localhost`, with or without a port.
    static func allows(_ host: String) -> Bool {
        var name = Substring(host.lowercased())
        if let colon = name.lastIndex(of: ":") {
            guard name[name.index(after: colon)...].allSatisfy(\.isNumber) else { return false }
            name = name[..<colon]
        }
        return name == "127.0.0.1" || name == "localhost"
    }
}
