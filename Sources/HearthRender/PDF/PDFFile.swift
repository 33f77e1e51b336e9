/// The number of an indirect object in a PDF file.
struct PDFObjectID: Hashable {
    let number: Int
}

/// A PDF file written front to back: numbered objects as they are finished, then the cross-reference table that
/// says where each one starts. Object numbers can be taken before their object is written, so a page can name
/// its parent and a font can be named before it is embedded.
///
/// Streams are compressed by a `StreamPacker`, on another core while the rest is written when it has one; the
/// file is put together, and every object's place counted, when it is finished.
struct PDFFile {
    private enum Chunk {
        case bytes([UInt8])
        /// A stream object whose data the packer is still compressing: its number, its dictionary entries and
        /// its ticket.
        case stream(PDFObjectID, [UInt8], PDFStreamTicket)
        /// A stream object with data packed before.
        case packed(PDFObjectID, [UInt8], PDFStreamData)
    }

    private var chunks: [Chunk] = []
    private var out = PDFBytes(capacity: 1 << 16)
    /// Where each object starts: its chunk and the offset in it (-1: not written yet).
    private var starts: [(chunk: Int, offset: Int)] = []
    let packer: StreamPacker

    init(packer: StreamPacker) {
        self.packer = packer
        out.raw("%PDF-1.7\n%\u{00E2}\u{00E3}\u{00CF}\u{00D3}\n")
    }

    mutating func reserve() -> PDFObjectID {
        starts.append((-1, 0))
        return PDFObjectID(number: starts.count)
    }

    /// Writes `id`'s object; `body` writes its value (a dictionary, an array…).
    mutating func object(_ id: PDFObjectID, _ body: (inout PDFBytes) -> Void) {
        starts[id.number - 1] = (chunks.count, out.count)
        out.int(id.number)
        out.raw(" 0 obj\n")
        body(&out)
        out.raw("\nendobj\n")
    }

    /// Writes `id` as a stream of `data`, compressed; `dictionary` writes extra entries (without the brackets).
    /// Returns the ticket that gives the packed data once the file is finished.
    @discardableResult
    mutating func stream(_ id: PDFObjectID, _ data: [UInt8], dictionary: (inout PDFBytes) -> Void = { _ in })
        -> PDFStreamTicket
    {
        var entries = PDFBytes()
        dictionary(&entries)
        let ticket = packer.pack(data)
        append(.stream(id, entries.bytes, ticket), for: id)
        return ticket
    }

    /// Writes `id` as a stream of data packed before (perhaps for another document).
    mutating func stream(_ id: PDFObjectID, _ data: PDFStreamData, dictionary: (inout PDFBytes) -> Void = { _ in }) {
        var entries = PDFBytes()
        dictionary(&entries)
        append(.packed(id, entries.bytes, data), for: id)
    }

    private mutating func append(_ chunk: Chunk, for id: PDFObjectID) {
        chunks.append(.bytes(out.bytes))
        out = PDFBytes(capacity: 1 << 14)
        starts[id.number - 1] = (chunks.count, 0)
        chunks.append(chunk)
        chunks.append(.bytes([]))
    }

    private static func write(_ id: PDFObjectID, _ entries: [UInt8], _ data: PDFStreamData, to file: inout PDFBytes) {
        file.int(id.number)
        file.raw(" 0 obj\n<< /Length ")
        file.int(data.bytes.count)
        if data.compressed { file.raw(" /Filter /FlateDecode") }
        file.space()
        file.append(entries)
        file.raw(" >>\nstream\n")
        file.append(data.bytes)
        file.raw("\nendstream\nendobj\n")
    }

    /// The finished file, and the packed data of every stream by ticket. Every reserved object must have been
    /// written. The file's identifier comes from its own bytes, so the same document always gets the same one.
    mutating func finish(root: PDFObjectID, info: PDFObjectID) -> (file: [UInt8], packed: [PDFStreamTicket: PDFStreamData]) {
        precondition(!starts.contains { $0.chunk < 0 }, "a reserved PDF object was never written")
        chunks.append(.bytes(out.bytes))
        let packed = packer.finish()
        var file = PDFBytes(capacity: chunks.reduce(0) { n, c in
            switch c {
            case .bytes(let b): n + b.count
            case .stream(_, let e, let t): n + e.count + (packed[t]?.bytes.count ?? 0) + 64
            case .packed(_, let e, let d): n + e.count + d.bytes.count + 64
            }
        })
        var chunkStarts: [Int] = []
        for chunk in chunks {
            chunkStarts.append(file.count)
            switch chunk {
            case .bytes(let b): file.append(b)
            case .stream(let id, let entries, let ticket):
                Self.write(id, entries, packed[ticket] ?? PDFStreamData(bytes: [], compressed: false), to: &file)
            case .packed(let id, let entries, let data): Self.write(id, entries, data, to: &file)
            }
        }
        var id: [UInt8] = []
        for seed: UInt64 in [0xCBF2_9CE4_8422_2325, 0x8422_2325_CBF2_9CE4] {
            var h = seed
            // Every seventh byte and the length: plenty to tell documents apart, at a seventh of the cost.
            h = (h ^ UInt64(file.count)) &* 0x100_0000_01B3
            for i in stride(from: 0, to: file.count, by: 7) { h = (h ^ UInt64(file.bytes[i])) &* 0x100_0000_01B3 }
            for k in 0..<8 { id.append(UInt8(truncatingIfNeeded: h >> (8 * UInt64(k)))) }
        }
        let xref = file.count
        file.raw("xref\n0 ")
        file.int(starts.count + 1)
        file.raw("\n0000000000 65535 f \n")
        for start in starts {
            let digits = String(chunkStarts[start.chunk] + start.offset)
            file.string(String(repeating: "0", count: max(0, 10 - digits.utf8.count)))
            file.string(digits)
            file.raw(" 00000 n \n")
        }
        file.raw("trailer\n<< /Size ")
        file.int(starts.count + 1)
        file.raw(" /Root ")
        file.ref(root)
        file.raw(" /Info ")
        file.ref(info)
        file.raw(" /ID [<")
        for b in id { file.hex8(b) }
        file.raw("> <")
        for b in id { file.hex8(b) }
        file.raw(">] >>\nstartxref\n")
        file.int(xref)
        file.raw("\n%%EOF\n")
        return (file.bytes, packed)
    }
}
