import Foundation
import Yams

/// The walk over a case's YAML tree that writes the anonymised copy, node by node, keeping the order of keys and
/// every value Hearth's vocabulary holds, and noting each change at the line it was made.
struct AnonymisingWalk {
    let file: String
    var names: NameMap
    var book: ReplacementBook
    let keepDrawings: Bool
    let caseFolder: String
    private(set) var changes: [AnonymisedChange] = []

    init(file: String, names: NameMap, book: ReplacementBook, keepDrawings: Bool, caseFolder: String) {
        self.file = file
        self.names = names
        self.book = book
        self.keepDrawings = keepDrawings
        self.caseFolder = caseFolder
    }

    mutating func node(_ node: Node, path: String, key: String?) -> Node {
        switch node {
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (k, v) in mapping {
                let name = k.string ?? ""
                let at = path.isEmpty ? name : "\(path).\(name)"
                if name == "drawings" || name == "drawing" {
                    if keepDrawings { pairs.append((k, drawingPaths(v))); continue }
                    note(v, at, "drawing", before: name, after: "left out (use --keep-drawings to keep it)")
                    continue
                }
                if name == "author", let s = v.string {
                    let after = "a social worker"
                    if s != after { note(v, at, "author", before: s, after: after) }
                    pairs.append((k, Self.scalar(after, like: v)))
                    continue
                }
                let newKey = names.identifier(name).map { Self.scalar($0, like: k) } ?? k
                pairs.append((newKey, self.node(v, path: at, key: name)))
            }
            var out = Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark)
            out.style = mapping.style
            return .mapping(out)
        case .sequence(let sequence):
            let items = sequence.enumerated().map { i, item in self.node(item, path: "\(path)[\(i)]", key: key) }
            return .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark))
        case .scalar(let scalar):
            let text = scalar.string
            if let key, Anonymiser.vocabularyKeys.contains(key) { return node }
            if Self.isIdentifier(text) {
                guard let id = names.identifier(text) else { return node }
                return Self.scalar(id, like: node)
            }
            var (out, found) = book.scrub(text)
            for change in found { note(node, path, change.what, before: change.before, after: change.after) }
            let renamed = rename(out)
            if renamed != out {
                note(node, path, "name", before: out, after: renamed)
                out = renamed
            }
            return out == text ? node : Self.scalar(out, like: node)
        case .alias:
            return node
        }
    }

    /// Names replaced as whole words, exactly as written.
    func rename(_ text: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            out += names[word] ?? word
            word = ""
        }
        for c in text {
            if c.isLetter { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }

    /// A drawing kept: its path made absolute, so the copy, written elsewhere, still finds it.
    func drawingPaths(_ node: Node) -> Node {
        switch node {
        case .scalar(let s) where !s.string.hasPrefix("/"):
            return Self.scalar(URL(fileURLWithPath: caseFolder).appendingPathComponent(s.string).standardizedFileURL.path, like: node)
        case .mapping(let m):
            return .mapping(Node.Mapping(m.map { ($0.key, drawingPaths($0.value)) }, m.tag, m.style, m.mark))
        case .sequence(let s):
            return .sequence(Node.Sequence(s.map(drawingPaths), s.tag, s.style, s.mark))
        default:
            return node
        }
    }

    mutating func note(_ node: Node, _ path: String, _ what: String, before: String, after: String) {
        let location = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        changes.append(AnonymisedChange(location: location, keyPath: path, what: what, before: before, after: after))
    }

    /// An id, a picture's name or a vocabulary word: lower-case letters, digits, `_` and `-` only.
    static func isIdentifier(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("a"..."z").contains($0) } && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// A new scalar in place of `node`, quoted by the writer when its words need it.
    static func scalar(_ text: String, like node: Node) -> Node {
        .scalar(Node.Scalar(text, node.tag, .any, node.mark))
    }
}
