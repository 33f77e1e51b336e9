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
    /// Which page (from 1) the file shows, when it is one page of the document as an image.
    public var page: Int? = nil
    /// How to print the file, when it needs saying (see ``Workbench/Document/printing``).
    public var printing: String? = nil
    /// What the person rendering should know about the file (a draft's missing words), said once per document.
    public var warnings: [String] = []
}
