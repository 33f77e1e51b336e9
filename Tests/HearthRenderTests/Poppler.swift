import Foundation

/// Runs poppler-utils on PDF bytes, so tests read a PDF the way a print shop or a screen reader would.
enum Poppler {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ tool: String, _ args: [String], pdf: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("doc.pdf")
        try Data(pdf).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : "/usr/bin/\(tool)")
        process.arguments = args.map { $0 == "PDF" ? file.path : $0 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "\(tool) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// One page rasterised by `pdftoppm` with `args` (resolution, colour), as the bytes of the PPM or PGM file.
    static func raster(_ pdf: [UInt8], _ args: [String]) throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(pdf).write(to: dir.appendingPathComponent("doc.pdf"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
        process.arguments = args + ["-singlefile", dir.appendingPathComponent("doc.pdf").path, dir.appendingPathComponent("page").path]
        try process.run()
        process.waitUntilExit()
        let image = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix("page.") }
        guard let image else { throw Failure(description: "pdftoppm wrote no image") }
        return [UInt8](try Data(contentsOf: dir.appendingPathComponent(image)))
    }

    /// `pdfinfo` as key → value.
    static func info(_ pdf: [UInt8]) throws -> [String: String] {
        var out: [String: String] = [:]
        for line in try run("pdfinfo", ["PDF"], pdf: pdf).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            out[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return out
    }

    static func text(_ pdf: [UInt8]) throws -> String {
        try run("pdftotext", ["-raw", "-enc", "UTF-8", "PDF", "-"], pdf: pdf)
    }

    /// Font names (subset prefix removed) and whether each is embedded.
    static func fonts(_ pdf: [UInt8]) throws -> [(name: String, embedded: Bool)] {
        try run("pdffonts", ["PDF"], pdf: pdf).split(separator: "\n").dropFirst(2).map { row in
            let cols = row.split(separator: " ", omittingEmptySubsequences: true)
            let name = String(cols[0]).split(separator: "+").last.map(String.init) ?? String(cols[0])
            // Columns from the right: emb sub uni object ID
            let embedded = cols.count >= 5 && cols[cols.count - 5] == "yes"
            return (name, embedded)
        }
    }
}
