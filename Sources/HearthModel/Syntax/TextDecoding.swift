import Foundation

/// Turns a case file's bytes into text: UTF-8 (with or without a byte-order mark), or UTF-16 with a
/// byte-order mark, which is what Windows Notepad writes when asked for "Unicode".
enum TextDecoding {
    struct Position: Error {
        var line: Int
        var column: Int
    }

    static func decode(_ data: Data) -> Result<String, Position> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { return .failure(Position(line: 1, column: 1)) }
            return .success(text)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            return .success(text)
        }
        return .failure(firstInvalidPosition(in: body))
    }

    /// Where the first byte that is not UTF-8 sits, so the writer can find a stray character pasted
    /// from a word processor.
    private static func firstInvalidPosition(in bytes: [UInt8]) -> Position {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return Position(line: line, column: column)
            }
        }
    }
}
