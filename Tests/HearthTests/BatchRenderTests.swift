import Foundation
import Testing

/// `hearth render` with several case files or a folder: every good case is written, every bad one is reported
/// with its problems, and two cases never write over each other.
struct BatchRenderTests {
    func minimal(_ name: String) -> String {
        """
        hearth: 1
        children:
          - id: child
            name: \(name)
            age: 7
        three_houses:
          - child: child
            date: 2026-03-12
            worries:
              - When Mummy and Daddy shout I hide under my bed.
            good_things:
              - My dog.
            dreams:
              - I want to be a vet.

        """
    }

    @Test func aFolderOfCasesIsRenderedIntoOneFolder() throws {
        let cli = try CLI()
        defer { cli.remove() }
        for name in ["Mia", "Leo", "Zofia"] { _ = try cli.write("cases/\(name.lowercased()).yaml", minimal(name)) }
        _ = try cli.write("cases/notes.txt", "not a case")
        let r = try cli.run(["render", "cases", "-o", "out/", "--jobs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        for name in ["mia", "leo", "zofia"] {
            #expect(cli.files().contains("out/\(name)-three-houses.pdf"))
        }
        // Results are reported in the order the cases were found, whichever worker finished first.
        let written = r.stdout.split(separator: "\n").map { String($0.split(separator: " ")[1]) }
        #expect(written == ["out/leo-three-houses.pdf", "out/mia-three-houses.pdf", "out/zofia-three-houses.pdf"])
    }

    @Test func aBadCaseIsReportedAndTheOthersAreStillWritten() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("cases/mia.yaml", minimal("Mia"))
        _ = try cli.write("cases/leo.yaml", minimal("Leo").replacingOccurrences(of: "good_things:", with: "good_thngs:"))
        let r = try cli.run(["render", "cases", "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("leo.yaml:11:5"), "\(r.stderr)")
        #expect(r.stderr.contains("1 of 2 case files had problems"))
        #expect(cli.files().contains("out/mia-three-houses.pdf"))
        #expect(!cli.files().contains("out/leo-three-houses.pdf"))
    }

    @Test func twoCasesThatWouldWriteTheSameFileWriteNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("a/mia.yaml", minimal("Mia"))
        _ = try cli.write("b/mia.yaml", minimal("Mia Jones"))
        let r = try cli.run(["render", "a/mia.yaml", "b/mia.yaml", "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("would both write"), "\(r.stderr)")
        #expect(!cli.files().contains { $0.hasPrefix("out") })
    }

    @Test func oneOutputFileForManyCasesIsRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", minimal("Mia"))
        _ = try cli.write("leo.yaml", minimal("Leo"))
        let r = try cli.run(["render", "mia.yaml", "leo.yaml", "-o", "both.pdf"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("fix: give a folder with -o"), "\(r.stderr)")
        #expect(cli.files() == ["leo.yaml", "mia.yaml"])
        let missing = try cli.run(["render", "nowhere/"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere/: no such file or folder"))
    }

    @Test func manyWorkersWriteTheSameBytesAsOne() throws {
        let cli = try CLI()
        defer { cli.remove() }
        for name in ["Mia", "Leo", "Ama", "Ola"] { _ = try cli.write("cases/\(name.lowercased()).yaml", minimal(name)) }
        #expect(try cli.run(["render", "cases", "-o", "one/", "--jobs", "1"]).status == 0)
        #expect(try cli.run(["render", "cases", "-o", "four/", "--jobs", "4"]).status == 0)
        for name in ["mia", "leo", "ama", "ola"] {
            let a = try Data(contentsOf: cli.folder.appendingPathComponent("one/\(name)-three-houses.pdf"))
            let b = try Data(contentsOf: cli.folder.appendingPathComponent("four/\(name)-three-houses.pdf"))
            #expect(a == b, "\(name)")
        }
    }
}
