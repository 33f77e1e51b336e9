import Yams

/// Refuses a case file past ``CaseFileLimits``, or with a control character in its text, before anything reads its
/// values, each problem at its line.
///
/// It walks the YAML tree once, without recursion, and stops at the first value past the budget, so an alias
/// bomb or a list of a million items costs no more than the limit itself. Every later stage (checking, composing,
/// fitting text) may then count on values of bounded size.
enum LimitCheck {
    /// The problems, in the order met; empty when the file is within every limit. At most one problem per kind of
    /// limit is reported for lists and texts after the tenth, so a pasted log does not fill the screen.
    static func problems(in root: Node, context: DecodeContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var stack: [(node: Node, path: FieldPath, depth: Int, inList: Bool)] = [(root, .root, 0, false)]
        var visited = 0
        while let (node, path, depth, inList) = stack.popLast() {
            visited += 1
            if visited > CaseFileLimits.values {
                out.append(Diagnostic(
                    location: context.location(of: node.mark), keyPath: path.description,
                    message: "the file describes more than \(CaseFileLimits.values.withThousands) values, which no case needs"
                        + " (usually '&name' anchors repeated through '*name')",
                    fix: "write each value out once instead of repeating blocks through '*name'"))
                return out
            }
            if depth > CaseFileLimits.depth {
                out.append(Diagnostic(
                    location: context.location(of: node.mark), keyPath: path.description,
                    message: "blocks are nested more than \(CaseFileLimits.depth) deep here",
                    fix: "check the indentation: a case file needs only a few levels of indented blocks"))
                return out
            }
            guard out.count < 10 else { return out }
            switch node {
            case .scalar(let scalar):
                let count = scalar.string.unicodeScalars.count
                if let control = scalar.string.unicodeScalars.first(where: isUnprintable) {
                    out.append(Diagnostic(
                        location: context.location(of: scalar.mark), keyPath: path.description,
                        message: "this text holds the invisible control character \(Excerpt.code(control)) "
                            + "(U+\(String(control.value, radix: 16, uppercase: true).leftPadded(4))), which cannot be printed",
                        fix: "delete it; inside double quotes, codes such as '\\0', '\\e' and '\\x1B' write such characters"))
                } else if count > CaseFileLimits.textCharacters {
                    out.append(Diagnostic(
                        location: context.location(of: scalar.mark), keyPath: path.description,
                        message: "this text is \(count.withThousands) characters long; one piece of text can be at most "
                            + "\(CaseFileLimits.textCharacters.withThousands)",
                        fix: inList
                            ? "split it into shorter sentences, each on its own line starting with '- '"
                            : "shorten it, or check that nothing was pasted here by mistake"))
                }
            case .sequence(let sequence):
                if sequence.count > CaseFileLimits.listItems {
                    out.append(Diagnostic(
                        location: context.location(of: sequence.mark), keyPath: path.description,
                        message: "this list has \(sequence.count.withThousands) items; a list can have at most "
                            + "\(CaseFileLimits.listItems.withThousands)",
                        fix: "keep the items that matter for this case, or split them over more than one case file"))
                    continue
                }
                for (index, item) in sequence.enumerated().reversed() {
                    stack.append((item, path.appending(index: index), depth + 1, true))
                }
            case .mapping(let mapping):
                if mapping.count > CaseFileLimits.listItems {
                    out.append(Diagnostic(
                        location: context.location(of: mapping.mark), keyPath: path.description,
                        message: "this block has \(mapping.count.withThousands) entries; a block can have at most "
                            + "\(CaseFileLimits.listItems.withThousands)",
                        fix: "keep the entries that matter for this case"))
                    continue
                }
                for (key, value) in mapping.reversed() {
                    let name = key.scalar?.string ?? "?"
                    if name.unicodeScalars.count > CaseFileLimits.textCharacters {
                        out.append(Diagnostic(
                            location: context.location(of: key.mark), keyPath: path.description,
                            message: "a key here is \(name.unicodeScalars.count.withThousands) characters long, which is not a key Hearth knows",
                            fix: "check for text that lost its '- ' or its indentation"))
                        continue
                    }
                    stack.append((value, path.appending(key: name), depth + 1, false))
                }
            case .alias:
                break
            }
        }
        return out
    }
}

/// A control character a case's text can only hold by mistake (a double-quoted escape, a paste): tabs and line
/// breaks are folded into spaces, anything else in C0, DEL or C1 cannot be printed.
private func isUnprintable(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}

extension Int {
    /// `60000` as "60,000", the way a reader counts.
    var withThousands: String {
        let digits = String(Swift.abs(self))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? "-" : "") + out
    }
}
