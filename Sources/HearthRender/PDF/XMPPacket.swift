import HearthFrame

/// The document's XMP metadata packet: the same title, author, subject, keywords, language and dates as the
/// Info dictionary, in the XML that PDF/UA asks for, with `pdfuaid:part 1` to say the file claims PDF/UA-1.
///
/// Exists because assistive software and archives read XMP, not the Info dictionary, and PDF/UA requires the two
/// to agree. Dates are derived from the Info dictionary's own, so they cannot drift apart.
struct XMPPacket {
    var metadata: DocumentMetadata

    var bytes: [UInt8] {
        let m = metadata
        var x = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        x += " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
        x += " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        x += "   <dc:format>application/pdf</dc:format>\n"
        x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escaped(m.title))</rdf:li></rdf:Alt></dc:title>\n"
        if let author = m.author {
            x += "   <dc:creator><rdf:Seq><rdf:li>\(Self.escaped(author))</rdf:li></rdf:Seq></dc:creator>\n"
        }
        if let subject = m.subject {
            x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escaped(subject))</rdf:li></rdf:Alt></dc:description>\n"
        }
        if let language = m.language {
            x += "   <dc:language><rdf:Bag><rdf:li>\(Self.escaped(language))</rdf:li></rdf:Bag></dc:language>\n"
        }
        if let keywords = m.keywords { x += "   <pdf:Keywords>\(Self.escaped(keywords))</pdf:Keywords>\n" }
        let date = Self.xmpDate(PDFWriter.pdfDate(m.creationDate))
        x += "   <pdf:Producer>Hearth</pdf:Producer>\n   <xmp:CreatorTool>Hearth</xmp:CreatorTool>\n"
        x += "   <xmp:CreateDate>\(date)</xmp:CreateDate>\n   <xmp:ModifyDate>\(date)</xmp:ModifyDate>\n"
        x += "   <xmp:MetadataDate>\(date)</xmp:MetadataDate>\n"
        x += "   <pdfuaid:part>1</pdfuaid:part>\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
        x += "<?xpacket end=\"r\"?>"
        return Array(x.utf8)
    }

    /// Text safe inside an XML element: markup characters escaped, and characters XML cannot hold (controls)
    /// left out.
    static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0x7F...0x9F).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A PDF date (`D:20260312093000+01'00'`) as XMP writes it (`2026-03-12T09:30:00+01:00`).
    static func xmpDate(_ pdf: String) -> String {
        let d = Array(pdf.dropFirst(2))
        guard d.count >= 15 else { return "1970-01-01T00:00:00Z" }
        func s(_ r: Range<Int>) -> String { String(d[r]) }
        var zone = "Z"
        if d[14] == "+" || d[14] == "-", d.count >= 20 { zone = "\(d[14])\(s(15..<17)):\(s(18..<20))" }
        return "\(s(0..<4))-\(s(4..<6))-\(s(6..<8))T\(s(8..<10)):\(s(10..<12)):\(s(12..<14))\(zone)"
    }
}
