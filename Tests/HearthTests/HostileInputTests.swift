import Foundation
import Testing

/// Inputs that are not what they claim (a pipe named like a drawing, a photo header claiming four billion pixels,
/// a file cut short, text named .png, an enormous case file) and an output name that is a link: each stops the
/// command quickly with exit 1, a message naming the file, the place in the case and what to do, and no file.
struct HostileInputTests {
    static let caseText = """
        hearth: 1
        children:
          - id: mia
            name: Mia Thompson
            age: 7
        three_houses:
          - child: mia
            date: 2026-03-12
            worries: [When Mummy and Daddy shout I hide under my bed.]
            good_things: [Biscuit my dog.]
            dreams: [I want to be a vet.]
            drawings:
              good_things: drawings/picture.png

        """

    static var biscuit: [UInt8] {
        get throws { Array(try Data(contentsOf: CLI.root.appendingPathComponent("Examples/drawings/biscuit.jpg"))) }
    }

    /// Renders the case with `drawing` in place of its picture; returns the result and the files made.
    func render(drawing: (URL) throws -> Void) throws -> (CLI.Result, [String]) {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", Self.caseText)
        let folder = cli.folder.appendingPathComponent("drawings")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try drawing(folder.appendingPathComponent("picture.png"))
        let r = try cli.run(["render", "mia.yaml", "-o", "out/"])
        return (r, cli.files().filter { $0.hasPrefix("out") })
    }

