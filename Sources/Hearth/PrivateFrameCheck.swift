import HearthCompose
import HearthFrame
import HearthModel

/// The last guard before a child-facing document is encoded: the finished pages, every line of text, every
/// picture's alternative text and the document's metadata, searched for what the case marks private.
///
/// The composer's check (``ChildFacingCheck``) already names the sentence a private value came from; this one
/// catches whatever reached the page by any other way, so that no change elsewhere can let one through.
struct PrivateFrameCheck {
    var privateText: PrivateText

    init(caseFile: CaseFile) {
        privateText = PrivateText(caseFile: caseFile)
    }

    func check(_ document: FrameDocument) throws(HearthError) {
        guard !privateText.isEmpty else { return }
        var problems: [Diagnostic] = []
        func look(_ text: String, _ place: String) {
            for entry in privateText.found(in: text) {
                problems.append(Diagnostic(
                    location: entry.location, keyPath: entry.keyPath,
                    message: "\(entry.what) is marked private, but the child's document would print it on \(place)",
                    fix: entry.fix))
            }
        }
        let meta = document.metadata
        look([meta.title, meta.author ?? "", meta.subject ?? "", meta.keywords ?? ""].joined(separator: "\n"), "its title page details (the PDF's metadata)")
        for entry in document.outline ?? [] { look(entry.title, "the PDF's bookmarks") }
        // One search over every page's words first: pages are searched one by one only to say where.
        let everything = document.pages.map { page in
            page.textLines.map(\.text).joined(separator: " ") + "\n" + Self.alternativeTexts(page.items).joined(separator: "\n")
                + "\n" + (page.bookmark ?? "")
        }.joined(separator: "\n")
        guard !privateText.found(in: everything).isEmpty else {
            if !problems.isEmpty { throw .caseFile(CaseFileError(diagnostics: Array(Set(problems)))) }
            return
        }
        for (n, page) in document.pages.enumerated() {
            look(page.textLines.map(\.text).joined(separator: " "), "sheet \(n + 1)")
            look(Self.alternativeTexts(page.items).joined(separator: "\n"), "sheet \(n + 1), in a picture's description for screen readers")
            if let bookmark = page.bookmark { look(bookmark, "sheet \(n + 1), in the PDF's bookmarks") }
        }
        if !problems.isEmpty { throw .caseFile(CaseFileError(diagnostics: Array(Set(problems)))) }
    }

    static func alternativeTexts(_ items: [FrameItem]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .group(.figure(let alt), let inner): [alt] + alternativeTexts(inner)
            case .group(_, let inner), .clipped(_, let inner): alternativeTexts(inner)
            case .symbol(let symbol, _): alternativeTexts(symbol.items)
            default: []
            }
        }
    }
}
