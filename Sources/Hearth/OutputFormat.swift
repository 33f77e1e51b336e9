/// The file types Hearth writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    case pdf, png, svg

    public var fileExtension: String { rawValue }
}

/// One file to write: a name (without folder) and its bytes.
public struct OutputFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
    /// Pages in the document this file belongs to, for reporting.
    public var pageCount: Int
    /// How to print the file, when it needs saying (see ``Workbench/Document/printing``).
    public var printing: String? = nil
}
