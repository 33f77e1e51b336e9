/// Every broken file in a picture folder, reported together so a trainer can fix them all in one go.
public struct AssetLibraryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The folder that was read.
    public var folder: String
    /// One problem per broken file (or one for the folder itself when it cannot be read), in file-name order.
    public var problems: [AssetError]

    public init(folder: String, problems: [AssetError]) {
        self.folder = folder
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 picture has a problem" : "\(problems.count) pictures have problems"
        return ([count + " in " + folder + ":"] + problems.map { "  " + $0.description }).joined(separator: "\n")
    }
}
