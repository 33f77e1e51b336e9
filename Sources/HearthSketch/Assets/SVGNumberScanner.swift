/// Reads the numbers of SVG attribute text (path data, points, viewBox, transform arguments).
///
/// SVG numbers may run together ("1.5.5" is 1.5 then .5, "10-3" is 10 then -3) and be separated by spaces and
/// at most one comma; this is that grammar and nothing more.
struct SVGNumberScanner {
    let bytes: [UInt8]
    private(set) var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { index >= bytes.count }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The character position (counting from 1) of the next unread character, for error messages.
    var position: Int { index + 1 }

    /// A few characters from the current position, to show where reading stopped.
    var excerpt: String {
        let end = min(bytes.count, index + 12)
        guard index < end else { return "the end" }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        return "\"" + text + (end < bytes.count ? "…" : "") + "\""
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    mutating func skipSpaces() {
        while let b = current, Self.isSpace(b) { index += 1 }
    }

    /// Spaces, then at most one comma and more spaces.
    mutating func skipSeparator() {
        skipSpaces()
        if current == 0x2C {
            index += 1
            skipSpaces()
        }
    }

    /// Whether a number could start here (a digit, a sign or a point).
    var atNumber: Bool {
        guard let b = current else { return false }
        return Self.isDigit(b) || b == 0x2B || b == 0x2D || b == 0x2E
    }

    /// The next number, or `nil` (with the position unchanged) when there is none or it is not finite.
    mutating func number() -> Double? {
        let start = index
        var i = index
        if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
        var digits = 0
        while i < bytes.count, Self.isDigit(bytes[i]) { i += 1; digits += 1 }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            var j = i + 1
            if j < bytes.count, bytes[j] == 0x2B || bytes[j] == 0x2D { j += 1 }
            var exponentDigits = 0
            while j < bytes.count, Self.isDigit(bytes[j]) { j += 1; exponentDigits += 1 }
            if exponentDigits > 0 { i = j }
        }
        guard let value = Double(String(decoding: bytes[start..<i], as: UTF8.self)), value.isFinite else {
            return nil
        }
        index = i
        return value
    }

    /// An arc flag: a single `0` or `1`, which may run straight into the next number ("a10 10 0 0110 10").
    mutating func flag() -> Bool? {
        switch current {
        case 0x30: index += 1; return false
        case 0x31: index += 1; return true
        default: return nil
        }
    }

    /// The next character if it is an ASCII letter.
    mutating func letter() -> Character? {
        guard let b = current, (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) else { return nil }
        index += 1
        return Character(Unicode.Scalar(b))
    }

    /// Reads a whole attribute of numbers ("0 0 100 100", "10,20 30,40"); `nil` if anything else is in it.
    static func numbers(in text: String) -> [Double]? {
        var scanner = SVGNumberScanner(text)
        var values: [Double] = []
        scanner.skipSpaces()
        while !scanner.isAtEnd {
            guard let value = scanner.number() else { return nil }
            values.append(value)
            scanner.skipSeparator()
        }
        return values
    }
}
