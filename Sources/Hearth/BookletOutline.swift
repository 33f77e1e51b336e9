import HearthFrame
import HearthGeometry
import HearthLayout
import HearthModel

extension FrameDocument {
    /// The story's pages imposed two to a side of A4 for a folded A5 booklet, with the story's outline: every
    /// section in story order, each opening the half sheet where it starts (the sheets' own bookmarks can name
    /// only one section a side, in sheet order).
    func imposedAsBooklet() -> FrameDocument {
        // A right-to-left booklet is bound on the right.
        let boundOnRight = metadata.language.map(Languages.isRightToLeft) ?? false
        let sheets = BookletImposition.impose(pages, boundOnRight: boundOnRight)
        var place: [Int: (side: Int, area: Rect)] = [:]
        for (s, sheet) in BookletImposition.sheets(pageCount: pages.count, boundOnRight: boundOnRight).enumerated() {
            for (k, side) in [sheet.front, sheet.back].enumerated() {
                let index = 2 * s + k
                guard index < sheets.count else { continue }
                let size = sheets[index].size
                if let left = side.left { place[left] = (index, Rect(x: 0, y: 0, width: size.width / 2, height: size.height)) }
                if let right = side.right {
                    place[right] = (index, Rect(x: size.width / 2, y: 0, width: size.width / 2, height: size.height))
                }
            }
        }
        let outline = pages.enumerated().compactMap { n, page -> OutlineEntry? in
            guard let title = page.bookmark, let at = place[n + 1] else { return nil }
            return OutlineEntry(title: title, page: at.side, area: at.area)
        }
        return FrameDocument(pages: sheets, metadata: metadata, outline: outline)
    }
}
