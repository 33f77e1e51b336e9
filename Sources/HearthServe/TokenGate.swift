import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// Lets through only requests that show the launch token: in the session cookie a first visit exchanged it for, or
/// as `Authorization: Bearer` from a script. The first visit, `/?token=…`, gets the cookie and is sent to the same
/// page without the token, so the token does not stay in the address bar or the browser's history.
struct TokenGate<Context: RequestContext>: RouterMiddleware {
    static var cookieName: String { "hearth_session" }
    let token: LaunchToken

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let offered = request.uri.queryParameters["token"] {
            guard token.matches(offered) else { throw Self.refusal }
            var response = Response(status: .seeOther, headers: [.location: request.uri.path])
            response.setCookie(Cookie(name: Self.cookieName, value: token.value, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        if let cookie = request.cookies[Self.cookieName], token.matches(cookie.value) {
            return try await next(request, context)
        }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer "),
            token.matches(authorization.dropFirst("Bearer ".count))
        {
            return try await next(request, context)
        }
        throw Self.refusal
    }

    static var refusal: APIError {
        APIError(
            .unauthorized, message: "this editor needs the token it printed when it started",
            fix: "open the full address 'hearth serve' printed (with ?token=…), or send 'Authorization: Bearer TOKEN'")
    }
}
