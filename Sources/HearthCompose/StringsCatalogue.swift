import Foundation
import HearthModel
import Synchronization
import Yams

/// The fixed words of every document (headings, house names, record lines, month names) in one language, loaded
/// from `Assets/strings/LANG.yaml`, so translations slot in without code changes.
///
/// A file names who checked it (`reviewed_by:`; empty until a qualified translator has); `hearth check` lists the
/// words a document uses that nobody has checked, and no document ever prints that flag. An entry may carry plural
/// `forms:` (CLDR categories) chosen by a count. A case may put its own words in place of any entry.
public struct StringsCatalogue: Hashable, Sendable {
    /// One entry: its text, plural forms by CLDR category when the language needs them, and whether it is checked.
    public struct Entry: Hashable, Sendable {
        public var text: String
        public var forms: [PluralCategory: String]
        /// Whether a qualified translator has checked this entry: the file has a reviewer and the entry is not
        /// marked `checked: false` (an entry added after the review).
        public var checked: Bool

        public init(text: String, forms: [PluralCategory: String] = [:], checked: Bool) {
            self.text = text
            self.forms = forms
            self.checked = checked
        }

        /// Every text the entry can print, for checking placeholders.
        public var allTexts: [String] { [text] + PluralCategory.allCases.compactMap { forms[$0] } }
    }

    public var language: String
    /// The language's name as the file gives it, e.g. "polski (Polish)".
    public var name: String
    /// Who checked these words; nil until a qualified translator has.
    public var reviewedBy: String?
    public var entries: [String: Entry]
    /// The keys read so far, when the catalogue was made with ``recordingUse()``: shared by every copy.
    private var usage: KeyUsage?

    public init(language: String, name: String? = nil, reviewedBy: String? = nil, entries: [String: Entry]) {
        self.language = language
        self.name = name ?? language
        self.reviewedBy = reviewedBy
        self.entries = entries
    }

    public static func == (a: StringsCatalogue, b: StringsCatalogue) -> Bool {
        a.language == b.language && a.name == b.name && a.reviewedBy == b.reviewedBy && a.entries == b.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(entries)
    }

    /// Loads `LANG.yaml` from the strings folder.
    public static func load(language: String, from folder: URL) throws(ComposeError) -> StringsCatalogue {
        let url = folder.appendingPathComponent("\(language).yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw .unknownLanguage(language, known: languages(in: folder))
        }
        return try parse(text, language: language, file: url.path)
    }

    /// The codes of the strings files in a folder.
    public static func languages(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
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
        let reviewer = node?.mapping?["reviewed_by"]?.string?.trimmingCharacters(in: .whitespaces)
        let reviewedBy = reviewer.flatMap { $0.isEmpty ? nil : $0 }
        var entries: [String: Entry] = [:]
        for (k, v) in strings {
            guard let key = k.string, let text = v.mapping?["text"]?.string else {
                throw .catalogue(file: file, problem: "entry at line \(k.mark?.line ?? 0) needs a key and a text")
            }
            var forms: [PluralCategory: String] = [:]
            for (f, t) in v.mapping?["forms"]?.mapping ?? [:] {
                guard let name = f.string, let category = PluralCategory(rawValue: name), let form = t.string else {
                    throw .catalogue(
                        file: file,
                        problem: "the forms of '\(key)' at line \(f.mark?.line ?? 0) must be named zero, one, two, few, many or other")
                }
                forms[category] = form
            }
            let checked = reviewedBy != nil && (v.mapping?["checked"]?.bool ?? true)
            entries[key] = Entry(text: text, forms: forms, checked: checked)
        }
        return StringsCatalogue(
            language: node?.mapping?["language"]?.string ?? language, name: node?.mapping?["name"]?.string,
            reviewedBy: reviewedBy, entries: entries)
    }

