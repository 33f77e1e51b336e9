import Foundation
import Yams

/// The case as the form holds it (JSON) and as a person writes it (YAML), converted both ways with the order of
/// every mapping kept: in `pictures:` the order of people is where they stand, and a file read back should look
/// like the one written.
enum CaseTree {
    enum Failure: Error {
        case unreadable(String)
    }

    /// YAML (or JSON) text as JSON text.
    static func json(fromYAML text: String) throws(Failure) -> String {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw .unreadable(String(describing: error)) }
        guard let node else { return "{}" }
        var out = ""
        write(node, to: &out)
        return out
    }

    /// JSON (or YAML) text as YAML text, in block style with plain scalars wherever they read back the same.
    static func yaml(fromJSON text: String) throws(Failure) -> String {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw .unreadable(String(describing: error)) }
        guard let node else { return "" }
        do {
            return try Yams.serialize(node: blockStyle(node), width: 110, allowUnicode: true, sortKeys: false)
        } catch { throw .unreadable(String(describing: error)) }
    }

    static func blockStyle(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar):
            // Text stays plain where YAML reads it back as the same text, and is quoted where it would turn into a
            // number, a flag or nothing (a phone number "999", the word "yes").
            if scalar.style != .plain { scalar.style = readsAsText(scalar.string) ? .any : .doubleQuoted }
            return .scalar(scalar)
        case .mapping(let mapping):
            let pairs = mapping.map { (blockStyle($0.key), blockStyle($0.value)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, .block))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(blockStyle), sequence.tag, .block))
        case .alias:
            return node
        }
    }

    static func readsAsText(_ text: String) -> Bool {
        let words: Set<String> = ["", "~", "null", "yes", "no", "true", "false", "on", "off", "y", "n"]
        if words.contains(text.lowercased()) { return false }
        if Double(text) != nil || Int(text) != nil { return false }
        if text.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true,
            text.allSatisfy({ $0.isNumber || "-+.:_eE".contains($0) })
        {
            return false
        }
        return true
    }

    static func write(_ node: Node, to out: inout String) {
        switch node {
        case .mapping(let mapping):
            out += "{"
            for (i, pair) in mapping.enumerated() {
                if i > 0 { out += "," }
                writeString(pair.key.string ?? "", to: &out)
                out += ":"
                write(pair.value, to: &out)
            }
            out += "}"
        case .sequence(let sequence):
            out += "["
            for (i, item) in sequence.enumerated() {
                if i > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case .scalar(let scalar):
            // Only a plain scalar can be a number, a flag or nothing; anything quoted stays text.
            let plain = scalar.style == .plain || scalar.style == .any
            let text = scalar.string
            if plain, ["", "~", "null", "Null", "NULL"].contains(text) {
                out += "null"
            } else if plain, let flag = flags[text] {
                out += flag ? "true" : "false"
            } else if plain, text.first != "0" || text == "0", text.count < 16, Int(text) != nil {
                out += text
            } else {
                writeString(text, to: &out)
            }
        case .alias:
            out += "null"
        }
    }

    /// YAML's true and false. A plain `yes` or `no` stays the word: in a child's words "no" is the word "no", and the
    /// case reads a quoted "yes" as a flag too.
    static let flags: [String: Bool] = [
        "true": true, "True": true, "TRUE": true, "false": false, "False": false, "FALSE": false,
    ]

    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
