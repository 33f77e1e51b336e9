/// Why a picture file cannot be used, said so that a trainer editing the file can put it right.
///
/// Pictures are written by people, not programs, so every problem names the file, the line, the element and what
/// to do about it, rather than being skipped silently (a picture with a missing part would mislead a child).
public struct AssetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name as given to the parser (usually `home.svg`).
    public var file: String
    /// The line of the element at fault, counting from 1; 0 when the problem is the whole file.
    public var line: Int
    /// The element at fault (`rect`, `path`…); empty when the problem is the whole file.
    public var element: String
    /// What is wrong, in plain words.
    public var message: String
    /// What to do about it.
    public var fix: String

    public init(file: String, line: Int, element: String, message: String, fix: String) {
        self.file = file
        self.line = line
        self.element = element
        self.message = message
        self.fix = fix
    }

    /// `home.svg, line 4, <rect>: unknown colour "wal". Fix: did you mean "wall"?`
    public var description: String {
        var place = file
        if line > 0 { place += ", line \(line)" }
        if !element.isEmpty { place += ", <\(element)>" }
        return place + ": " + message + ". Fix: " + fix
    }
}
