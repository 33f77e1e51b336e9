import HearthFrame

extension PDFWriter {
    /// The outline: one entry per bookmarked page, in page order, each opening its page whole.
    func writeOutline(_ pages: [Frame]) -> PDFObjectID? {
        let marked = pages.indices.filter { pages[$0].bookmark != nil }
        guard !marked.isEmpty else { return nil }
        let root = file.reserve()
        let entries = marked.map { _ in file.reserve() }
        for (k, page) in marked.enumerated() {
            file.object(entries[k]) { out in
                out.raw("<< /Title ")
                out.text(pages[page].bookmark ?? "")
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
                out.ref(pageObjects[page])
                out.raw(" /Fit] >>")
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

    /// An ISO 8601 date and time (`2026-03-12T09:30:00Z`, `2026-03-12T09:30:00+01:00`) in PDF's form
    /// (`D:20260312093000Z`, `D:20260312093000+01'00'`).
    static func pdfDate(_ iso: String) -> String {
        var digits = "", zone = ""
        var inZone = false
        for (i, ch) in iso.enumerated() {
            if i >= 19 || inZone {
                inZone = true
                zone.append(ch)
            } else if ch.isASCII, ch.isNumber {
                digits.append(ch)
            }
        }
        digits = String(digits.prefix(14))
        if zone.hasPrefix("+") || zone.hasPrefix("-") {
            let parts = zone.dropFirst().split(separator: ":")
            let hours = parts.first.map(String.init) ?? "00", minutes = parts.count > 1 ? String(parts[1]) : "00"
            zone = "\(zone.first!)\(hours)'\(minutes)'"
        } else {
            zone = "Z"
        }
        return "D:" + digits + zone
    }
}
