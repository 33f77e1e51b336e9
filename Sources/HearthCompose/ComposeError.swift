/// Problems found while turning a valid case into document content: things only visible once the case is read
/// as a whole (a drawing that is not there, a language with no strings).
public enum ComposeError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownLanguage(String, known: [String])
    case catalogue(file: String, problem: String)
    /// The plain-words list `hearth check` reads (`Assets/lint/plain-words.yaml`) has a mistake at `line`.
    case plainWords(file: String, line: Int?, problem: String, fix: String)
    case missingString(key: String, language: String)
    case missingDrawing(path: String, origin: String)
    case noDocuments(String)

    public var description: String {
        switch self {
        case .unknownLanguage(let l, let known):
            "there are no document strings for the language '\(l)'\n  fix: set output.language to one of: "
                + known.joined(separator: ", ")
        case .catalogue(let file, let problem): "\(file): the strings catalogue is damaged: \(problem)"
        case .plainWords(let file, let line, let problem, let fix):
            "\(file)\(line.map { ":\($0)" } ?? ""): the plain-words list cannot be used: \(problem)\n  fix: \(fix)"
        case .missingString(let key, let language): "the \(language) strings have no entry '\(key)'"
        case .missingDrawing(let path, let origin):
            "\(origin): the drawing '\(path)' does not exist\n  fix: check the file name; paths are relative to the case file"
        case .noDocuments(let why): why
        }
    }
}
