/// One problem found in a case file.
///
/// A diagnostic is written for the person who typed the file: it says where (file, line, column and
/// key path), what is wrong in plain English, and how to put it right.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    /// Where in the case the problem sits, e.g. `three_houses[0].worries[2]`; empty for the whole file.
    public var keyPath: String
    /// What is wrong, in plain English.
    public var message: String
    /// How to fix it, when there is something concrete to suggest.
    public var fix: String?

    public init(location: SourceLocation?, keyPath: String, message: String, fix: String?) {
        self.location = location
        self.keyPath = keyPath
        self.message = message
        self.fix = fix
    }

    /// `mia.yaml:12:5: three_houses[0].dreams: expected …, found …` with the fix on an indented line.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        if !keyPath.isEmpty { text += "\(keyPath): " }
        text += message
        if let fix { text += "\n  fix: \(fix)" }
        return text
    }
}

extension Diagnostic {
    /// Reading order: problems appear in the order of the lines they point at.
    static func inReadingOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let left = (lhs.location?.line ?? 0, lhs.location?.column ?? 0, lhs.keyPath, lhs.message)
        let right = (rhs.location?.line ?? 0, rhs.location?.column ?? 0, rhs.keyPath, rhs.message)
        return left < right
    }
}
