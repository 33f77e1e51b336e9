import Yams

/// Reads `private:`, the values no child-facing document may print (see ``PrivateValue``):
///
/// ```yaml
/// private:
///   - 14 Rowan Close      # the family's new address
///   - LS6 2AB
///   - 0113 496 0000
/// ```
enum PrivateValuesDecoder {
    /// Values shorter than this would match inside ordinary words.
    static let fewestCharacters = 2

    static func decode(_ reader: NodeReader) -> [PrivateValue]? {
        let items = reader.list(
            expected: "a list of private values",
            whenSingle: "put each value on its own line under 'private:', starting with '- ', e.g. '- 14 Rowan Close'",
            whenMapping: "write each value as a line starting with '- ', e.g. '- 14 Rowan Close'; a note can follow after ' # '")
        guard let items else { return nil }
        return items.compactMap { (item: NodeReader) -> PrivateValue? in
            guard case .scalar(let scalar) = item.node, !scalar.isNull else {
                item.reportMismatch(
                    expected: "a value written as text",
                    fix: "write the address, number or name on the line after '- ', e.g. '- 14 Rowan Close'")
                return nil
            }
            // A number is text here: a phone number or a house number is exactly what may be private.
            let text = TextFolding.fold(scalar.string)
            let significant = text.filter { $0.isLetter || $0.isNumber }.count
            guard significant >= fewestCharacters else {
                item.report(
                    "'\(NodeShape.excerpt(text))' is too short to look for: it would match inside ordinary words",
                    fix: "write the whole value, e.g. the full address, postcode, phone number or name")
                return nil
            }
            return PrivateValue(text, location: item.location, keyPath: item.path.description)
        }
    }
}
