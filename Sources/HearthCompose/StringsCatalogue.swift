import Foundation
import Yams

/// The fixed words of every document (headings, house names, record lines) in one language, loaded from
/// `Assets/strings/LANG.yaml`, so translations slot in without code changes.
public struct StringsCatalogue: Hashable, Sendable {
    /// One entry and whether a qualified translator has checked it.
    public struct Entry: Hashable, Sendable {
        public var text: String
        public var checked: Bool
    }

    public var language: String
    public var entries: [String: Entry]

    public init(language: String, entries: [String: Entry]) {
        self.language = language
        self.entries = entries
    }

    /// Loads `LANG.yaml` from the strings folder.
    public static func load(language: String, from folder: URL) throws(ComposeError) -> StringsCatalogue {
        let url = folder.appendingPathComponent("\(language).yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            let known = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
            throw .unknownLanguage(language, known: known)
        }
        return try parse(text, language: language, file: url.path)
    }

    static func parse(_ text: String, language: String, file: String) throws(ComposeError) -> StringsCatalogue {
        let node: Node?
        // Every entry is text, so the default resolver's regular expressions would only cost time.
        do { node = try Yams.compose(yaml: text, .basic) } catch {
            throw .catalogue(file: file, problem: "\(error)")
        }
        guard let strings = node?.mapping?["strings"]?.mapping else {
            throw .catalogue(file: file, problem: "no 'strings' mapping")
        }
        var entries: [String: Entry] = [:]
        for (k, v) in strings {
            guard let key = k.string, let text = v.mapping?["text"]?.string else {
                throw .catalogue(file: file, problem: "entry at line \(k.mark?.line ?? 0) needs a key and a text")
            }
            entries[key] = Entry(text: text, checked: v.mapping?["checked"]?.bool ?? false)
        }
        return StringsCatalogue(language: language, entries: entries)
    }

    /// The entry's text with `{name}` placeholders filled.
    /// Whether the catalogue has an entry, for words that have a variant (a teenager's heading) only in some languages.
    public func has(_ key: String) -> Bool { entries[key] != nil }

    public func text(_ key: String, _ values: [String: String] = [:]) throws(ComposeError) -> String {
        guard let entry = entries[key] else { throw .missingString(key: key, language: language) }
        var out = entry.text
        for (k, v) in values { out = out.replacingOccurrences(of: "{\(k)}", with: v) }
        return out
    }
}
