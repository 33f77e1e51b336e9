import Foundation
import Testing

@testable import HearthCompose

struct TypographyTests {
    @Test func polishOneLetterWordsAreTiedToTheNextWord() {
        #expect(Typography.set("Chcę, żeby w domu było cicho i spokojnie.", language: "pl")
            == "Chcę, żeby w\u{00A0}domu było cicho i\u{00A0}spokojnie.")
        #expect(Typography.set("W domu jest Kasia", language: "pl") == "W\u{00A0}domu jest Kasia")
        #expect(Typography.set("Pojadę nad morze z mamą", language: "pl-PL") == "Pojadę nad morze z\u{00A0}mamą")
    }

    @Test func onlyWholeOneLetterWordsAndOnlySpacesChange() {
        let text = "Lubię rysować koniki, a tata — nie."
        let set = Typography.set(text, language: "pl")
        #expect(set == "Lubię rysować koniki, a\u{00A0}tata — nie.")
        // Nothing but spaces ever changes: the child's words stay exactly as said.
        #expect(set.replacingOccurrences(of: "\u{00A0}", with: " ") == text)
        #expect(Typography.set("koniki z", language: "pl") == "koniki z")
    }

    @Test func otherLanguagesAreLeftAlone() {
        let text = "I want a dog and a cat"
        #expect(Typography.set(text, language: "en-GB") == text)
        #expect(Typography.set(text, language: nil) == text)
    }

    @Test func urduInterviewsSetOnlyArabicScriptInUrdu() {
        #expect(ScriptLanguage.languageTag(of: "مجھے اپنی امی سے پیار ہے", interviewLanguage: "ur") == "ur")
        #expect(ScriptLanguage.languageTag(of: "My cousin Sana", interviewLanguage: "ur") == nil)
        #expect(ScriptLanguage.languageTag(of: "Boję się", interviewLanguage: "pl") == "pl")
        // Without a declared language, letters only Urdu uses still pick Urdu.
        #expect(ScriptLanguage.languageTag(of: "مجھے ڈر لگتا ہے", interviewLanguage: nil) == "ur")
        #expect(ScriptLanguage.languageTag(of: "أنا خائف", interviewLanguage: nil) == nil)
    }
}

/// Names of more than one word never break over two lines, even inside the family's own sentences.
struct NameHoldingTests {
    @Test func wholeNamesAreHeldTogetherAndPartsOfWordsAreNot() {
        let nbsp = "\u{00A0}"
        #expect(Typography.holdingTogether(["Mrs Ahmed", "Nanna Pat"], in: "Mrs Ahmed and Nanna Pat's dog.")
            == "Mrs\(nbsp)Ahmed and Nanna\(nbsp)Pat's dog.")
        #expect(Typography.holdingTogether(["Nanna Pat"], in: "Nanna Patty came.") == "Nanna Patty came.")
        #expect(Typography.holdingTogether(["Nanna Pat"], in: "No names here.") == "No names here.")
    }
}
