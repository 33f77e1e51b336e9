import Yams

/// Turns case-file text into a YAML node tree, reporting syntax problems as diagnostics.
///
/// Repeated keys are reported and skipped so decoding can continue and find the remaining problems;
/// any other syntax error ends reading, since libyaml cannot resume after one.
enum YAMLComposer {
    enum Outcome {
        /// An empty document is a tree with no root.
        case document(Node?)
        case unreadable
    }

    /// More repeats than this in one file is a file to fix before reading further.
    static let recoveryLimit = 20

    static func compose(_ text: String, context: DecodeContext) -> Outcome {
        var current = text
        var repeats: [(key: String, first: Mark, recovery: DuplicateKeyRecovery)] = []
        while true {
            do {
                // The basic resolver: the decoder reads plain scalars itself (PlainScalar), and the default resolver's
                // regular expressions, run on every mapping key to check for repeats, cost more than the whole decode.
                let root = try Yams.compose(yaml: current, .basic)
                reportRepeats(repeats, in: root, context: context)
                return .document(root)
            } catch let error as YamlError {
                if case .duplicatedKeysInMapping(let keys, let yamlContext) = error, let key = keys.first,
                   repeats.count < recoveryLimit,
                   let recovery = DuplicateKeyRecovery(
                       key: key, firstLine: yamlContext.mark.line, firstColumn: yamlContext.mark.column, in: current) {
                    repeats.append((key, yamlContext.mark, recovery))
                    current = recovery.recoveredText
                    continue
                }
                reportRepeats(repeats, in: nil, context: context)
                if isTrustworthy(error, after: repeats.last?.recovery) {
                    context.report(SyntaxErrorTranslator.diagnostic(for: error, in: current, file: context.file))
                }
                return .unreadable
            } catch {
                context.report(Diagnostic(
                    location: SourceLocation(file: context.file, line: 1, column: 1), keyPath: "",
                    message: "the file could not be read as a case file", fix: "compare it with the template made by 'hearth new'"))
                return .unreadable
            }
        }
    }

    /// Whether an error is really in the file rather than made by blanking a repeated key's lines:
    /// only errors well past the blanked block are kept.
    private static func isTrustworthy(_ error: YamlError, after recovery: DuplicateKeyRecovery?) -> Bool {
        guard let recovery else { return true }
        switch error {
        case .duplicatedKeysInMapping:
            return true
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line > recovery.firstLineAfter
        default:
            return false
        }
    }

    private static func reportRepeats(
        _ repeats: [(key: String, first: Mark, recovery: DuplicateKeyRecovery)], in root: Node?, context: DecodeContext
    ) {
        for (key, first, recovery) in repeats {
            let path = root.flatMap { KeyPathLocator.path(ofKeyAtLine: first.line, column: first.column, in: $0) }
            context.report(Diagnostic(
                location: SourceLocation(file: context.file, line: recovery.repeatLine, column: recovery.repeatColumn),
                keyPath: path?.description ?? key,
                message: "'\(NodeShape.excerpt(key))' is written twice in the same block; the first is on line \(first.line)",
                fix: "keep one '\(NodeShape.excerpt(key))' line and delete the other (with any lines indented under it)"))
        }
    }
}
