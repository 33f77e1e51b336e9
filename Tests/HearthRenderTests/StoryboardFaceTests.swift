import Foundation
import HearthCompose
import HearthModel
import Testing

@testable import Hearth
@testable import HearthLayout

/// Small pictures still show a feeling: a storyboard puts fewer panels on a page rather than draw a face too small
/// to read at print size, and cuts its panels into as few pages as that allows.
struct StoryboardFaceTests {
    /// Each storyboard page of an example's story, as the layout cut it.
    func runs(_ example: String) throws -> [[BookletLayout.StoryboardRun]] {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent(example + ".yaml")
        let caseFile = try bench.load(url)
        let booklet = try WordsAndPicturesComposer(strings: try bench.catalogue(for: caseFile)).booklet(for: caseFile, file: url.path)
        let layout = BookletLayout(measurer: bench.measurer, assets: try bench.pictures(), page: PageSpec(paper: caseFile.output.paper ?? .a4Landscape))
        return booklet.pages.filter { !$0.panels.isEmpty }.map { layout.storyboardRuns($0, booklet: booklet) }
    }

    @Test(arguments: ["amira-domestic-abuse", "baby-kai-injury", "oakley-drinking", "jayden-mums-low-days"])
    func everyFaceOnABoardReadsAtPrintSize(example: String) throws {
        let boards = try runs(example)
        #expect(!boards.isEmpty, "\(example) has no storyboard")
        for runs in boards {
            // Every panel is on a page, once, in order.
            #expect(runs.flatMap { Array($0.panels.indices) } == Array(runs[0].panels.startIndex..<(runs.last?.panels.endIndex ?? 0)))
            for run in runs where run.frame != nil {
                #expect(run.smallestFace >= 4.0 / 25.4 * 72, "\(example): a face \(run.smallestFace) pt across")
            }
        }
    }

    /// Five rules on A5 once shared one page with faces 2.5 to 3 mm across; on A4 landscape, halving Kai's five
    /// rules gave three pages where two and three fit on two.
    @Test func fiveRulesTakeTwoPages() throws {
        for example in ["amira-domestic-abuse", "baby-kai-injury"] {
            let rules = try #require(try runs(example).first { $0.reduce(0) { $0 + $1.panels.count } == 5 }, "\(example)")
            #expect(rules.map(\.panels.count).sorted() == [2, 3], "\(example): \(rules.map(\.panels.count))")
        }
    }
}
