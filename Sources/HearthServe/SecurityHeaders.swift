import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// Gives every response, errors included, the headers that keep the editor to this machine: a Content-Security-
/// Policy that lets the page load only its own files (no CDN, web font or analytics, no inline script), no
/// framing, no referrer (the first address holds the token) and no caching of case data. An error thrown below
/// becomes its JSON answer here, so it gets the headers too, and an unexpected one becomes a 500 rather than a
/// dropped connection.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            if let known = error as? APIError {
                response = try known.response(from: request, context: context)
            } else {
                response = JSONBody.response(
                    ProblemList(problems: [APIProblem(message: Self.message(for: error.status))]), status: error.status)
            }
        } catch {
            response = JSONBody.response(
                ProblemList(problems: [APIProblem(message: "the editor met a problem it did not expect", fix: "try again; if it happens again, restart 'hearth serve'")]),
                status: .internalServerError)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "there is nothing at this address"
        case .contentTooLarge: "what was sent is larger than 2 MiB, more than any case file or drawing needs"
        case .methodNotAllowed: "this address does not take that kind of request"
        case .badRequest: "the request could not be read"
        default: status.reasonPhrase
        }
    }
}
