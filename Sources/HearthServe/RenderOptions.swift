import Hearth
import HearthModel
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// What a render request asks for, read from its query: `format`, `page`, `paper`, `document`, `draft`, `dpi`.
struct RenderOptions: Sendable, Equatable {
    var format: OutputFormat = .pdf
    /// From 1; the page a PNG or SVG shows.
    var page = 1
    var paper: Paper?
    /// Which document, when the case asks for several: its name (`case-story`) or the part after the case's name
    /// (`story`, `three-houses`).
    var document: String?
    /// Statements without child wording print their professional wording on pages stamped DRAFT.
    var draft = false
    var dpi: Double = 96

    init() {}

    init(query: FlatDictionary<Substring, Substring>) throws(APIError) {
        if let text = query["format"] {
            guard let format = OutputFormat(rawValue: String(text).lowercased()) else {
                throw Self.problem("format", "there is no format called '\(text)'", "use pdf, png or svg")
            }
            self.format = format
        }
        if let text = query["page"] {
            guard let page = Int(text), page >= 1 else { throw Self.problem("page", "the page must be a number from 1", "use page=1 for the first page") }
            self.page = page
        }
        if let text = query["paper"] {
            guard let paper = Paper(rawValue: String(text)) else {
                throw Self.problem("paper", "there is no paper called '\(text)'", "use one of: " + Paper.allCases.map(\.rawValue).joined(separator: ", "))
            }
            self.paper = paper
        }
        if let text = query["document"], !text.isEmpty { document = String(text) }
        if let text = query["draft"] { draft = ["1", "true", "yes"].contains(text.lowercased()) }
        if let text = query["dpi"] {
            guard let dpi = Double(text), (24...300).contains(dpi) else {
                throw Self.problem("dpi", "the resolution must be a number from 24 to 300", "use dpi=96 for a screen preview")
            }
            self.dpi = dpi
        }
    }

    static func problem(_ key: String, _ message: String, _ fix: String) -> APIError {
        APIError(.unprocessableContent, [APIProblem(key: key, message: message, fix: fix)])
    }
}
