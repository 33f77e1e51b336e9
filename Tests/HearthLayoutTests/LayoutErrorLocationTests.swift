import HearthCompose
import HearthModel
import Testing

@testable import HearthLayout

/// A layout problem in words Hearth composed itself (a title made from the children's names, a sentence that lists
/// the family, a picture it drew from the page's words) still points at the case-file line the user can change.
struct LayoutErrorLocationTests {
    static func at(_ line: Int, _ column: Int) -> HearthModel.SourceLocation { HearthModel.SourceLocation(file: "case.yaml", line: line, column: column) }

    static let texts = [
        CaseText("Oakley Reid", location: at(30, 11), keyPath: "children[0].name"),
        CaseText("Oak🦄", location: at(31, 13), keyPath: "children[0].called"),
        CaseText("Ann", location: at(40, 13), keyPath: "people[0].called"),
        CaseText("Anne-Marie Lewis", location: at(41, 13), keyPath: "people[1].called"),
        CaseText("calm", location: at(60, 12), keyPath: "pictures.phoning_nanna.where"),
        CaseText("a", location: at(70, 9), keyPath: "story.extra[0]"),
    ]

    @Test func aCharacterNoFontCanDrawInAComposedTitleIsFoundInTheNameItCameFrom() {
        let error = LayoutError.missingGlyphs(text: "Oak🦄 and Ruby’s story", characters: ["🦄"], origin: "the story's title")
        guard case .missingGlyphs(_, _, let origin) = error.located(in: Self.texts) else { Issue.record("changed kind"); return }
        #expect(origin == "case.yaml:31:13: children[0].called (the story's title)")
    }

    @Test func composedWordsThatDoNotFitPointAtTheLongestCaseTextInsideThemAsWholeWords() {
        let error = LayoutError.doesNotFit(text: "Anne-Marie Lewis and Ann’s story", place: "the cover", origin: "story.title")
        guard case .doesNotFit(_, _, let origin) = error.located(in: Self.texts) else { Issue.record("changed kind"); return }
        #expect(origin == "case.yaml:41:13: people[1].called (story.title)")
        // "Ann" inside "Anne" is not a name standing on its own, and one letter says nothing.
        let annOnly = LayoutError.doesNotFit(text: "Anneliese’s story", place: "the cover", origin: "story.title").located(in: Self.texts)
        #expect(annOnly == .doesNotFit(text: "Anneliese’s story", place: "the cover", origin: "story.title"))
    }

    @Test func aPictureNameTheCaseWroteIsFoundAtItsOwnLineOverThePagesWords() {
        let page = "case.yaml:50:7: story.what_happened[0] (the picture on the page \"What happened\")"
        let error = LayoutError.unknownPicture(name: "calm", known: ["home"], origin: page)
        #expect(error.located(in: Self.texts) == .unknownPicture(
            name: "calm", known: ["home"], origin: "case.yaml:60:12: pictures.phoning_nanna.where (the picture on the page \"What happened\")"))
        // A picture Hearth composed from the sentence has no line of its own: the page's words are where to look.
        let composed = LayoutError.unknownPicture(name: "sofa-bed", known: ["home"], origin: page)
        #expect(composed.located(in: Self.texts) == composed)
    }

    @Test func aPicturesProblemIsReportedAtThePagesFirstLocatedWords() {
        var page = StoryPage(
            section: .whatHappened, heading: "What happened",
            sentences: [SheetText("Mummy was poorly.", origin: "case.yaml:50:7: story.what_happened[0]")], scene: nil)
        #expect(BookletLayout.pictureOrigin(of: page) == "case.yaml:50:7: story.what_happened[0] (the picture on the page \"What happened\")")
        page.sentences = [SheetText("Mummy was poorly.")]
        #expect(BookletLayout.pictureOrigin(of: page) == "the picture on the page \"What happened\"")
    }
}
