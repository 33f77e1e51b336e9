import Yams

/// The shared state of one decode: the file name for locations and the problems found so far.
///
/// Readers report into it instead of throwing, which is what lets one run list every problem in the
/// file. A class because many small readers share it; it never leaves a single decode.
final class DecodeContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The keys each kind of object was asked for, so a test can check the decoder against
    /// ``CaseFileSchema/knownKeys``.
    private(set) var askedKeys: [String: Set<String>] = [:]

    init(file: String) {
        self.file = file
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

    func noteAsked(_ key: String, in object: String) {
        askedKeys[object, default: []].insert(key)
    }
}
