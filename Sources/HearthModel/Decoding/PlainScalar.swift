/// How YAML 1.2's core schema would read an unquoted scalar.
///
/// Hearth reads every scalar as text itself, so YAML 1.1's "no" → false never happens to a child's
/// words. It still needs to know what a 1.2 tool (an editor validating against the JSON Schema) would
/// see, so that, say, `name: 42` is rejected here exactly as the schema rejects it.
enum PlainScalar: Equatable {
    case null
    case bool
    case integer
    case float
    case string

    init(_ text: String) {
        switch text {
        case "", "~", "null", "Null", "NULL":
            self = .null
        case "true", "True", "TRUE", "false", "False", "FALSE":
            self = .bool
        case ".nan", ".NaN", ".NAN":
            self = .float
        default:
            if PlainScalar.isInteger(text) {
                self = .integer
            } else if PlainScalar.isFloat(text) {
                self = .float
            } else {
                self = .string
            }
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    private static func isInteger(_ text: String) -> Bool {
        if text.hasPrefix("0o") {
            let rest = text.dropFirst(2)
            return !rest.isEmpty && rest.allSatisfy { $0.asciiValue.map { (48...55).contains($0) } ?? false }
        }
        if text.hasPrefix("0x") {
            let rest = text.dropFirst(2)
            return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isHexDigit }
        }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` or `[-+]?\.(inf|Inf|INF)`.
    private static func isFloat(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        if [".inf", ".Inf", ".INF"].contains(rest) { return true }
        let whole = rest.prefix(while: \.isASCIIDigit)
        rest = rest.dropFirst(whole.count)
        var fraction = Substring()
        if rest.first == "." {
            rest = rest.dropFirst()
            fraction = rest.prefix(while: \.isASCIIDigit)
            rest = rest.dropFirst(fraction.count)
        }
        // "." alone or an exponent with no digits before it is not a number.
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
            let exponent = rest.prefix(while: \.isASCIIDigit)
            guard !exponent.isEmpty else { return false }
            rest = rest.dropFirst(exponent.count)
        }
        return rest.isEmpty
    }
}
