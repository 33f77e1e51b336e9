import Foundation

/// Runs poppler-utils on PDF bytes, so tests read a PDF the way a print shop or a screen reader would. A test that
/// uses it declares `.needsPoppler` (or `.needsQPDF` for `qpdf`), which skips it, naming the package, where the
/// tools are not installed.
public enum Poppler {
    public typealias Failure = ExternalTool.Failure

    /// Runs `tool` (a name in `/usr/bin`, or a full path) with `args`, where the argument `PDF` stands for the file
    /// holding `pdf`; returns standard output, or throws when the tool fails.
    public static func run(_ tool: String, _ args: [String], pdf: [UInt8]) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("doc.pdf")
        try Data(pdf).write(to: file)
        let (output, status) = try ExternalTool.run(tool, args.map { $0 == "PDF" ? file.path : $0 })
        guard status == 0 else { throw ExternalTool.Failure(description: "\(tool) exited \(status)") }
        return output
    }

    /// One page rasterised by `pdftoppm` with `args` (resolution, colour), as the bytes of the PPM or PGM file.
    public static func raster(_ pdf: [UInt8], _ args: [String]) throws -> [UInt8] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data(pdf).write(to: folder.file("doc.pdf"))
        _ = try ExternalTool.run("pdftoppm", args + ["-singlefile", folder.file("doc.pdf").path, folder.file("page").path])
        let image = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).first { $0.hasPrefix("page.") }
        guard let image else { throw ExternalTool.Failure(description: "pdftoppm wrote no image") }
        return [UInt8](try Data(contentsOf: folder.file(image)))
    }

    /// `pdfinfo` as key → value.
    public static func info(_ pdf: [UInt8]) throws -> [String: String] {
        var out: [String: String] = [:]
        for line in try run("pdfinfo", ["PDF"], pdf: pdf).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            out[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return out
    }

    /// The text `pdftotext -raw` reads out of the PDF.
    public static func text(_ pdf: [UInt8]) throws -> String {
        try run("pdftotext", ["-raw", "-enc", "UTF-8", "PDF", "-"], pdf: pdf)
    }

    /// Font names (subset prefix removed) and whether each is embedded.
    public static func fonts(_ pdf: [UInt8]) throws -> [(name: String, embedded: Bool)] {
        try run("pdffonts", ["PDF"], pdf: pdf).split(separator: "\n").dropFirst(2).map { row in
            let cols = row.split(separator: " ", omittingEmptySubsequences: true)
            let name = String(cols[0]).split(separator: "+").last.map(String.init) ?? String(cols[0])
            // Columns from the right: emb sub uni object ID
            let embedded = cols.count >= 5 && cols[cols.count - 5] == "yes"
            return (name, embedded)
        }
    }
}
