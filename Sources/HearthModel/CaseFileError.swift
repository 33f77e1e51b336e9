/// Every problem found in one case file, thrown together so the writer can fix them all in one pass
/// instead of meeting them one run at a time.
public struct CaseFileError: Error, Sendable, CustomStringConvertible {
    /// Never empty when thrown by ``CaseFileLoader``; kept in reading order (by line, then column).
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.inReadingOrder)
    }

    public var description: String {
        diagnostics.sorted(by: Diagnostic.inReadingOrder).map(\.description).joined(separator: "\n")
    }
}
