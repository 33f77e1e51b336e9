/// A place in a case file, so a social worker can go straight to the line that needs fixing.
///
/// `line` and `column` are 1-based; columns count Unicode scalars, as libyaml does.
public struct SourceLocation: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

extension SourceLocation: CustomStringConvertible {
    /// The `file:line:column` form editors and terminals recognise as a link.
    public var description: String { "\(file):\(line):\(column)" }
}
