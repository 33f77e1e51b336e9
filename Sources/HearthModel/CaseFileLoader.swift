import Foundation
import HearthFiles
import Yams

/// Reads a case file into a ``CaseFile``, or explains everything wrong with it at once.
///
/// This is the only way into ``CaseFile`` from text: YAML (or JSON, which YAML reads too) is parsed,
/// checked against the rules of ``CaseFileSchema``, and either fully accepted or refused with a
/// ``CaseFileError`` listing every problem found, in line order. It never traps on any input.
public enum CaseFileLoader {
    /// The largest case file Hearth reads (see ``CaseFileLimits/fileBytes``).
    public static let maxFileBytes = CaseFileLimits.fileBytes

    /// Reads the file at `url`. Diagnostics name the file as `url.relativePath`, so a path typed on
    /// the command line comes back as typed.
    public static func load(contentsOf url: URL) throws(CaseFileError) -> CaseFile {
        let file = url.relativePath
        switch InputFile.bytes(at: url.path, limit: maxFileBytes) {
        case .success(let bytes):
            return try parse(bytes: bytes, file: file)
        case .failure(let refusal):
            throw CaseFileError(diagnostics: [Diagnostic(
                location: nil, keyPath: "", message: Self.message(refusal, file: file), fix: Self.fix(refusal))])
        }
    }

    /// The text of the case file at `url`, refused in the same plain words as ``load(contentsOf:)`` when it is
    /// missing, too large, not a regular file or not text; for tools that rewrite a case (`hearth anonymise`).
    public static func text(contentsOf url: URL) throws(CaseFileError) -> String {
        let file = url.relativePath
        switch InputFile.bytes(at: url.path, limit: maxFileBytes) {
        case .success(let bytes):
            switch TextDecoding.decode(Data(bytes)) {
            case .success(let text):
                return text
            case .failure(let refusal):
                throw CaseFileError(diagnostics: [Diagnostic(
                    location: SourceLocation(file: file, line: refusal.line, column: refusal.column), keyPath: "",
                    message: refusal.message, fix: refusal.fix)])
            }
        case .failure(let refusal):
            throw CaseFileError(diagnostics: [Diagnostic(
                location: nil, keyPath: "", message: Self.message(refusal, file: file), fix: Self.fix(refusal))])
        }
    }

    /// Reads a case file's bytes, whatever they hold: text in UTF-8 (or UTF-16 with a byte-order mark), or a
    /// message naming what they are instead. `file` only names the file in diagnostics.
    public static func parse(bytes: [UInt8], file: String) throws(CaseFileError) -> CaseFile {
        guard bytes.count <= maxFileBytes else {
            throw CaseFileError(diagnostics: [Diagnostic(
                location: nil, keyPath: "",
                message: "'\(file)' \(InputFile.Refusal.tooLarge(bytes: bytes.count, limit: maxFileBytes).reason)",
                fix: Self.fix(.tooLarge(bytes: bytes.count, limit: maxFileBytes)))])
        }
        switch TextDecoding.decode(Data(bytes)) {
        case .success(let text):
            return try parse(text, file: file)
        case .failure(let refusal):
            throw CaseFileError(diagnostics: [Diagnostic(
                location: SourceLocation(file: file, line: refusal.line, column: refusal.column), keyPath: "",
                message: refusal.message, fix: refusal.fix)])
        }
    }

    /// Why the case file could not be read, in the words the loader has always used for a missing file.
    static func message(_ refusal: InputFile.Refusal, file: String) -> String {
        switch refusal {
        case .missing: "could not read '\(file)': there is no such file"
        case .notPermitted: "could not read '\(file)': permission to read it was refused"
        case .unreadable(let why): "could not read '\(file)': \(why)"
        case .notAFile, .tooLarge: "'\(file)' \(refusal.reason)"
        }
    }

    static func fix(_ refusal: InputFile.Refusal) -> String {
        switch refusal {
        case .missing, .unreadable: "check the file name and that the file exists"
        case .notPermitted: "check that you may read the file (its permissions), or copy it somewhere you can"
        case .notAFile: "give the name of the case file itself (a .yaml file), not a folder, pipe or device"
        case .tooLarge:
            "a case file is a few pages of text; check that this is the right file (a case file can be at most "
                + "\(InputFile.Refusal.size(maxFileBytes)))"
        }
    }

    /// Reads case-file text; `file` is only used to name the file in diagnostics.
    public static func parse(_ text: String, file: String) throws(CaseFileError) -> CaseFile {
        let context = DecodeContext(file: file, text: text)
        let caseFile = decode(text, context: context)
        guard context.diagnostics.isEmpty, let caseFile else {
            var diagnostics = context.diagnostics
            // JSON is read by the YAML reader, but the person wrote JSON: never tell them about YAML.
            if file.lowercased().hasSuffix(".json") {
                diagnostics = diagnostics.map { d in
                    var d = d
                    d.message = d.message.replacingOccurrences(of: "YAML", with: "JSON")
                    d.fix = d.fix?.replacingOccurrences(of: "YAML", with: "JSON")
                    return d
                }
            }
            if diagnostics.isEmpty {
                // Every path that yields no case file reports why; this is a safety net, not a message.
                diagnostics.append(Diagnostic(
                    location: SourceLocation(file: file, line: 1, column: 1), keyPath: "", message: "the case file could not be read",
                    fix: "compare it with the template made by 'hearth new'"))
            }
            throw CaseFileError(diagnostics: diagnostics)
        }
        return caseFile
    }

    /// Decodes without throwing, leaving the problems in `context`; tests use it to see which keys the
    /// decoder asked for.
    static func decode(_ text: String, context: DecodeContext) -> CaseFile? {
        let withoutMark = text.first == "\u{FEFF}" ? String(text.dropFirst()) : text
        switch YAMLComposer.compose(withoutMark, context: context) {
        case .unreadable:
            return nil
        case .document(let root):
            if let root {
                let refused = LimitCheck.problems(in: root, context: context)
                guard refused.isEmpty else {
                    for problem in refused { context.report(problem) }
                    return nil
                }
            }
            var caseFile = RootDecoder.decode(root, context: context)
            caseFile?.texts = context.texts
            return caseFile
        }
    }
}
