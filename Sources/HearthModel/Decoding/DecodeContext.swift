import Yams

/// The shared state of one decode: the file name for locations and the problems found so far.
///
/// Readers report into it instead of throwing, which is what lets one run list every problem in the
/// file. A class because many small readers share it; it never leaves a single decode.
final class DecodeContext {
    let file: String
    /// The text being decoded, split into lines, for messages that depend on how a value was typed.
    private let lines: [Substring]
    private(set) var diagnostics: [Diagnostic] = []
    /// The keys each kind of object was asked for, so a test can check the decoder against
    /// ``CaseFileSchema/knownKeys``.
    private(set) var askedKeys: [String: Set<String>] = [:]
    /// The keys each kind of object actually had written, so a test can check that a template shows
    /// every section.
    private(set) var foundKeys: [String: Set<String>] = [:]
    /// Every piece of text read, with where it is written (see ``CaseFile/texts``).
    private(set) var texts: [CaseText] = []

    init(file: String, text: String = "") {
        self.file = file
        self.lines = TextPosition.lines(of: text)
    }

    /// What is written from `mark` to the end of its line.
    func restOfLine(from mark: Mark?) -> String? {
        guard let mark, mark.line >= 1, mark.line <= lines.count else { return nil }
        return String(lines[mark.line - 1].unicodeScalars.dropFirst(max(0, mark.column - 1)))
    }

    func location(of mark: Mark?) -> SourceLocation? {
        mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    func report(at mark: Mark?, path: FieldPath, _ message: String, fix: String?) {
        diagnostics.append(Diagnostic(location: location(of: mark), keyPath: path.description, message: message, fix: fix))
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func remember(_ text: String, at mark: Mark?, path: FieldPath) {
        texts.append(CaseText(text, location: location(of: mark), keyPath: path.description))
    }

    func noteAsked(_ key: String, in object: String) {
        askedKeys[object, default: []].insert(key)
    }

    func noteFound(_ key: String, in object: String) {
        foundKeys[object, default: []].insert(key)
    }
}
