import Foundation

/// Why a page could not be drawn or written. Cairo's errors are sticky, so every stage checks status and throws
/// one of these instead of producing a half-written file.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    case fonts(String)
    case cairo(String, during: String)
    case pdf(String)
    /// A picture Hearth will not use: `reason` completes a sentence that starts with its path ("is cut short"),
    /// and `fix` says what to do, both in plain words.
    case image(path: String, reason: String, fix: String)

    public var description: String {
        switch self {
        case .fonts(let s): "fonts: \(s)"
        case .cairo(let s, let during): "drawing failed while \(during): \(s)"
        case .pdf(let s): "writing the PDF failed: \(s)"
        case .image(let path, let reason, _): "\(Self.shown(path)) \(reason)"
        }
    }

    /// What to do about it, when the error is about something the user gave.
    public var fix: String? {
        if case .image(_, _, let fix) = self { return fix }
        return nil
    }

    /// A path as the user would recognise it: from the working folder when it is inside it.
    static func shown(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        let prefix = here.hasSuffix("/") ? here : here + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
