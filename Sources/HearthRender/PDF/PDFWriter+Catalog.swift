import HearthFrame
import HearthGeometry

extension PDFWriter {
    /// The outline: the document's own when it has one (an imposed booklet's, in story order), else one entry
    /// per bookmarked page, in page order, each opening its page whole.
    func writeOutline(_ document: FrameDocument) -> PDFObjectID? {
        let pages = document.pages
        let items = document.outline ?? pages.indices.compactMap { i in
            pages[i].bookmark.map { OutlineEntry(title: $0, page: i) }
        }
        let marked = items.filter { pageObjects.indices.contains($0.page) }
        guard !marked.isEmpty else { return nil }
        let root = file.reserve()
        let entries = marked.map { _ in file.reserve() }
        for (k, item) in marked.enumerated() {
            file.object(entries[k]) { out in
                out.raw("<< /Title ")
                out.text(item.title)
                out.raw(" /Parent ")
                out.ref(root)
                if k > 0 {
                    out.raw(" /Prev ")
                    out.ref(entries[k - 1])
                }
                if k + 1 < entries.count {
                    out.raw(" /Next ")
                    out.ref(entries[k + 1])
                }
                out.raw(" /Dest [")
                out.ref(pageObjects[item.page])
                if let area = item.area {
                    // The half sheet where the section starts: left, bottom, right, top in PDF's upward points.
                    let height = pages[item.page].size.height
                    out.raw(" /FitR ")
                    out.number(area.minX, decimals: 2)
                    out.space()
                    out.number(height - area.maxY, decimals: 2)
                    out.space()
                    out.number(area.maxX, decimals: 2)
                    out.space()
                    out.number(height - area.minY, decimals: 2)
                    out.raw("] >>")
                } else {
                    out.raw(" /Fit] >>")
                }
            }
        }
        file.object(root) { out in
            out.raw("<< /Type /Outlines /First ")
            out.ref(entries[0])
            out.raw(" /Last ")
            out.ref(entries[entries.count - 1])
            out.raw(" /Count ")
            out.int(entries.count)
            out.raw(" >>")
        }
        return root
    }

    /// The document information dictionary. Dates come from the case, never the clock.
    func writeInfo(_ meta: DocumentMetadata, as info: PDFObjectID) {
        file.object(info) { out in
            out.raw("<< /Title ")
            out.text(meta.title)
            if let author = meta.author {
                out.raw(" /Author ")
                out.text(author)
            }
            if let subject = meta.subject {
                out.raw(" /Subject ")
                out.text(subject)
            }
            if let keywords = meta.keywords {
                out.raw(" /Keywords ")
                out.text(keywords)
            }
            out.raw(" /Creator (Hearth) /Producer (Hearth) /CreationDate ")
            out.text(Self.pdfDate(meta.creationDate))
            out.raw(" /ModDate ")
            out.text(Self.pdfDate(meta.creationDate))
            out.raw(" >>")
        }
    }

    /// An ISO 8601 date and time (`2026-03-12T09:30:00Z`, `2026-03-12T09:30+01:00`, `2026-03-12`) in PDF's form
    /// (`D:20260312093000Z`, `D:20260312093000+01'00'`); missing seconds or a missing time count as zero.
    static func pdfDate(_ iso: String) -> String {
        let parts = iso.split(separator: "T", maxSplits: 1)
        let date = String((parts.first ?? "").filter { $0.isASCII && $0.isNumber }.prefix(8))
        var time = parts.count > 1 ? parts[1] : ""
        var zone = "Z"
        if let sign = time.firstIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = time[time.index(after: sign)...].filter { $0.isASCII && $0.isNumber }
            let hours = String(offset.prefix(2)), minutes = String(offset.dropFirst(2).prefix(2))
            zone = "\(time[sign])\(hours.isEmpty ? "00" : hours)'\(minutes.isEmpty ? "00" : minutes)'"
            time = time[..<sign]
        }
        let clock = String(time.prefix { $0 != "Z" && $0 != "." }.filter { $0.isASCII && $0.isNumber }.prefix(6))
        return "D:" + date + clock + String(repeating: "0", count: 6 - clock.count) + zone
    }
}
