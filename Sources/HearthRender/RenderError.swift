/// Why a page could not be drawn or written. Cairo's errors are sticky, so every stage checks status and throws
/// one of these instead of producing a half-written file.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    case fonts(String)
    case cairo(String, during: String)
    case pdf(String)
    case image(path: String, reason: String)

    public var description: String {
        switch self {
        case .fonts(let s): "fonts: \(s)"
        case .cairo(let s, let during): "drawing failed while \(during): \(s)"
        case .pdf(let s): "writing the PDF failed: \(s)"
        case .image(let path, let reason): "\(path): \(reason)"
        }
    }
}
