import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLayout
import HearthLooks
import HearthModel
import Testing

@testable import Hearth
@testable import HearthRender

/// The grammar of pages that are not events: a prohibition's crossed-out corner, a worry's "what if" cloud, a
/// goal's "one day" frame; pages with no place of their own drawn in a setting; helpers named by their job the
/// first time; and every page of every example its own picture.
struct PageGrammarTests {
    typealias A = ActionReferenceTests
    static let slot = Rect(x: 10, y: 10, width: 464, height: 487)

    static let scenes: [String: SceneContent] = [
        "not": SceneContent(
            place: "home",
            people: [A.person("dad", A.adult, .readingTo, partner: "ruby", posture: .sitting, anchor: "sofa"), A.person("ruby", A.child, posture: .sitting, anchor: "floor")],
            things: ["book"], crossedOut: ["bottle"]),
        "what-if": SceneContent(
            place: "home",
            people: [A.person("jo", A.adult, .talking, partner: "nanna", feeling: .worried), A.person("nanna", A.older, feeling: .worried), A.person("mia", A.child, feeling: .calm)],
            whatIf: WhatIf(things: ["car"])),
        "one-day": SceneContent(
            place: "park",
            people: [A.person("dad", A.adult, .holdingHands, partner: "mia"), A.person("mia", A.child, .holdingHands)],
            things: ["ball"], oneDay: true),
    ]

    func place(_ name: String) throws -> (PlacedScene, Workbench) {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let scene = try #require(Self.scenes[name])
        let placed = try SceneLayout(measurer: bench.measurer, assets: try bench.pictures()).place(scene, in: Self.slot, figureHeight: 190)
        return (placed, bench)
    }

    @Test func aProhibitionHasACrossedOutCornerHoldingTheThing() throws {
        let (placed, _) = try place("not")
        #expect(placed.crossedOut == ["bottle"])
        let inset = try #require(placed.insets.first)
        #expect(Self.slot.contains(inset))
        // The corner covers no face, and the thing is drawn small: well under a third of the picture.
        #expect(!placed.faces.contains { $0.intersects(inset) })
        #expect(inset.height < Self.slot.height / 3)
    }

