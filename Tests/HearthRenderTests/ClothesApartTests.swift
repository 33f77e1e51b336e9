import Foundation
import HearthCompose
import HearthGeometry
import HearthLooks
import HearthModel
import Testing

@testable import Hearth
@testable import HearthLayout
@testable import HearthSketch

/// People in one picture tell apart on a black-and-white print: the clothes of any two people who stand side by side
/// differ by a clear step of lightness (12 L*), and on a page of up to five people, so do the clothes of every two.
/// (Past five, the palette has no five-plus greys a step apart: side by side is what the eye compares.)
struct ClothesApartTests {
    /// How light someone's top is drawn, or nil for a uniform that is not their clothes colour (a judge's robe, a
    /// doctor's coat, a nurse's scrubs, a police officer's jacket).
    static func lightness(_ looks: PersonLooks) -> Double? {
        if [.judge, .doctor, .nurse, .police].contains(looks.role) { return nil }
        let colour = PeoplePalette.clothes(looks.clothes)
        return looks.wears.contains(.pyjamas) ? colour.tint(0.5).lab.l : colour.lab.l
    }

    static let examples = ["amira-domestic-abuse", "baby-kai-injury", "jayden-mums-low-days", "oakley-drinking", "reid-sisters", "mia"]

    @Test(arguments: examples)
    func peopleSideBySideDifferInGrey(name: String) throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.root.appendingPathComponent("Examples/\(name).yaml")
        let caseFile = try bench.load(url)
        guard caseFile.output.documents.contains(.wordsAndPictures) else { return }
        let booklet = try WordsAndPicturesComposer(strings: try bench.catalogue("en-GB")).booklet(for: caseFile, file: url.path)
        for (n, page) in booklet.pages.enumerated() {
            for scene in PageGrammarTests.scenes(of: page) {
                let people = SceneLayout.partnered(SceneLayout.acted(scene)).people
                let grey = people.map { Self.lightness($0.looks) }
                for i in people.indices {
                    for j in people.indices where j > i && (people.count <= 5 || j == i + 1) {
                        guard let a = grey[i], let b = grey[j] else { continue }
                        #expect(
                            abs(a - b) >= ClothesColour.lightnessStep - 0.5,
                            "\(name) page \(n + 1): \(people[i].id) (\(people[i].looks.clothes)) and \(people[j].id) (\(people[j].looks.clothes)) are \(abs(a - b).rounded()) L* apart")
                    }
                }
            }
        }
    }
}
