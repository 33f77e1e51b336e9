import Foundation
import Hearth
import HearthCompose
import HearthFrame
import HearthModel
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// A case's text in, one document's bytes (or check's findings) out, on a render thread's workbench. Drawings come
/// only from what the request brings (a draft's); problems come back as the command line's diagnostics.
enum CaseRenderer {
    /// What diagnostics call the case: there is no file on disk.
    static let fileName = "case.yaml"

    struct Input: Sendable {
        var text: String
        var drawings: [String: [UInt8]] = [:]
        /// The start of the documents' file names.
        var stem = "case"
    }

    struct Output: Sendable {
        var bytes: [UInt8]
        var contentType: String
        var fileName: String
        /// Pages in the chosen document.
        var pageCount: Int
        /// Every document the case makes, by name.
        var documents: [String]
        var document: String
    }

    static func parse(_ text: String) throws(APIError) -> CaseFile {
        do { return try CaseFileLoader.parse(text, file: fileName) } catch {
            throw APIError(.unprocessableContent, error.diagnostics.map(APIProblem.init))
        }
    }

    /// The case laid out, with its drawings read from a private folder that is gone when this returns.
    static func documents(_ input: Input, _ caseFile: CaseFile, paper: Paper?, draft: Bool, on bench: Workbench)
        throws(APIError) -> [Workbench.Document]
    {
        let drawingProblems = DrawingSandbox.problems(in: caseFile, available: Set(input.drawings.keys))
        if !drawingProblems.isEmpty { throw APIError(.unprocessableContent, drawingProblems.map(APIProblem.init)) }
        let needsDrawings = !caseFile.drawingRefs.isEmpty
        var sandbox: DrawingSandbox?
        if needsDrawings {
            do { sandbox = try DrawingSandbox.make(for: caseFile, drawings: input.drawings) } catch {
                throw APIError(.internalServerError, message: "the drawings could not be prepared for the render")
            }
        }
        defer { sandbox?.remove() }
        let folder = sandbox?.folder ?? URL(fileURLWithPath: "/nonexistent-hearth-editor")
        let url = folder.appendingPathComponent("\(input.stem).yaml")
        do {
            return try bench.documents(for: caseFile, at: url, paper: paper, draft: draft)
        } catch {
            throw APIError(Self.status(of: error), APIProblem.problems(in: error))
        }
    }

    static func render(_ input: Input, _ options: RenderOptions, on bench: Workbench) throws(APIError) -> Output {
        let caseFile = try parse(input.text)
        let documents = try documents(input, caseFile, paper: options.paper, draft: options.draft, on: bench)
        let names = documents.map(\.name)
        guard var document = choose(options.document, from: documents, stem: input.stem) else {
            throw RenderOptions.problem(
                "document", "the case makes no document called '\(options.document ?? "")'",
                "use one of: " + names.joined(separator: ", "))
        }
        let pageCount = document.frames.pages.count
        var fileName = "\(document.name).pdf"
        if options.format != .pdf {
            guard options.page <= pageCount else {
                throw RenderOptions.problem(
                    "page", "\(document.name) has \(pageCount) page\(pageCount == 1 ? "" : "s"), so there is no page \(options.page)",
                    "use a page from 1 to \(pageCount)")
            }
            document.frames.pages = [document.frames.pages[options.page - 1]]
            fileName = "\(document.name)-p\(options.page).\(options.format.fileExtension)"
        }
        let files: [OutputFile]
        do { files = try bench.encode(document, as: options.format, dpi: options.dpi, firstPageOnly: true) } catch {
            throw APIError(Self.status(of: error), APIProblem.problems(in: error))
        }
        guard let file = files.first else { throw APIError(.internalServerError, message: "the render made no file") }
        return Output(
            bytes: file.bytes, contentType: contentType(options.format), fileName: fileName, pageCount: pageCount,
            documents: names, document: document.name)
    }

    /// `hearth check`'s findings: what would stop a render as errors, then the story's words read over as warnings.
    static func check(_ input: Input, draft: Bool, on bench: Workbench) throws(APIError) -> CheckReport {
        let caseFile: CaseFile
        do { caseFile = try parse(input.text) } catch { return CheckReport(errors: error.problems, warnings: [], documents: []) }
        var report = CheckReport(errors: [], warnings: [], documents: [])
        do {
            for document in try documents(input, caseFile, paper: nil, draft: draft, on: bench) {
                report.warnings += document.warnings.map(APIProblem.init(text:))
                report.documents.append(CheckReport.Document(
                    name: document.name, pages: document.frames.pages.count,
                    pageTexts: document.frames.pages.map { $0.textLines.map(\.text).joined(separator: " ") }))
            }
        } catch {
            if error.status == .internalServerError { throw error }
            report.errors = error.problems
        }
        do {
            let findings = StoryCheck(caseFile: caseFile, lexicon: try bench.plainWords()).findings()
            report.warnings += findings.map(APIProblem.init)
        } catch {
            throw APIError(.internalServerError, APIProblem.problems(in: error))
        }
        return report
    }

    static func choose(_ wanted: String?, from documents: [Workbench.Document], stem: String) -> Workbench.Document? {
        guard let wanted else { return documents.first }
        return documents.first { $0.name == wanted || $0.name == "\(stem)-\(wanted)" }
    }

    /// A problem with the case is the writer's to fix (422); a broken font or asset is the installation's (500).
    static func status(of error: HearthError) -> HTTPResponse.Status {
        switch error {
        case .caseFile, .compose, .layout, .pictures, .output: .unprocessableContent
        case .render, .resources: .internalServerError
        }
    }

    static func contentType(_ format: OutputFormat) -> String {
        switch format {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .svg: "image/svg+xml"
        }
    }
}

/// `POST /api/check`'s answer: the findings, and the documents the case makes (when it can be rendered) with
/// their page counts, which the page's preview pages through.
struct CheckReport: Codable, Sendable, Equatable {
    struct Document: Codable, Sendable, Equatable {
        var name: String
        var pages: Int
        /// Each page's words in reading order, so the page can show the page that holds the field being edited.
        var pageTexts: [String]
    }

    var errors: [APIProblem]
    var warnings: [APIProblem]
    var documents: [Document] = []
}