    @Test func aWorryHasACloudWithTheThingInsideAndTheChildOutside() throws {
        let (placed, _) = try place("what-if")
        let cloud = try #require(placed.whatIf)
        #expect(cloud.things == ["car"])
        #expect(!cloud.contents.isEmpty)
        for box in cloud.contents { #expect(cloud.cloud.contains(box, tolerance: 0.5)) }
        // Nobody in the picture is inside the cloud: the child (and everyone) stands outside it, safe.
        for figure in placed.figures { #expect(!figure.intersects(cloud.cloud)) }
        #expect(Self.slot.contains(cloud.cloud))
    }

    @Test func aGoalIsFramedAsOneDay() throws {
        let (placed, _) = try place("one-day")
        let frame = try #require(placed.oneDayFrame)
        #expect(Self.slot.contains(frame))
        for face in placed.faces { #expect(frame.contains(face)) }
    }

    @Test(arguments: ["not", "what-if", "one-day"])
    func aGrammarPictureLooksAsRecorded(name: String) throws {
        let (placed, bench) = try place(name)
        let frame = Frame(size: Size(width: 484, height: 507), items: placed.items)
        try ReferenceImageTests().compare(try bench.renderer.png(frame, dpi: 36), named: "grammar-\(name)-36dpi")
    }

    // MARK: The examples

    static let stories = ["amira-domestic-abuse", "baby-kai-injury", "jayden-mums-low-days", "oakley-drinking", "reid-sisters"]

    func booklet(_ name: String) throws -> (Booklet, CaseFile) {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.root.appendingPathComponent("Examples/\(name).yaml")
        let caseFile = try bench.load(url)
        let strings = try bench.catalogue("en-GB")
        return (try WordsAndPicturesComposer(strings: strings).booklet(for: caseFile, file: url.path), caseFile)
    }

    static func scenes(of page: StoryPage) -> [SceneContent] {
        ([page.scene] + page.panels.map(\.scene)).compactMap { $0 }
    }

    @Test(arguments: stories)
    func noPageDrawsItsPeopleOnWhite(name: String) throws {
        let (b, _) = try booklet(name)
        for page in b.pages {
            for scene in Self.scenes(of: page) where !scene.people.isEmpty {
                #expect(scene.place != nil, "\(name): a \(page.section.rawValue) page draws its people on white")
            }
        }
        for section in [BookletSection.network, .talkTo, .close] {
            for page in b.pages where page.section == section {
                for scene in Self.scenes(of: page) { #expect(scene.place != nil) }
            }
        }
    }

    @Test func aHelpersFirstLabelSaysTheirJobAndLaterOnesDoNot() throws {
        let (b, _) = try booklet("jayden-mums-low-days")
        let labels = b.pages.flatMap(Self.scenes(of:)).flatMap(\.people).filter { $0.id == "miss_rosa" }.compactMap(\.label)
        #expect(labels.count >= 2)
        #expect(labels.first == "Miss Rosa, teacher")
        #expect(labels.dropFirst().allSatisfy { $0 == "Miss Rosa" })
        let priya = b.pages.flatMap(Self.scenes(of:)).flatMap(\.people).filter { $0.id == "priya" }.compactMap(\.label)
        #expect(priya.first == "Priya, social worker")
        // Family are never labelled with a job.
        let mummy = b.pages.flatMap(Self.scenes(of:)).flatMap(\.people).filter { $0.id == "mum" }.compactMap(\.label)
        #expect(mummy.allSatisfy { $0 == "Mummy" })
    }

    /// Words said by someone angry are a shout, whatever else they say; a calm or a sad speaker's words never are.
    @Test func anAngrySpeakersWordsAreAShout() throws {
        let (b, _) = try booklet("amira-domestic-abuse")
        let bubbles = b.pages.flatMap(Self.scenes(of:)).flatMap { scene in
            scene.bubbles.map { (bubble: $0, feeling: scene.people[$0.speaker].feeling) }
        }
        let shouts = bubbles.filter(\.bubble.shouted)
        #expect(shouts.map(\.bubble.text) == ["!!!"], "Daddy's shout on the page about the shouting")
        #expect(bubbles.allSatisfy { $0.bubble.shouted == ($0.feeling == .angry && $0.bubble.kind == .speech) })
    }

    /// What a picture shows, from its layout: the setting drawn, each person's feeling, action, posture, anchor and
    /// partner, the things, the words in bubbles, and the grammar's corner, cloud and frame.
    struct Identity: Hashable {
        var setting: String?
        var people: [String]
        var things: [String]
        var bubbles: [String]
        var extras: [String]
    }

    static func identity(_ scene: SceneContent, _ placed: PlacedScene) -> Identity {
        Identity(
            setting: placed.setting,
            people: scene.people.map { "\($0.id) \($0.feeling) \($0.action) \($0.posture) \($0.anchor ?? "-") \($0.partner ?? "-")" }.sorted(),
            things: scene.things.sorted(), bubbles: scene.bubbles.map(\.text).sorted(),
            extras: placed.crossedOut + (placed.whatIf?.things ?? []) + [placed.oneDayFrame == nil ? "" : "one day"])
    }

    @Test(arguments: stories)
    func everyPageHasItsOwnPicture(name: String) throws {
        let (b, _) = try booklet(name)
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let layout = SceneLayout(measurer: bench.measurer, assets: try bench.pictures())
        var seen: [Identity: String] = [:]
        for (i, page) in b.pages.enumerated() {
            for scene in Self.scenes(of: page) {
                let placed = try layout.place(scene, in: Rect(x: 0, y: 0, width: 720, height: 480))
                let id = Self.identity(scene, placed)
                if let earlier = seen[id] {
                    Issue.record("\(name): page \(i + 1) (\(page.section.rawValue)) repeats the picture of \(earlier)")
                }
                seen[id] = "page \(i + 1) (\(page.section.rawValue))"
            }
        }
    }
}
