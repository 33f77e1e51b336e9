import Foundation

/// Turns a case file's bytes into text: UTF-8 (with or without a byte-order mark), or UTF-16 with a
/// byte-order mark, which is what Windows Notepad writes when asked for "Unicode". Anything else is named
/// (UTF-16 without its mark, UTF-32, a word-processor document, another encoding) so the writer knows what to
/// change in the editor's "Save as".
enum TextDecoding {
    struct Refusal: Error {
        var line: Int
        var column: Int
        var message: String
        var fix: String
    }

    static let saveAsUTF8 = "save it again as 'UTF-8' text from your editor (in 'Save as', choose the encoding UTF-8)"

    static func decode(_ data: Data) -> Result<String, Refusal> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .failure(Refusal(line: 1, column: 1, message: "this file is saved as UTF-32, not as UTF-8 text", fix: saveAsUTF8))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                return .failure(Refusal(
                    line: 1, column: 1, message: "this file says it is UTF-16 text, but it is damaged", fix: saveAsUTF8))
            }
            return .success(text)
        }
        if let kind = document(bytes) {
            return .failure(Refusal(
                line: 1, column: 1, message: "this file is \(kind), not a plain-text case file",
                fix: "write the case in a plain-text editor and save it as .yaml (see 'hearth new')"))
        }
        if let order = utf16WithoutMark(bytes) {
            return .failure(Refusal(
                line: 1, column: 1, message: "this file is saved as UTF-16 (\(order)), not as UTF-8 text", fix: saveAsUTF8))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            return .success(text)
        }
        let (line, column, byte) = firstInvalidPosition(in: body)
        let guess = byte.flatMap(windows1252).map { " (in Windows-1252 or Latin-1, byte 0x\(String($0.byte, radix: 16, uppercase: true)) is '\($0.character)')" } ?? ""
        return .failure(Refusal(
            line: line, column: column,
            message: "the file is not saved as UTF-8 text: this character is in another encoding\(guess)",
            fix: saveAsUTF8))
    }

    /// A word processor's or another program's file, by the bytes it starts with.
    static func document(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a zipped document (such as a Word .docx file)" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "a Word .doc document" }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return "a rich-text (.rtf) document" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF" }
        return nil
    }

    /// Text in UTF-16 without a byte-order mark shows as a zero byte beside almost every ASCII character: "big-endian"
    /// or "little-endian" when at least a third of the first pairs look so, else nil.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> String? {
        let pairs = min(bytes.count / 2, 512)
        guard pairs >= 2 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in 0..<pairs {
            if bytes[2 * i] == 0 && bytes[2 * i + 1] != 0 { evenZero += 1 }
            if bytes[2 * i + 1] == 0 && bytes[2 * i] != 0 { oddZero += 1 }
        }
        if oddZero * 3 >= pairs && oddZero > evenZero { return "little-endian" }
        if evenZero * 3 >= pairs && evenZero > oddZero { return "big-endian" }
        return nil
    }

    /// What a byte that is not UTF-8 means in Windows-1252 (Latin-1 with the printable extras), when it is a letter
    /// or sign a person would type.
    static func windows1252(_ byte: UInt8) -> (byte: UInt8, character: Character)? {
        guard byte >= 0xA0 else {
            let extras: [UInt8: Character] = [0x80: "€", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x85: "…"]
            return extras[byte].map { (byte, $0) }
        }
        return Unicode.Scalar(UInt32(byte)).map { (byte, Character($0)) }
    }

    /// Where the first byte that is not UTF-8 sits, and the byte, so the writer can find a stray character pasted
    /// from a word processor.
    private static func firstInvalidPosition(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8?) {
        var line = 1
        var column = 1
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column, offset < bytes.count ? bytes[offset] : nil)
            }
        }
    }
}
