import Yams

/// Reads `hearth:`, the case-file format version, so a file written for a later format is refused
/// with a clear reason instead of being half-understood.
enum SchemaVersionDecoder {
    static func decode(_ reader: NodeReader) -> Int? {
        let current = CaseFileSchema.currentVersion
        guard case .number(let text) = reader.shape, PlainScalar(text) == .integer, let version = Int(text) else {
            reader.reportMismatch(expected: "the format version \(current)", fix: "write 'hearth: \(current)'")
            return nil
        }
        guard version == current else {
            reader.report(
                "this file is written for version \(version) of the Hearth case-file format, but this Hearth reads version \(current)",
                fix: "use a Hearth that reads version \(version), or write 'hearth: \(current)' if the file was made for this one")
            return nil
        }
        return version
    }
}
