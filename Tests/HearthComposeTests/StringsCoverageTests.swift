import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// Every strings file says every fixed word en-GB says, with the same placeholders: a key added to en-GB (by anyone)
/// fails here, by language, until it is translated.
struct StringsCoverageTests {
    static let folder = ThreeHousesComposerTests.stringsFolder

    static func load(_ language: String) throws -> StringsCatalogue {
        try StringsCatalogue.load(language: language, from: folder)
    }

    @Test func theFilesAreTheSupportedLanguages() {
        #expect(StringsCatalogue.languages(in: Self.folder) == Languages.supported.map(\.code).sorted())
    }

    @Test(arguments: Languages.supported.map(\.code))
    func everyKeyOfEnglishWithTheSamePlaceholders(language: String) throws {
        let english = try Self.load("en-GB")
        let other = try Self.load(language)
        #expect(other.language == language, "the file says it is '\(other.language)'")
        let missing = Set(english.entries.keys).subtracting(other.entries.keys).sorted()
        let extra = Set(other.entries.keys).subtracting(english.entries.keys).sorted()
        #expect(missing.isEmpty, "\(language).yaml lacks \(missing.count) keys: \(missing.joined(separator: ", "))")
        #expect(extra.isEmpty, "\(language).yaml has keys en-GB does not: \(extra.joined(separator: ", "))")
        for (key, entry) in english.entries.sorted(by: { $0.key < $1.key }) {
            guard let translated = other.entries[key] else { continue }
            let wanted = StringsCatalogue.placeholders(in: entry.text)
            for text in translated.allTexts {
                #expect(
                    StringsCatalogue.placeholders(in: text) == wanted,
                    "\(language).yaml \(key): \"\(text)\" must name exactly \(wanted.sorted())")
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language).yaml \(key) is empty")
            }
        }
    }

    /// Translations wait for a qualified translator: their files name nobody, so every word is unchecked.
    @Test(arguments: Languages.supported.map(\.code).filter { $0 != "en-GB" })
    func translationsAreMarkedUnreviewed(language: String) throws {
        let strings = try Self.load(language)
        #expect(strings.reviewedBy == nil)
        #expect(strings.entries.values.allSatisfy { !$0.checked })
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(language).yaml"), encoding: .utf8)
        #expect(text.contains("\nreviewed_by: "), "\(language).yaml must say who reviewed it, even if nobody yet")
    }

    @Test func englishNamesItsReviewer() throws {
        let english = try Self.load("en-GB")
        #expect(english.reviewedBy != nil)
        #expect(english.entries["house.worries"]?.checked == true)
    }

    /// CLDR's long date in each language (month names in the form a date uses: Polish genitive "marca").
    @Test(arguments: [
        ("en-GB", "12 March 2026"), ("cy", "12 Mawrth 2026"), ("pl", "12 marca 2026"), ("ro", "12 martie 2026"),
        ("pa", "12 ਮਾਰਚ 2026"), ("ur", "12 مارچ، 2026"), ("pt", "12 de março de 2026"), ("es", "12 de marzo de 2026"),
        ("ar", "12 مارس، 2026"), ("bn", "12 মার্চ, 2026"), ("gu", "12 માર્ચ, 2026"), ("so", "Maarso 12, 2026"),
    ])
    func datesFollowCLDR(language: String, expected: String) throws {
        #expect(try Self.load(language).date(try #require(CalendarDate(year: 2026, month: 3, day: 12))) == expected)
    }

    @Test func aPluralFormIsChosenByTheLanguagesRule() throws {
        let arabic = try Self.load("ar")
        #expect(try arabic.text("wp.worried_many", ["people": "سارة ومريم"], count: 2) == "سارة ومريم قلقان.")
        #expect(try arabic.text("wp.worried_many", ["people": "أ وب وج"], count: 3) == "أ وب وج قلقون.")
        // Without a count, the text itself; a Latin name is isolated in Arabic.
        #expect(try arabic.text("wp.worried_many", ["people": "Sara"]) == "\u{2066}Sara\u{2069} قلقون.")
    }
}