    func expectRefused(_ r: CLI.Result, _ written: [String], saying words: String, fix: String) {
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("hearth: error: mia.yaml:13:20: three_houses[0].drawings.good_things: the drawing drawings/picture.png \(words)"), "\(r.stderr)")
        #expect(r.stderr.contains("  fix: \(fix)"), "\(r.stderr)")
        #expect(!r.stderr.contains("Fatal") && !r.stderr.contains("gdk") && !r.stderr.contains("GLib"), "\(r.stderr)")
        #expect(written.isEmpty, "\(written)")
        #expect(r.stdout.isEmpty)
    }

    @Test func aPipeNamedAsADrawingIsRefusedWithoutWaiting() throws {
        let started = Date()
        let (r, written) = try render { url in #expect(mkfifo(url.path, 0o600) == 0) }
        expectRefused(r, written, saying: "is a named pipe, not a file", fix: "name the picture file itself")
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func aFolderNamedAsADrawingIsRefused() throws {
        let (r, written) = try render { url in try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        expectRefused(r, written, saying: "is a folder, not a file", fix: "name the picture file itself")
    }

    @Test func aDeviceNamedAsADrawingIsRefusedWithoutReadingIt() throws {
        let (r, written) = try render { url in
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/dev/zero")
        }
        expectRefused(r, written, saying: "is a device, not a file", fix: "name the picture file itself")
    }

    @Test func aDrawingFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws {
        let (r, written) = try render { url in
            // A sparse file: 30 MB by its size, nothing on disk.
            #expect(FileManager.default.createFile(atPath: url.path, contents: Data([0x89, 0x50, 0x4E, 0x47])))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 30 * 1024 * 1024)
            try handle.close()
        }
        expectRefused(
            r, written, saying: "is 30 MB, more than the 25 MB Hearth reads", fix: "make a smaller copy of the picture")
    }

    @Test func aJPEGClaimingHugeDimensionsIsRefusedBeforeDecoding() throws {
        var bytes = try Self.biscuit
        let sof = try #require((2..<bytes.count - 9).first { bytes[$0] == 0xFF && [0xC0, 0xC2].contains(bytes[$0 + 1]) })
        bytes[sof + 5] = 0xFF; bytes[sof + 6] = 0xDC  // height 65,500
        bytes[sof + 7] = 0xFF; bytes[sof + 8] = 0xDC  // width 65,500
        let started = Date()
        let (r, written) = try render { url in try Data(bytes).write(to: url) }
        expectRefused(
            r, written, saying: "says it is 65500 × 65500 pixels, more than the 40 megapixels Hearth opens",
            fix: "make a smaller copy of the picture")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aTruncatedJPEGIsAnErrorNotAGreyPicture() throws {
        let bytes = try Self.biscuit
        let (r, written) = try render { url in try Data(bytes.prefix(bytes.count / 3)).write(to: url) }
        expectRefused(r, written, saying: "is cut short: the file ends before the picture does", fix: "copy or scan the drawing again")
    }

    @Test func aTruncatedPNGIsAnError() throws {
        let png = try Data(contentsOf: CLI.root.appendingPathComponent("Examples/drawings/storm.png"))
        let (r, written) = try render { url in try png.prefix(png.count / 2).write(to: url) }
        expectRefused(r, written, saying: "is cut short", fix: "copy or scan the drawing again")
    }

    @Test func aPNGWithDamagedPixelsIsAnError() throws {
        var png = Array(try Data(contentsOf: CLI.root.appendingPathComponent("Examples/drawings/storm.png")))
        let idat = try #require((0..<png.count - 4).first { Array(png[$0..<$0 + 4]) == Array("IDAT".utf8) })
        for i in idat + 20..<idat + 400 { png[i] ^= 0x5A }
        let (r, written) = try render { url in try Data(png).write(to: url) }
        expectRefused(r, written, saying: "is damaged: it could not be read as a PNG picture", fix: "open the drawing in a picture viewer, save a fresh copy as PNG or JPEG")
    }

    @Test func textNamedAsAPNGIsNotAPicture() throws {
        let (r, written) = try render { url in try "not a picture".write(to: url, atomically: true, encoding: .utf8) }
        expectRefused(r, written, saying: "is not a PNG or JPEG picture", fix: "save the drawing as a PNG or JPEG picture")
    }

    @Test func anOutputNameThatIsALinkIsRefusedAndItsTargetKept() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("mia.yaml", Self.caseText.replacingOccurrences(of: "    drawings:\n      good_things: drawings/picture.png\n", with: ""))
        let victim = try cli.write("elsewhere/keep.pdf", "precious")
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: cli.folder.appendingPathComponent("out/mia-three-houses.pdf").path, withDestinationPath: victim.path)
        let r = try cli.run(["render", "mia.yaml", "-o", "out/"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("hearth: error: out/mia-three-houses.pdf is a symbolic link to \(victim.path); Hearth does not write through links"), "\(r.stderr)")
        #expect(r.stderr.contains("  fix: delete the link first, or choose another output name with -o"))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        #expect(cli.files().filter { $0.hasPrefix("out/") } == ["out/mia-three-houses.pdf"])
        let named = try cli.run(["render", "mia.yaml", "-o", "out/mia-three-houses.pdf"])
        #expect(named.status == 1)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
    }

    @Test func aCaseFileThatIsAPipeOrTooLargeIsRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(mkfifo(cli.folder.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let pipe = try cli.run(["render", "pipe.yaml", "-o", "out/"])
        #expect(pipe.status == 1)
        #expect(pipe.stderr.contains("hearth: error: 'pipe.yaml' is a named pipe, not a file"), "\(pipe.stderr)")
        #expect(pipe.stderr.contains("  fix: give the name of the case file itself"))
        _ = try cli.write("big.yaml", "hearth: 1\n" + String(repeating: "# a comment line\n", count: 200_000))
        let big = try cli.run(["render", "big.yaml", "-o", "out/"])
        #expect(big.status == 1)
        #expect(big.stderr.contains("hearth: error: 'big.yaml' is 3 MB, more than the 2 MB Hearth reads"), "\(big.stderr)")
        #expect(big.stderr.contains("  fix: a case file is a few pages of text"))
        #expect(!cli.files().contains { $0.hasPrefix("out") })
    }
}
