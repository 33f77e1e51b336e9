import HearthCompose

/// The fixed words a document prints that no qualified translator has checked yet, so `hearth check` can say so
/// (a warning: the words may well be right, but a family should not be the first to read them closely).
public struct UncheckedWords: Hashable, Sendable {
    /// The strings file's language, e.g. `pl`, and its name.
    public var language: String
    public var languageName: String
    /// Strings-file keys, sorted.
    public var keys: [String]
    /// Whether the whole file waits for a reviewer (its `reviewed_by:` is empty), not just a few new entries.
    public var fileUnreviewed: Bool

    /// The catalogue's unchecked words read so far; nil when there are none.
    init?(_ strings: StringsCatalogue) {
        let keys = strings.unchecked
        guard !keys.isEmpty else { return nil }
        language = strings.language
        languageName = strings.name
        self.keys = keys
        fileUnreviewed = strings.reviewedBy == nil
    }

    /// The unchecked words of several documents in one language, together; nil when there are none.
    public init?(all: [UncheckedWords]) {
        guard var first = all.first else { return nil }
        first.keys = Array(Set(all.flatMap(\.keys))).sorted()
        self = first
    }

    /// One warning for `hearth check`.
    public var message: String {
        let shown = keys.prefix(8).joined(separator: ", ") + (keys.count > 8 ? " and \(keys.count - 8) more" : "")
        let file = "Assets/strings/\(language).yaml"
        if fileUnreviewed {
            return "no qualified translator has checked the \(languageName) words this document prints yet "
                + "(\(keys.count == 1 ? "1 fixed word" : "\(keys.count) fixed words")): \(shown)\n"
                + "  fix: read them with the family or an interpreter before giving the document out; a translator who "
                + "checks \(file) writes their name after reviewed_by:, and you can change any word for this case under output.strings"
        }
        return "\(keys.count == 1 ? "1 fixed word" : "\(keys.count) fixed words") this document prints "
            + "\(keys.count == 1 ? "was" : "were") added after the \(languageName) words were checked: \(shown)\n"
            + "  fix: ask a translator to check \(keys.count == 1 ? "it" : "them") in \(file) (then delete 'checked: false'), "
            + "or write your own words for this case under output.strings"
    }
}
