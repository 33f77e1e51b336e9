import Foundation
import Hearth

/// The case files named on the command line, folders opened: what `hearth render` is asked to render.
enum CaseFileList {
    static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Files as given, and each folder's case files (not its subfolders) in name order.
    static func expand(_ arguments: [String]) throws(HearthError) -> [URL] {
        var out: [URL] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                throw .output("\(argument): no such file or folder\n  fix: check the path, or run 'hearth new' to start a case file")
            }
            guard isFolder.boolValue else {
                out.append(URL(fileURLWithPath: argument))
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
            let cases = names.filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
            guard !cases.isEmpty else {
                throw .output("\(argument): the folder holds no case files (.yaml, .yml or .json)\n  fix: name the case files themselves, or the folder that holds them")
            }
            out += cases.map { URL(fileURLWithPath: argument).appendingPathComponent($0) }
        }
        return out
    }
}
