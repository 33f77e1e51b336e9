import Yams

extension NodeReader {
    /// The words accepted as yes/no flags (`glasses: yes`, `network: true`).
    static let flagWords: [String: Bool] = [
        "true": true, "True": true, "TRUE": true, "yes": true, "Yes": true, "YES": true,
        "false": false, "False": false, "FALSE": false, "no": false, "No": false, "NO": false,
    ]

    /// A yes/no flag such as `glasses:` or `network:`. Unlike a child's words, where "no" must stay the
    /// word "no", these are settings, so YAML's `yes`/`no` are accepted beside `true`/`false`.
    ///
    /// A quoted `"true"` is text to YAML 1.2 and to the JSON Schema, so it is refused with a fix; a quoted
    /// `"yes"` is accepted because the schema lists the words `yes` and `no`.
    func flag(what: String) -> Bool? {
        let fix = "write 'yes' or 'no'"
        guard case .scalar(let scalar) = node else {
            reportMismatch(expected: "yes or no for \(what)", fix: fix)
            return nil
        }
        let word = scalar.string.trimmingWhitespace()
        if let value = NodeReader.flagWords[word] {
            if scalar.isExplicitText, PlainScalar(word) == .bool {
                report("expected yes or no for \(what), found the text '\(word)'", fix: "remove the quotes around \(word)")
                return nil
            }
            return value
        }
        switch word.lowercased() {
        case "y", "on", "1":
            report("expected yes or no for \(what), found \(shape.phrase)", fix: "write 'yes'")
        case "n", "off", "0":
            report("expected yes or no for \(what), found \(shape.phrase)", fix: "write 'no'")
        default:
            reportMismatch(expected: "yes or no for \(what)", fix: fix)
        }
        return nil
    }
}
