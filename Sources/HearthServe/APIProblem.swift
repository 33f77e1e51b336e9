import Foundation
import Hearth
import HearthCompose
import HearthModel
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// One problem as the API reports it: the same file, line, column, key, message and fix that `hearth render` and
/// `hearth check` print, as JSON fields so a page can put it beside the field it is about.
public struct APIProblem: Codable, Hashable, Sendable {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var key: String
    public var message: String
    public var fix: String?

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, key: String = "", message: String, fix: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
        self.fix = fix
    }

    public init(_ diagnostic: Diagnostic) {
        self.init(
            file: diagnostic.location?.file, line: diagnostic.location?.line, column: diagnostic.location?.column,
            key: diagnostic.keyPath, message: diagnostic.message, fix: diagnostic.fix)
    }

    public init(_ finding: StoryCheck.Finding) {
        self.init(
            file: finding.location?.file, line: finding.location?.line, column: finding.location?.column,
            key: finding.keyPath, message: finding.message, fix: finding.fix)
    }

    /// A problem the library reports as text (`file:line:column: key: message` with `fix:` on the next line, as
    /// ``Diagnostic/description`` writes it), taken apart again; text in another shape becomes the message whole.
    public init(text: String) {
        var head = text, fix: String? = nil
        if let range = text.range(of: "\n  fix: ") {
            head = String(text[..<range.lowerBound])
            fix = String(text[range.upperBound...])
        }
        var file: String?, line: Int?, column: Int?
        let parts = head.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        if parts.count == 4, let l = Int(parts[1]), let c = Int(parts[2]), parts[3].hasPrefix(" ") {
            file = String(parts[0]); line = l; column = c
            head = String(parts[3].dropFirst())
        }
        var key = ""
        if let colon = head.range(of: ": "), Self.looksLikeKey(head[..<colon.lowerBound]) {
            key = String(head[..<colon.lowerBound])
            head = String(head[colon.upperBound...])
        }
        self.init(file: file, line: line, column: column, key: key, message: head, fix: fix)
    }

    /// `map.worries[0].child`: letters, digits, underscores, dots and brackets only.
    static func looksLikeKey(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "_.[]-".contains($0) }
    }

    /// Every problem in a library error: each diagnostic of a case-file error, else the error's text.
    public static func problems(in error: HearthError) -> [APIProblem] {
        if case .caseFile(let failure) = error { return failure.diagnostics.map(APIProblem.init) }
        return error.description.components(separatedBy: "\n").isEmpty ? [] : [APIProblem(text: error.description)]
    }
}

/// The body of every error response: `{"problems": [...]}`.
public struct ProblemList: Codable, Sendable {
    public var problems: [APIProblem]
}

/// An error the API answers with a status and its problems as JSON, never a dropped connection.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var problems: [APIProblem]

    public init(_ status: HTTPResponse.Status, _ problems: [APIProblem]) {
        self.status = status
        self.problems = problems
    }

    public init(_ status: HTTPResponse.Status, message: String, fix: String? = nil) {
        self.init(status, [APIProblem(message: message, fix: fix)])
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONBody.response(ProblemList(problems: problems), status: status)
    }
}
