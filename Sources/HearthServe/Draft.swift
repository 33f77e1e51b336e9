/// A draft's identity as the page and the API name it: letters, digits and dashes, at most 64, so it is safe in a
/// path and a log line.
public struct DraftID: Sendable, Hashable {
    public let value: String

    public init?(_ text: some StringProtocol) {
        guard (1...64).contains(text.count), text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return nil }
        value = String(text)
    }
}

/// The name a drawing is kept under in a draft, which the case file writes as the drawing's path: a plain file
/// name (`worries.png`), never a folder or `..`, so a render can only ever read the draft's own drawings.
public struct DrawingName: Sendable, Hashable {
    public let value: String

    public init?(_ text: some StringProtocol) {
        let allowed = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        guard (1...80).contains(text.count), allowed, !text.hasPrefix("."), !text.contains("..") else { return nil }
        value = String(text)
    }
}

/// One saved draft: its case text (YAML or JSON, as the page or a script sent it) and its drawings' names.
public struct Draft: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var yaml: String
    public var updated: String
    public var drawings: [String]
}

/// A draft in the list: enough to choose it.
public struct DraftSummary: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var updated: String
    /// Characters of case text.
    public var size: Int
}
