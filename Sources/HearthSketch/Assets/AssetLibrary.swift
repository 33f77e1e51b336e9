import Foundation

/// Every picture in a folder, by name; a broken file is an error naming it (all broken files reported at once).
///
/// Trainers add pictures by dropping files into the folder, so loading checks all of them and reports every
/// problem together rather than stopping at the first.
public enum AssetLibrary {
    /// Files larger than this are not simple pictures (and are refused before parsing).
    public static let largestFile = 256 * 1024

    public static func load(folder: URL) throws(AssetLibraryError) -> [String: AssetPicture] {
        let entries: [URL]
        do {
            entries = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        } catch {
            throw AssetLibraryError(folder: folder.path, problems: [AssetError(
                file: folder.lastPathComponent, line: 0, element: "", message: "the picture folder cannot be read",
                fix: "check that \(folder.path) exists and is a folder")])
        }
        let files = entries.filter { $0.pathExtension.lowercased() == "svg" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var pictures: [String: AssetPicture] = [:]
        var problems: [AssetError] = []
        for url in files {
            switch load(file: url) {
            case .success(let picture): pictures[picture.name] = picture
            case .failure(let error): problems.append(error)
            }
        }
        guard problems.isEmpty else { throw AssetLibraryError(folder: folder.path, problems: problems) }
        return pictures
    }

    static func load(file url: URL) -> Result<AssetPicture, AssetError> {
        let file = url.lastPathComponent
        let name = url.deletingPathExtension().lastPathComponent
        func problem(_ message: String, _ fix: String) -> Result<AssetPicture, AssetError> {
            .failure(AssetError(file: file, line: 0, element: "", message: message, fix: fix))
        }
        guard isGoodName(name), url.pathExtension == "svg" else {
            return problem(
                "the file name \"\(file)\" is not a picture name",
                "rename it with lower-case letters, digits and hyphens, ending .svg (e.g. police-car.svg)")
        }
        guard let data = try? Data(contentsOf: url) else { return problem("the file cannot be read", "check its permissions") }
        guard data.count <= largestFile else {
            return problem("the file is \(data.count / 1024) KB, too big for a simple picture", "simplify the drawing")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return problem("the file is not UTF-8 text", "save it as plain UTF-8 text")
        }
        do throws(AssetError) {
            return .success(try AssetPicture.parse(text, name: name, file: file))
        } catch {
            return .failure(error)
        }
    }

    /// Lower-case words of letters and digits joined by single hyphens: the names case files use.
    static func isGoodName(_ name: String) -> Bool {
        let words = name.split(separator: "-", omittingEmptySubsequences: false)
        return !words.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}
