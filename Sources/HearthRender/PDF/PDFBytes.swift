/// Bytes of PDF syntax being written: numbers, names, strings and operators.
///
/// A booklet's pages are mostly drawn paths, so the writer prints well over a hundred thousand numbers; formatting
/// them here with integer arithmetic, rather than through a general formatter, is most of what makes a PDF fast.
struct PDFBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text made at run time. Named apart from `raw` so that literals, which Swift would otherwise take as
    /// `String`, are copied straight from the binary.
    mutating func string(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    mutating func byte(_ b: UInt8) {
        bytes.append(b)
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// A whole number in decimal.
    mutating func int(_ value: Int) {
        fixed(value, places: 0)
    }

    /// A number rounded to `decimals` places (at most 6), without trailing zeros: `12.5`, `-3`, `0.125`.
    mutating func number(_ value: Double, decimals: Int = 3) {
        let scaled = (value * Double(Self.powers[decimals])).rounded()
        guard scaled.isFinite, abs(scaled) < 9e15 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        fixed(Int(scaled), places: decimals)
    }

    /// A path coordinate in points, rounded to a quarter point (the precision every drawn path is written at,
    /// so the same drawing always gives the same bytes) and written as a whole number of quarter points.
    mutating func quarterUnits(_ value: Double) {
        let q = (value * 4).rounded()
        guard abs(q) < 1e15 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        fixed(Int(q), places: 0)
    }

    /// `n` divided by 10 to the power `places`, written with as few digits as say it exactly. The digits are made
    /// backwards in a small buffer and appended at once: one append per number rather than one per digit.
    private mutating func fixed(_ n: Int, places: Int) {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { b in
            var i = 24
            var v = n.magnitude
            var p = places
            while p > 0, v % 10 == 0 {
                v /= 10
                p -= 1
            }
            if p > 0 {
                for _ in 0..<p {
                    i -= 1
                    b[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
                    v /= 10
                }
                i -= 1
                b[i] = UInt8(ascii: ".")
            }
            repeat {
                i -= 1
                b[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
                v /= 10
            } while v > 0
            if n < 0 {
                i -= 1
                b[i] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: b[i..<24]))
        }
    }

    private static let powers = [1, 10, 100, 1000, 10000, 100_000, 1_000_000]

    mutating func space() { bytes.append(0x20) }
    mutating func newline() { bytes.append(0x0A) }

    /// `n 0 R`: a reference to an indirect object.
    mutating func ref(_ object: PDFObjectID) {
        int(object.number)
        raw(" 0 R")
    }

    /// A name such as `/F1`; names Hearth makes are plain ASCII letters and digits.
    mutating func name(_ s: String) {
        bytes.append(UInt8(ascii: "/"))
        bytes.append(contentsOf: s.utf8)
    }

    /// A text string for a reader to show (titles, alternative text): PDFDocEncoding when it is plain ASCII,
    /// else UTF-16BE with a byte order mark, as hex.
    mutating func text(_ s: String) {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            bytes.append(UInt8(ascii: "("))
            for b in s.utf8 {
                if b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "\\") {
                    bytes.append(UInt8(ascii: "\\"))
                }
                bytes.append(b)
            }
            bytes.append(UInt8(ascii: ")"))
        } else {
            bytes.append(UInt8(ascii: "<"))
            hex16(0xFEFF)
            for unit in s.utf16 { hex16(unit) }
            bytes.append(UInt8(ascii: ">"))
        }
    }

    /// Four hex digits: a glyph id in a content stream, a UTF-16 unit in a string.
    mutating func hex16(_ v: UInt16) {
        bytes.append(Self.hexDigits[Int(v >> 12)])
        bytes.append(Self.hexDigits[Int(v >> 8 & 0xF)])
        bytes.append(Self.hexDigits[Int(v >> 4 & 0xF)])
        bytes.append(Self.hexDigits[Int(v & 0xF)])
    }

    /// Two hex digits.
    mutating func hex8(_ v: UInt8) {
        bytes.append(Self.hexDigits[Int(v >> 4)])
        bytes.append(Self.hexDigits[Int(v & 0xF)])
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
