import Yams

/// What a YAML node looks like to the person who wrote it, for the "found …" half of a message.
enum NodeShape: Equatable {
    case nothing
    case text(String)
    case number(String)
    case yesNo(String)
    case list
    case mapping

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.isExplicitText {
                self = .text(scalar.string)
                return
            }
            switch PlainScalar(scalar.string) {
            case .null: self = .nothing
            case .bool: self = .yesNo(scalar.string)
            case .integer, .float: self = .number(scalar.string)
            case .string: self = .text(scalar.string)
            }
        case .sequence: self = .list
        case .mapping: self = .mapping
        case .alias: self = .nothing
        }
    }

    /// "the number 42", "a list", "a set of 'key: value' lines"…
    var phrase: String {
        switch self {
        case .nothing: "nothing"
        case .text(let text): "the text '\(NodeShape.excerpt(text))'"
        case .number(let text): "the number \(NodeShape.excerpt(text))"
        case .yesNo(let text): "the yes/no value \(NodeShape.excerpt(text))"
        case .list: "a list"
        case .mapping: "a set of 'key: value' lines"
        }
    }

    /// Long values are cut so a message stays on one line.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        Excerpt.of(TextFolding.fold(text), limit: limit)
    }
}

extension Node.Scalar {
    /// Quoted, block (`|`, `>`) or `!!str`-tagged scalars are text whatever they contain; only plain
    /// scalars can be numbers, yes/no values or nothing.
    var isExplicitText: Bool {
        style != .plain || tag.rawValue == Tag.Name.str.rawValue
    }

    var isNull: Bool {
        !isExplicitText && PlainScalar(string) == .null
    }
}

extension Node {
    /// YAML `~`, `null` or an empty value: the writer left it out.
    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }
}
