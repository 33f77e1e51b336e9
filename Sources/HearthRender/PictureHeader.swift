/// What a drawing's own bytes say it is, read before any decoder sees them: PNG or JPEG, how large, and whether
/// the file runs to the end its format marks.
///
/// Exists so that a picture is judged by Hearth's rules before a C library spends time and memory on it: a
/// 700-byte file can claim 65,500 × 65,500 pixels, and a photo that did not finish copying decodes without
/// complaint, its missing part painted grey.
struct PictureHeader: Hashable, Sendable {
    enum Format: Hashable, Sendable {
        case png
        case jpeg
    }

    /// What a JPEG's frame header says, which decides whether a PDF can carry the file as it is.
    struct JPEGFrame: Hashable, Sendable {
        /// The start-of-frame marker: 0xC0 baseline, 0xC1 extended, 0xC2 progressive, others rarer.
        var marker: UInt8
        var precision: Int
        /// The components' ids, in order: one for grey, three for colour.
        var componentIDs: [UInt8]
        /// Whether an Adobe APP14 segment says how the colours are stored (CMYK or RGB without conversion).
        var adobe: Bool
    }

    var format: Format
    var width: Int
    var height: Int
    /// Whether the file goes on to its end mark (PNG's IEND chunk, JPEG's end-of-image marker).
    var complete: Bool
    var jpeg: JPEGFrame?

    /// Reads the header, or nil when the bytes are neither PNG nor JPEG or say no size.
    static func read(_ bytes: [UInt8]) -> PictureHeader? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg(bytes) }
        return nil
    }

    private static func be32(_ b: [UInt8], _ i: Int) -> Int {
        Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }

    private static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }

    /// A PNG: the first chunk must be IHDR with the size; the chunks are then walked by their lengths to IEND.
    private static func png(_ b: [UInt8]) -> PictureHeader? {
        guard b.count >= 33, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        let width = be32(b, 16), height = be32(b, 20)
        guard width > 0, height > 0 else { return nil }
        var at = 8
        var complete = false
        while at + 8 <= b.count {
            let length = be32(b, at)
            if Array(b[at + 4..<at + 8]) == Array("IEND".utf8) {
                complete = true
                break
            }
            guard length < 1 << 31 else { break }
            at += 12 + length
        }
        return PictureHeader(format: .png, width: width, height: height, complete: complete, jpeg: nil)
    }

    /// A JPEG: segments are walked by their lengths to the frame header (the size); each scan's coded data is
    /// skipped to the next marker, until the end-of-image marker.
    private static func jpeg(_ b: [UInt8]) -> PictureHeader? {
        var at = 2
        var frame: (width: Int, height: Int, JPEGFrame)?
        var adobe = false
        var complete = false
        scan: while at + 1 < b.count {
            guard b[at] == 0xFF else { break }
            let marker = b[at + 1]
            at += 2
            switch marker {
            case 0xFF:
                at -= 1  // fill byte before a marker
                continue
            case 0xD9:
                complete = true
                break scan
            case 0x01, 0xD0...0xD7:
                continue
            default:
                break
            }
            guard at + 2 <= b.count else { break }
            let length = be16(b, at)
            guard length >= 2, at + length <= b.count else { break }
            switch marker {
            case 0xC0...0xCF where marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
                guard frame == nil, length >= 8 else { return nil }
                let count = Int(b[at + 7])
                guard length >= 8 + 3 * count else { return nil }
                let ids = (0..<count).map { b[at + 8 + 3 * $0] }
                frame = (be16(b, at + 5), be16(b, at + 3), JPEGFrame(
                    marker: marker, precision: Int(b[at + 2]), componentIDs: ids, adobe: false))
            case 0xEE where length >= 7 && Array(b[at + 2..<at + 7]) == Array("Adobe".utf8):
                adobe = true
            default:
                break
            }
            at += length
            if marker == 0xDA {
                // Coded data runs to the next marker that is not a stuffed 0xFF 0x00 or a restart marker.
                while at + 1 < b.count {
                    if b[at] == 0xFF, b[at + 1] != 0x00, !(0xD0...0xD7).contains(b[at + 1]), b[at + 1] != 0xFF { break }
                    at += 1
                }
            }
        }
        guard let frame, frame.width > 0, frame.height > 0 else { return nil }
        var info = frame.2
        info.adobe = adobe
        return PictureHeader(format: .jpeg, width: frame.width, height: frame.height, complete: complete, jpeg: info)
    }
}

extension PictureHeader.JPEGFrame {
    /// Whether every PDF reader can show the file itself (`DCTDecode`): 8-bit baseline, extended or progressive
    /// Huffman coding, grey or colour stored as YCbCr as JFIF files are, with no Adobe segment to say otherwise.
    var passesThroughPDF: Bool {
        guard [0xC0, 0xC1, 0xC2].contains(marker), precision == 8, !adobe else { return false }
        switch componentIDs.count {
        case 1: return true
        case 3: return componentIDs != Array("RGB".utf8)
        default: return false
        }
    }
}
