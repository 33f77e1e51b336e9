import HearthCompose
import HearthFrame
import HearthModel

/// The last guard before a child-facing document is encoded: the finished pages, every line of text, every
/// picture's alternative text and the document's metadata, searched for what the case marks private.
///
/// The composer's check (``ChildFacingCheck``) already names the sentence a private value came from; this one
/// catches whatever reached the page by any other way, so that no change elsewhere can let one through.
struct PrivateFrameCheck {
    var check: ChildFacingCheck

    init(caseFile: CaseFile) {
        check = ChildFacingCheck(caseFile: caseFile)
    }

    func check(_ document: FrameDocument) throws(HearthError) {
        guard !check.privateText.isEmpty else { return }
        let meta = document.metadata
        var places = [
            ([meta.title, meta.author ?? "", meta.subject ?? "", meta.keywords ?? ""].joined(separator: "\n"),
             "its title page details (the PDF's metadata)"),
        ]
        places += (document.outline ?? []).map { ($0.title, "the PDF's bookmarks") }
        for (n, page) in document.pages.enumerated() {
            places.append((page.textLines.map(\.text).joined(separator: " "), "sheet \(n + 1)"))
            places.append((Self.alternativeTexts(page.items).joined(separator: "\n"), "sheet \(n + 1), in a picture's description for screen readers"))
            if let bookmark = page.bookmark { places.append((bookmark, "sheet \(n + 1), in the PDF's bookmarks")) }
        }
        // One search over everything first: each place is searched only to say where.
        guard !check.privateText.found(in: places.map(\.0).joined(separator: "\n")).isEmpty else { return }
        let problems = places.flatMap { text, place in check.find(in: text, place: place) }
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
