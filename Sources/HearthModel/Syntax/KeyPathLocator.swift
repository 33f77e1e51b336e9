import Yams

/// Finds the key path of a key from its source position, for problems found before the tree existed
/// (duplicated keys). The walk is bounded because aliases can make a small file describe an enormous
/// tree.
enum KeyPathLocator {
    static func path(ofKeyAtLine line: Int, column: Int, in root: Node, budget: Int = 100_000) -> FieldPath? {
        var stack: [(node: Node, path: FieldPath)] = [(root, .root)]
        var visited = 0
        while let (node, path) = stack.popLast(), visited < budget {
            visited += 1
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let keyText = key.scalar?.string ?? "?"
                    if let mark = key.mark, mark.line == line, mark.column == column {
                        return path.appending(key: keyText)
                    }
                    stack.append((value, path.appending(key: keyText)))
                }
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated() {
                    stack.append((item, path.appending(index: index)))
                }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}
