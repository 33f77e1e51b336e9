/// A message and a fix, before the reader adds the file, line and element.
struct AssetProblem: Error, Hashable {
    var message: String
    var fix: String

    init(_ message: String, fix: String) {
        self.message = message
        self.fix = fix
    }
}
