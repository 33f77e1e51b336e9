import Foundation
import HearthCompose
import HearthFrame
import HearthModel
import Testing

@testable import Hearth

/// Brothers and sisters far apart in age can each have a story of their own: in their own age band, named after
/// them, and a teenager's written to a young person rather than as a picture book.
struct StoryPerReaderTests {
    static let yaml = """
        children:
          - { id: ava, name: Ava Reid, called: Ava, age: 4 }
          - { id: jo, name: Jo Reid, called: Jo, age: 14 }
        people:
          - { id: mum, name: Kim Reid, called: Mum, relation: mum, network: yes }
        story:
          title: Ava and Jo's story
          per_child: PER_CHILD
        map:
          harm:
            - { text: Harm., child: Mum was very poorly and could not get up. }
        output:
          documents: [words-and-pictures]
          age_band: 5-8

        """

    func documents(perChild: Bool) throws -> [Workbench.Document] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("reid.yaml")
        try Self.yaml.replacingOccurrences(of: "PER_CHILD", with: perChild ? "yes" : "no").write(to: url, atomically: true, encoding: .utf8)
        let bench = try Workbench(resources: Resources(root: Repo.root))
        return try bench.documents(for: try bench.load(url), at: url)
    }

    @Test func oneStoryUnlessEachChildGetsTheirOwn() throws {
        #expect(try documents(perChild: false).map(\.name) == ["reid-story"])
        let each = try documents(perChild: true)
        #expect(each.map(\.name) == ["reid-story-ava", "reid-story-jo"])
        #expect(each.map(\.frames.metadata.title) == ["Ava’s story", "Jo’s story"])
    }

    @Test func eachReaderHasTheirOwnBandAndATeenagersStoryIsNotAPictureBook() throws {
        let file = try CaseFileLoader.parse(Self.yaml.replacingOccurrences(of: "PER_CHILD", with: "yes"), file: "reid.yaml")
        let readers = Workbench.readers(of: file)
        #expect(readers.map(\.0.ageBand) == [.underFive, .teen])
        let strings = try StringsCatalogue.load(language: "en-GB", from: Repo.root.appendingPathComponent("Assets/strings"))
        let young = try WordsAndPicturesComposer(strings: strings).booklet(for: readers[0].0, file: "reid.yaml")
        let teen = try WordsAndPicturesComposer(strings: strings).booklet(for: readers[1].0, file: "reid.yaml")
        #expect(young.pages.contains { $0.heading == "My family" })
        #expect(young.pages.contains { $0.drawingSpace != nil })
        #expect(young.pages.contains { $0.scene?.things.contains("heart") == true })
        // The teenager's: "Family", no floating hearts, no page to draw on; the sister is in the family.
        #expect(!teen.pages.contains { $0.heading == "My family" })
        #expect(teen.pages.contains { $0.heading == "Family" })
        #expect(!teen.pages.contains { $0.drawingSpace != nil })
        #expect(!teen.pages.contains { $0.scene?.things.contains("heart") == true })
        #expect(teen.pages.first { $0.section == .family }?.sentences.first?.text == "Jo’s family: Ava and Mum.")
    }
}
