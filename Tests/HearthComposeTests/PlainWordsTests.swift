import Foundation
import HearthModel
import Testing

@testable import HearthCompose

/// The plain-words list is data a trainer edits: the real file loads, and a slip in it is reported at its line in
/// words a trainer can act on.
struct PlainWordsTests {
    @Test func theRealListLoadsWithAnAlternativeForEveryEntry() throws {
        let words = try LintFixture.plainWords()
        #expect(words.jargon.count >= 150)
        #expect(words.count >= 150)
        #expect(words.jargon.allSatisfy { !$0.alternative.text.isEmpty })
        #expect(words.blame.allSatisfy { !$0.alternative.text.isEmpty })
        #expect(words.frightening.allSatisfy { !$0.alternative.text.isEmpty && !$0.ages.isEmpty })
        #expect(words.blame.contains { $0.phrase == "your fault" && $0.unlessNegated && $0.kind == .onTheChild })
        #expect(words.blame.contains { $0.kind == .label })
        #expect(words.frightening.contains { $0.ages.contains(.underFive) })
        #expect(words.publicNumbers.contains { $0.name == "Childline" })
        #expect(words.streetWords.contains("Road"))
        #expect(words.peopleWords.contains("daddy"))
        // A few the brief names, as a spot check.
        let terms = Set(words.jargon.map { $0.term.lowercased() })
        for term in ["contact", "supervised contact", "section 47", "lac", "plo", "lado", "coercive control", "gp", "camhs"] {
            #expect(terms.contains(term), "\(term)")
        }
    }

    func error(_ yaml: String) -> String {
        do {
            _ = try PlainWords.parse(yaml, file: "plain-words.yaml")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func anUnknownKeyNamesTheFileAndLine() {
        let message = error("""
            jargon:
              - term: contact
                sya: family time

            """)
        #expect(message.hasPrefix("plain-words.yaml:3: the plain-words list cannot be used: 'sya' is not a key"), "\(message)")
        #expect(message.contains("fix: use one of: term, say, instead, match_case"))
    }

    @Test func brokenLayoutIsSaidInATrainersWords() {
        let message = error("""
            jargon:
              - term: contact
                 say: family time

            """)
        #expect(message.hasPrefix("plain-words.yaml:3: the plain-words list cannot be used: the file's layout is broken here"), "\(message)")
        #expect(!message.contains("mapping values"))
    }

    @Test func anEntryNeedsExactlyOneAlternative() {
        #expect(error("jargon:\n  - term: contact\n").contains(":2: the plain-words list cannot be used: this entry does not say what to write instead"))
        #expect(error("jargon:\n  - { term: contact, say: family time, instead: say it }\n").contains("both 'say' and 'instead'"))
    }

    @Test func aRepeatedTermAndAnUnknownAgeAreErrors() {
        let repeated = error("""
            jargon:
              - { term: contact, say: family time }
              - { term: Contact, say: seeing Mummy }

            """)
        #expect(repeated.contains("plain-words.yaml:3:"), "\(repeated)")
        #expect(repeated.contains("'Contact' is already written at line 2"))
        let age = error("frightening:\n  - { phrase: could die, ages: [under-6], say: could get very poorly }\n")
        #expect(age.contains("'under-6' is not an age band"), "\(age)")
        #expect(age.contains("under-5, 5-8, 9-12, teen"))
    }

    @Test func aMissingFileSaysWhereItLooked() {
        #expect {
            _ = try PlainWords.load(from: URL(fileURLWithPath: "/nonexistent/Assets"))
        } throws: { error in
            "\(error)".hasPrefix("/nonexistent/Assets/lint/plain-words.yaml: the plain-words list cannot be used")
        }
    }
}
