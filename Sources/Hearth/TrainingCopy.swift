import Foundation
import HearthModel

/// `hearth anonymise`: a training copy of a real case, made from the case file and the name lists that ship in
/// `Assets/names/`. Reading the files is the facade's job; the anonymising itself is ``Anonymiser``'s.
public struct TrainingCopy {
    public var resources: Resources

    public init(resources: Resources) {
        self.resources = resources
    }

    /// The name lists, one file per culture.
    public func nameLists() throws(HearthError) -> NameLists {
        let folder = resources.assets.appendingPathComponent("names")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        var cultures: [NameLists.Culture] = []
        for name in files {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                throw .resources("cannot read the name list \(folder.appendingPathComponent(name).path)")
            }
            switch NameLists.culture(fromYAML: text) {
            case .success(let culture): cultures.append(culture)
            case .failure(let error): throw .resources("the name list \(name) cannot be used: \(error.reason)")
            }
        }
        guard !cultures.isEmpty else { throw .resources("no name lists in \(folder.path); reinstall Hearth") }
        return NameLists(cultures: cultures)
    }

    /// The anonymised copy of the case at `url`, to be written at `output`.
    public func make(from url: URL, to output: URL, keepDrawings: Bool) throws(HearthError) -> AnonymisedCase {
        let text: String
        do { text = try CaseFileLoader.text(contentsOf: url) } catch { throw .caseFile(error) }
        let anonymiser = Anonymiser(
            names: try nameLists(), keepDrawings: keepDrawings, caseFolder: url.deletingLastPathComponent().path)
        do { return try anonymiser.anonymise(text: text, file: url.relativePath, outputFile: output.relativePath) } catch {
            throw .caseFile(error)
        }
    }

    /// The training copy of the case at `url`, read as a case, for a pack made with `--anonymise`: the real case
    /// is never laid out. Diagnostics name it as the copy.
    public func caseFile(from url: URL) throws(HearthError) -> (caseFile: CaseFile, warnings: [Diagnostic]) {
        let copyName = url.relativePath + " (training copy)"
        let copy = try make(from: url, to: URL(fileURLWithPath: copyName), keepDrawings: false)
        do { return (try CaseFileLoader.parse(copy.text, file: copyName), copy.warnings) } catch { throw .caseFile(error) }
    }
}
