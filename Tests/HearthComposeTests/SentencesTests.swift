import Foundation
import Testing

@testable import HearthCompose

/// Short sentences in Urdu, Bengali or Hindi end with their own full stops; read as one long sentence they would
/// be flagged as too long for the child.
struct SentencesTests {
    @Test func urduAndBengaliSentencesEndAtTheirOwnFullStops() {
        #expect(Sentences.split("امی بیمار ہیں۔ ابو مدد کرتے ہیں۔ کیا نانی آئیں گی؟").count == 3)
        #expect(Sentences.split("মা অসুস্থ। বাবা সাহায্য করেন। নানু আসবেন।") == ["মা অসুস্থ।", "বাবা সাহায্য করেন।", "নানু আসবেন।"])
        #expect(Sentences.split("माँ बीमार है। पापा मदद करते हैं॥ 我很好。你好吗？").count == 4)
    }

    @Test func numbersTitlesAndDotsDoNotEndASentence() {
        #expect(Sentences.split("Dr. Patel gave Kai 2.5 ml of medicine.") == ["Dr. Patel gave Kai 2.5 ml of medicine."])
        #expect(Sentences.split("Once upon a time... The end?!") == ["Once upon a time...", "The end?!"])
    }

    /// Four short Urdu sentences, 25 words in all: more than the 16 a sentence may have at 9 to 12, but each
    /// sentence is short, so nothing is flagged; the same words without full stops are one long sentence.
    @Test func aStoryInUrduOrBengaliIsReadSentenceBySentence() throws {
        func findings(_ child: String) throws -> [String] {
            try LintFixture.findings("""
                children:
                  - { id: ayesha, name: Ayesha, age: 10 }
                map:
                  harm: [{ text: Words., child: "\(child)" }]

                """).map(\.message)
        }
        let urdu = "امی بہت بیمار تھیں اور سو گئیں۔ عائشہ کو بہت بھوک لگی تھی۔ نانی جان گھر پر آئیں۔ اب سب ٹھیک ہے اور خوش ہیں۔"
        #expect(try findings(urdu).isEmpty)
        #expect(try findings(urdu.replacingOccurrences(of: "۔", with: "")) == ["a sentence of 25 words is long for a reader aged 9-12"])
        let bengali = "মা খুব অসুস্থ ছিলেন আর ঘুমিয়ে পড়েছিলেন। আয়েশার খুব খিদে পেয়েছিল। নানু বাড়িতে এলেন। এখন সবাই ভালো আছে আর খুশি।"
        #expect(try findings(bengali).isEmpty)
        #expect(try findings(bengali.replacingOccurrences(of: "।", with: "")).count == 1)
    }
}
