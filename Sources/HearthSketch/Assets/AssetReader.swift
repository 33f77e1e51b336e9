import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Feeds a picture file to an `AssetDocument` with Foundation's `XMLParser`, and places the first problem.
///
/// The parser calls back element by element; the reader stops it at the first problem and records the line the
/// parser was on, so every error names its file, line and element.
final class AssetReader: NSObject, XMLParserDelegate {
    let file: String
    private(set) var document = AssetDocument()
    private(set) var error: AssetError?
    private var lines = SourceLines("")

    init(file: String) {
        self.file = file
    }

    /// Reads `text`, leaving either `error` or a finished document.
    func read(_ text: String) {
        lines = SourceLines(text)
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let finished = parser.parse()
        guard error == nil else { return }
        if !finished {
            fail(parser.lineNumber, document.currentElement, Self.notWellFormed)
        } else if let problem = document.finish() {
            fail(0, document.viewBox == nil ? "" : "svg", problem)
        }
    }

    static let notWellFormed = AssetProblem(
        "the file is not well-formed XML",
        fix: "check that every tag is closed (<rect … /> or <g>…</g>), quotes match and & is written &amp;")

    private func fail(_ line: Int, _ element: String, _ problem: AssetProblem) {
        guard error == nil else { return }
        error = AssetError(file: file, line: line, element: element, message: problem.message, fix: problem.fix)
    }

    private func stop(_ parser: XMLParser, line: Int? = nil, _ element: String, _ problem: AssetProblem) {
        fail(line ?? parser.lineNumber, element, problem)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        guard error == nil else { return }
        do throws(AssetProblem) {
            // Only anchors remember their line (finding it costs a scan of the text).
            let line = attributeDict["data-anchor"] == nil
                ? 0 : lines.startLine(of: elementName, endingAt: parser.lineNumber, column: parser.columnNumber)
            try document.start(elementName, attributeDict, line: line)
        } catch {
            let line = lines.startLine(of: elementName, endingAt: parser.lineNumber, column: parser.columnNumber)
            stop(parser, line: line, elementName, error)
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard error == nil else { return }
        document.end()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        stop(parser, document.currentElement, Self.notWellFormed)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(parser, string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text(parser, String(decoding: CDATABlock, as: UTF8.self))
    }

    private func text(_ parser: XMLParser, _ string: String) {
        guard error == nil else { return }
        do throws(AssetProblem) {
            try document.text(string)
        } catch {
            // The parser is at the end of the text; the words themselves start some lines earlier.
            let first = string.firstIndex { !$0.isWhitespace } ?? string.startIndex
            let later = string[first...].filter(\.isNewline).count
            stop(parser, line: max(1, parser.lineNumber - later), document.currentElement, error)
        }
    }
}
