import Foundation
import HearthCompose
import HearthFrame
import Testing

@testable import Hearth

/// What a screen reader says for the parts of a picture is in the booklet's language: an Urdu story's cover, its
/// bubbles and its clouds are described in Urdu, never in English words written into the layout.
struct PictureWordsTests {
    func story(_ example: String) throws -> [String] {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent(example + ".yaml")
        let document = try #require(try bench.documents(for: try bench.load(url), at: url).first { $0.name.hasSuffix("story") })
        return document.frames.pages.flatMap { PrivateFrameCheck.alternativeTexts($0.items) }
    }

    @Test func anUrduStorysPicturesAreDescribedInUrdu() throws {
        let alts = try story("ayesha-urdu-story")
        let urdu = try PictureWords(strings: try Workbench(resources: Resources(root: Repo.root)).catalogue("ur"))
        #expect(alts.contains(urdu.cover))
        #expect(alts.contains { $0 == urdu.speech || $0 == urdu.thought }, "the story's bubbles")
        let english = PictureWords.english
        for word in [english.cover, english.picture, english.speech, english.thought, english.shout, english.whatIf] {
            #expect(!alts.contains(word), "'\(word)' in an Urdu story")
        }
        #expect(!alts.contains { $0.hasPrefix("not: ") || $0.hasPrefix("on the phone: ") })
    }

    /// An English story keeps its words, and uses the crossed-out corner's and the phone window's templates.
    @Test func anEnglishStoryNamesWhatIsCrossedOutAndWhoIsOnThePhone() throws {
        let alts = try story("oakley-drinking")
        #expect(alts.contains("on the phone: Nanna Pat"))
        #expect(alts.contains { $0.hasPrefix("not: ") && $0.contains("bottle") })
        #expect(alts.contains("cover picture"))
    }
}
