import Yams

/// A cursor over one YAML node that knows its key path and source position, so every reading mistake
/// becomes a precise diagnostic rather than an exception.
///
/// Reading methods return `nil` after reporting a problem; section decoders carry on with the next
/// field, which is how all problems in a file are found in one run.
struct NodeReader {
    let node: Node
    let path: FieldPath
    let context: DecodeContext
    /// The key that led here. An empty value has no useful position of its own, so problems with it
    /// point at its key instead.
    let keyMark: Mark?

    init(node: Node, path: FieldPath, context: DecodeContext, keyMark: Mark? = nil) {
        self.node = node
        self.path = path
        self.context = context
        self.keyMark = keyMark
    }

    var mark: Mark? {
        node.isNull ? (keyMark ?? node.mark) : (node.mark ?? keyMark)
    }

    var location: SourceLocation? { context.location(of: mark) }

    var shape: NodeShape { NodeShape(node) }

    func report(_ message: String, fix: String?) {
        context.report(at: mark, path: path, message, fix: fix)
    }

    /// "expected …, found …", the most common message.
    func reportMismatch(expected: String, fix: String?) {
        report("expected \(expected), found \(shape.phrase)", fix: fix)
    }

    /// Reads a mapping and hands it to `body`; unknown keys are reported when `body` returns.
    /// Returns `nil` (after reporting) when the node is not a mapping.
    func mapping<T>(
        object: String,
        expected: String,
        fix: String?,
        _ body: (MappingReader) -> T
    ) -> T? {
        guard case .mapping(let mapping) = node else {
            reportMismatch(expected: expected, fix: fix)
            return nil
        }
        let reader = MappingReader(object: object, mapping: mapping, owner: self)
        let result = body(reader)
        reader.reportUnknownKeys()
        return result
    }

    /// The items of a list, each with its own path. Returns `nil` (after reporting) when the node is
    /// not a list; `whenSingle` is the fix to give when one item was written without the list around it.
    func list(expected: String, whenSingle: String?, whenMapping: String?) -> [NodeReader]? {
        switch node {
        case .sequence(let sequence):
            return sequence.enumerated().map { index, item in
                NodeReader(node: item, path: path.appending(index: index), context: context, keyMark: item.mark ?? mark)
            }
        case .mapping:
            reportMismatch(expected: expected, fix: whenMapping)
            return nil
        default:
            reportMismatch(expected: expected, fix: whenSingle)
            return nil
        }
    }
}
