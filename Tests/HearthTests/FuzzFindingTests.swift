import Foundation
import Testing

/// Inputs `make fuzz` found breaking a promise, kept in Tests/FuzzFindings/ and rendered as a user would: each ends
/// with a render or with exit 1 and messages that start at a line of the file, and writes nothing when refused.
struct FuzzFindingTests {
    static let folder = CLI.root.appendingPathComponent("Tests/FuzzFindings")
    static let findings = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test(arguments: findings)
    func everyProblemStartsAtALine(_ name: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(name), to: cli.folder.appendingPathComponent(name))
        let r = try cli.run(["render", name, "-o", "out/"])
        #expect(r.status == 0 || r.status == 1, "\(r.stderr.prefix(1000))")
        guard r.status == 1 else { return }
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("hearth: error: ") }
        #expect(!errors.isEmpty)
        for line in errors {
            let place = line.dropFirst("hearth: error: ".count).split(separator: ":", maxSplits: 3)
            #expect(place.count == 4 && place[0] == name[...] && Int(place[1]) != nil && Int(place[2]) != nil, "\(line.prefix(300))")
        }
        #expect(!cli.files().contains { $0.hasPrefix("out/") })
    }

    /// A child's id written as a long sentence: the fix that joins its words echoed the whole sentence (a line of
    /// 901 characters); it is cut short like every echo of case text.
    @Test func aLongIdWithSpacesIsEchoedShort() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let name = "id-with-spaces-long-fix.yaml"
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(name), to: cli.folder.appendingPathComponent(name))
        let r = try cli.run(["render", name, "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("join the words"))
        #expect(r.stderr.split(separator: "\n").allSatisfy { $0.count <= 300 }, "\(r.stderr.prefix(600))")
    }

    /// A name of 128 letters does not fit under the family picture: the message points at the name, not at "the
    /// picture on the page".
    @Test func aNameTooLongForThePicturePointsAtTheName() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let name = "names-under-a-picture.yaml"
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(name), to: cli.folder.appendingPathComponent(name))
        let r = try cli.run(["render", name, "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("hearth: error: \(name):52:13: people[1].called (the picture on the page \"My family\"): "), "\(r.stderr)")
        #expect(r.stderr.contains("has no place to break the line"), "\(r.stderr)")
    }
}
