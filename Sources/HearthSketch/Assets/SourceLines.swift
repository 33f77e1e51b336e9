/// Finds the line an element starts on, from where the XML parser says its start tag ended.
///
/// `XMLParser` reports the position at the end of a start tag, so an element whose attributes run over several
/// lines would be reported on its last line; a trainer looks for the line where the element begins.
struct SourceLines {
    private let bytes: [UInt8]
    /// The byte offset at which each line starts.
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The line of the last `<element` at or before `line`:`column` (both counting from 1), or `line` itself.
    func startLine(of element: String, endingAt line: Int, column: Int) -> Int {
        guard line >= 1, line <= starts.count else { return line }
        let needle = Array(("<" + element).utf8)
        var offset = min(bytes.count, starts[line - 1] + max(0, column)) - needle.count
        while offset >= 0 {
            if bytes[offset] == 0x3C, bytes[offset..<(offset + needle.count)].elementsEqual(needle) {
                return self.line(at: offset)
            }
            offset -= 1
        }
        return line
    }

    /// The line (from 1) holding the byte at `offset`.
    private func line(at offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}