    /// Whether the catalogue has an entry, for words that have a variant (a teenager's heading) only in some languages.
    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// The entry's text with `{name}` placeholders filled; with `count`, the plural form the language uses for
    /// that many (falling back to `other`, then to the text).
    ///
    /// Each value put into running text is isolated where its direction differs (see ``BidiIsolation``), unless
    /// `isolating` is false (the parts of a date, which read as one).
    public func text(_ key: String, _ values: [String: String] = [:], count: Int? = nil, isolating: Bool = true)
        throws(ComposeError) -> String
    {
        guard let entry = entries[key] else { throw .missingString(key: key, language: language) }
        usage?.note(key)
        var out = entry.text
        if let count, !entry.forms.isEmpty {
            out = entry.forms[PluralRules.category(of: count, in: language)] ?? entry.forms[.other] ?? entry.text
        }
        // A word put into running text is isolated (BidiIsolation); one that is the whole text is not, so the
        // text still has a letter to take its direction from.
        for (k, v) in values {
            let value = out == "{\(k)}" || !isolating ? v : BidiIsolation.inserting(v, into: language)
            out = out.replacingOccurrences(of: "{\(k)}", with: value)
        }
        return out
    }

    /// A date as the language writes it (`date.long`: "12 March 2026", "12 de marzo de 2026", "Maarso 12, 2026").
    public func date(_ date: CalendarDate) throws(ComposeError) -> String {
        try text(
            "date.long", ["day": String(date.day), "month": text("month.\(date.month)"), "year": String(date.year)],
            isolating: false)
    }

    /// The `{placeholders}` a text names.
    public static func placeholders(in text: String) -> Set<String> {
        var out: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    // MARK: - What a document used, and what nobody has checked

    /// A copy that notes every key read from it (and from its copies), for ``unchecked``.
    public func recordingUse() -> StringsCatalogue {
        var copy = self
        copy.usage = KeyUsage()
        return copy
    }

    /// The keys read since ``recordingUse()`` that no qualified translator has checked, sorted.
    public var unchecked: [String] {
        (usage?.keys ?? []).filter { entries[$0]?.checked == false }.sorted()
    }

    // MARK: - A case's own words

    /// The catalogue with a case's own words in place of its entries (checked by definition: they are the case's).
    /// Each word must name an entry and keep that entry's placeholders; every problem is returned, located.
    public func overriding(_ overrides: [StringOverride]) -> (catalogue: StringsCatalogue, problems: [Diagnostic]) {
        var out = self
        var problems: [Diagnostic] = []
        for o in overrides {
            guard let entry = entries[o.key] else {
                let near = Suggestion.didYouMean(o.key, in: entries.keys).map { "\($0) " } ?? ""
                problems.append(Diagnostic(
                    location: o.location, keyPath: o.keyPath, message: "there is no fixed word called '\(o.key)'",
                    fix: near + "use a name from Assets/strings/\(language).yaml, such as 'house.worries'"))
                continue
            }
            let wanted = Self.placeholders(in: entry.text)
            let given = Self.placeholders(in: o.text)
            let missing = wanted.subtracting(given).sorted(), extra = given.subtracting(wanted).sorted()
            if !missing.isEmpty || !extra.isEmpty {
                let braces = { (names: [String]) in names.map { "{\($0)}" }.joined(separator: ", ") }
                var message = "the words for '\(o.key)'"
                if !missing.isEmpty { message += " leave out \(braces(missing))" }
                if !extra.isEmpty { message += (missing.isEmpty ? "" : ", and") + " name \(braces(extra)), which Hearth does not fill here" }
                problems.append(Diagnostic(
                    location: o.location, keyPath: o.keyPath, message: message,
                    fix: "keep exactly the placeholders of the original, \"\(entry.text)\""
                        + (wanted.isEmpty ? " (it has none)" : ": \(braces(wanted.sorted()))")))
                continue
            }
            out.entries[o.key] = Entry(text: o.text, checked: true)
        }
        return (out, problems)
    }
}

/// The keys a catalogue and its copies have been asked for: a reference, so copies handed to each composer add to
/// the same set.
final class KeyUsage: Sendable {
    private let read = Mutex<Set<String>>([])
    func note(_ key: String) { read.withLock { _ = $0.insert(key) } }
    var keys: Set<String> { read.withLock { $0 } }
}
