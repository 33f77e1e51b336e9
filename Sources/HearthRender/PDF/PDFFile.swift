import CHearthDeflate

/// The number of an indirect object in a PDF file.
struct PDFObjectID: Hashable {
    let number: Int
}

/// A PDF file written front to back: numbered objects as they are finished, then the cross-reference table that
/// says where each one starts. Object numbers can be taken before their object is written, so a page can name
/// its parent and a font can be named before it is embedded.
struct PDFFile {
    private(set) var out = PDFBytes(capacity: 1 << 20)
    private var offsets: [Int] = []
    private let deflater = Deflater()

    init() {
        out.raw("%PDF-1.7\n%\u{00E2}\u{00E3}\u{00CF}\u{00D3}\n")
    }

    mutating func reserve() -> PDFObjectID {
        offsets.append(-1)
        return PDFObjectID(number: offsets.count)
    }

    /// Writes `id`'s object; `body` writes its value (a dictionary, an array…).
    mutating func object(_ id: PDFObjectID, _ body: (inout PDFBytes) -> Void) {
        begin(id)
        body(&out)
        out.raw("\nendobj\n")
    }

    /// Writes `id` as a stream of `data`, compressed; `dictionary` writes extra entries (without the brackets).
    mutating func stream(_ id: PDFObjectID, _ data: [UInt8], dictionary: (inout PDFBytes) -> Void = { _ in }) {
        stream(id, pack(data), dictionary: dictionary)
    }

    /// Stream data as it will be stored: compressed when that makes it smaller.
    func pack(_ data: [UInt8]) -> PDFStreamData {
        if let packed = deflater.compress(data) { PDFStreamData(bytes: packed, compressed: true) }
        else { PDFStreamData(bytes: data, compressed: false) }
    }

    /// Writes `id` as a stream of data packed before (perhaps for another document).
    mutating func stream(_ id: PDFObjectID, _ data: PDFStreamData, dictionary: (inout PDFBytes) -> Void = { _ in }) {
        begin(id)
        out.raw("<< /Length ")
        out.int(data.bytes.count)
        if data.compressed { out.raw(" /Filter /FlateDecode") }
        out.space()
        dictionary(&out)
        out.raw(" >>\nstream\n")
        out.append(data.bytes)
        out.raw("\nendstream\nendobj\n")
    }

    private mutating func begin(_ id: PDFObjectID) {
        offsets[id.number - 1] = out.count
        out.int(id.number)
        out.raw(" 0 obj\n")
    }

    /// The finished file. Every reserved object must have been written.
    /// The file's identifier comes from its own bytes, so the same document always gets the same one.
    mutating func finish(root: PDFObjectID, info: PDFObjectID) -> [UInt8] {
        precondition(!offsets.contains(-1), "a reserved PDF object was never written")
        var id: [UInt8] = []
        for seed: UInt64 in [0xCBF2_9CE4_8422_2325, 0x8422_2325_CBF2_9CE4] {
            var h = seed
            // Every seventh byte and the length: plenty to tell documents apart, at a seventh of the cost.
            h = (h ^ UInt64(out.count)) &* 0x100_0000_01B3
            for i in stride(from: 0, to: out.count, by: 7) { h = (h ^ UInt64(out.bytes[i])) &* 0x100_0000_01B3 }
            for k in 0..<8 { id.append(UInt8(truncatingIfNeeded: h >> (8 * UInt64(k)))) }
        }
        let xref = out.count
        out.raw("xref\n0 ")
        out.int(offsets.count + 1)
        out.raw("\n0000000000 65535 f \n")
        for offset in offsets {
            let digits = String(offset)
            out.string(String(repeating: "0", count: max(0, 10 - digits.utf8.count)))
            out.string(digits)
            out.raw(" 00000 n \n")
        }
        out.raw("trailer\n<< /Size ")
        out.int(offsets.count + 1)
        out.raw(" /Root ")
        out.ref(root)
        out.raw(" /Info ")
        out.ref(info)
        out.raw(" /ID [<")
        for b in id { out.hex8(b) }
        out.raw("> <")
        for b in id { out.hex8(b) }
        out.raw(">] >>\nstartxref\n")
        out.int(xref)
        out.raw("\n%%EOF\n")
        return out.bytes
    }
}

/// A stream's bytes as stored in the file.
struct PDFStreamData {
    var bytes: [UInt8]
    var compressed: Bool
}

/// zlib-format compression of stream data at the fastest level; owns a libdeflate compressor.
final class Deflater {
    private let compressor = hearth_deflate_create()

    deinit { hearth_deflate_destroy(compressor) }

    /// The compressed bytes, or nil when compressing would not help (or memory ran out): the stream is then
    /// stored as it is.
    func compress(_ data: [UInt8]) -> [UInt8]? {
        guard !data.isEmpty, let compressor else { return nil }
        var packed = [UInt8](repeating: 0, count: hearth_deflate_bound(compressor, data.count))
        let written = data.withUnsafeBufferPointer { src in
            packed.withUnsafeMutableBufferPointer { dst in
                hearth_deflate(compressor, src.baseAddress, src.count, dst.baseAddress, dst.count)
            }
        }
        guard written > 0, written < data.count else { return nil }
        packed.removeSubrange(written...)
        return packed
    }
}
