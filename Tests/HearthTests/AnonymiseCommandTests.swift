import Foundation
import HearthTestSupport
import Testing

/// `hearth anonymise` makes a training copy that renders the same documents with nothing that identifies the
/// family: a case full of planted identifiers is anonymised, rendered, and its PDF searched for each of them.
struct AnonymiseCommandTests {
    /// A case with names, numbers, an address, a postcode, a school and dates in every kind of field.
    static let planted = """
        hearth: 1
        case:
          author: Rebecca Okonjo, social worker
        story:
          children: [kayden]
          date: 2026-03-12
          review: 2026-06-04
        children:
          - id: kayden
            name: Kayden Wojcik-Brennan
            called: Kayden
            age: 6
            pronouns: he/him
        people:
          - id: mum
            name: Agnieszka Wojcik
            called: Mummy
            relation: mum
            network: yes
          - id: nanna_bernadette
            name: Bernadette Brennan
            called: Nanna Bernadette
            relation: grandmother (Mummy's mum)
            network: yes
          - id: teacher
            name: Delphine Haworth
            called: Mrs Haworth
            relation: Kayden's teacher
            role: teacher
            network: yes
        three_houses:
          - child: kayden
            date: 2026-03-12
            recorded_by: Rebecca Okonjo (social worker)
            worries:
              - I don't like it when Nanna Bernadette's phone rings at night.
              - My friend Oluwaseun moved away from 14 Thistlewood Road.
            good_things:
              - I go to St Winifred's Primary School with Mrs Haworth.
              - Kayden's birthday party was on 3 March 2026.
            dreams:
              - I want to live near Nanna Bernadette in DN17 4QX.
        safety_plan:
          rules:
            - rule: Agnieszka phones Bernadette every evening.
              child: Mummy phones Nanna Bernadette every evening.
              who: [nanna_bernadette]
              phone: 07912 345678
            - rule: Agnieszka and Kayden stay at Flat 2, Quarry Bank House, and Bernadette visits there.
              child: Nanna Bernadette comes to see us every day.
              who: [nanna_bernadette]
          talk_to:
            - who: nanna_bernadette
              how: phone Nanna Bernadette on 01652 223344
            - how: phone Childline on 0800 1111
        private:
          - Flat 2, Quarry Bank House
        output:
          documents: [three-houses, words-and-pictures]

        """

    static let identifiers = [
        "Rebecca", "Okonjo", "Kayden", "kayden", "Wojcik", "Brennan", "Agnieszka", "Bernadette", "bernadette", "Delphine",
        "Haworth", "Oluwaseun", "Thistlewood", "Winifred", "DN17", "4QX", "Quarry", "07912", "345678", "01652", "223344", "2026-03-12",
    ]

    func anonymise(_ cli: CLI, _ name: String, _ args: [String] = []) throws -> CLI.Result {
        try cli.run(["anonymise", name, "-o", "copy.yaml"] + args)
    }

    func pdfText(_ url: URL) throws -> String {
        try ExternalTool.output("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    }

    @Test(.needsPoppler) func noPlantedIdentifierReachesTheCopyOrItsDocuments() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("real.yaml", Self.planted)
        let r = try anonymise(cli, "real.yaml")
        #expect(r.status == 0, "\(r.stderr)")
        let copy = try String(contentsOf: cli.folder.appendingPathComponent("copy.yaml"), encoding: .utf8)
        for identifier in Self.identifiers { #expect(!copy.contains(identifier), "the copy still holds \(identifier)") }
        // What a family must always be able to ring stays; the child's way of naming people stays.
        #expect(copy.contains("0800 1111"))
        #expect(copy.contains("Nanna ") && copy.contains("Mrs "))
        #expect(copy.contains("age: 6"))
        let rendered = try cli.run(["render", "copy.yaml", "-o", "out/"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let pdfs = cli.files().filter { $0.hasPrefix("out/") && $0.hasSuffix(".pdf") }
        #expect(pdfs.count == 2, "\(pdfs)")
        for pdf in pdfs {
            let text = try pdfText(cli.folder.appendingPathComponent(pdf))
            #expect(text.count > 200)
            for identifier in Self.identifiers { #expect(!text.contains(identifier), "\(pdf) prints \(identifier)") }
        }
    }

    @Test func everyReplacementIsListedAtItsLineAndDatesMoveByWholeWeeks() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("real.yaml", Self.planted)
        let r = try anonymise(cli, "real.yaml", ["--report", "changes.txt"])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try String(contentsOf: cli.folder.appendingPathComponent("changes.txt"), encoding: .utf8)
        #expect(report.contains("real.yaml:3:11: case.author: author 'Rebecca Okonjo, social worker' → 'a social worker'"))
        #expect(report.contains("real.yaml:10:11: children[0].name: name 'Kayden Wojcik-Brennan' → '"))
        #expect(report.contains("phone number '07912 345678' → '07700 900"))
        #expect(report.contains("phone number '01652 223344' → '020 7946 0"))
        #expect(report.contains("postcode 'DN17 4QX' → 'ZZ99 "))
        #expect(report.contains("school 'St Winifred's Primary School' → '"))
        #expect(report.contains("private value 'Flat 2, Quarry Bank House' → '"))
        let copy = try String(contentsOf: cli.folder.appendingPathComponent("copy.yaml"), encoding: .utf8)
        let dates = copy.matches(of: /date: (\d{4})-(\d{2})-(\d{2})/).map { m in
            DateComponents(calendar: Calendar(identifier: .gregorian), year: Int(m.1), month: Int(m.2), day: Int(m.3)).date!
        }
        #expect(dates.count == 2)
        let original = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2026, month: 3, day: 12).date!
        for date in dates {
            let days = Int((date.timeIntervalSince(original) / 86_400).rounded())
            #expect(days != 0 && days % 7 == 0, "moved \(days) days")
        }
    }

    @Test func theSameCaseAlwaysGivesTheSameCopy() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("real.yaml", Self.planted)
        #expect(try anonymise(cli, "real.yaml").status == 0)
        let first = try Data(contentsOf: cli.folder.appendingPathComponent("copy.yaml"))
        #expect(try cli.run(["anonymise", "real.yaml", "-o", "again.yaml"]).status == 0)
        #expect(try Data(contentsOf: cli.folder.appendingPathComponent("again.yaml")) == first)
    }

    @Test func wordsItCannotBeSureOfAreWarningsAtTheirLineAndErrorsWithStrict() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("real.yaml", Self.planted.replacingOccurrences(
            of: "  - I want to live near Nanna Bernadette in DN17 4QX.", with: "  - I want to go back to Scunthorpe one day."))
        let r = try anonymise(cli, "real.yaml")
        #expect(r.status == 0)
        #expect(r.stderr.contains("hearth: warning: copy.yaml:"), "\(r.stderr)")
        #expect(r.stderr.contains("'Scunthorpe' may be a name or a place that identifies the family"))
        try FileManager.default.removeItem(at: cli.folder.appendingPathComponent("copy.yaml"))
        let strict = try anonymise(cli, "real.yaml", ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("hearth: error: copy.yaml:"))
        #expect(!cli.files().contains("copy.yaml"), "nothing is written with --strict")
    }

    @Test func theCopyNeverReplacesTheCaseAndARefusedCaseWritesNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("real.yaml", Self.planted)
        let same = try cli.run(["anonymise", "real.yaml", "-o", "real.yaml"])
        #expect(same.status == 1)
        #expect(try String(contentsOf: cli.folder.appendingPathComponent("real.yaml"), encoding: .utf8) == Self.planted)
        _ = try cli.write("broken.yaml", Self.planted.replacingOccurrences(of: "age: 6", with: "age: six"))
        let broken = try cli.run(["anonymise", "broken.yaml", "-o", "copy.yaml"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("broken.yaml:12:10: children[0].age"), "\(broken.stderr)")
        #expect(!cli.files().contains("copy.yaml"))
    }

    @Test(.needsPoppler) func drawingsAreLeftOutUnlessKeptAndThenStillFoundFromAnotherFolder() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let mia = CLI.root.appendingPathComponent("Examples/mia.yaml").path
        #expect(try cli.run(["anonymise", mia, "-o", "plain.yaml"]).status == 0)
        let plain = try String(contentsOf: cli.folder.appendingPathComponent("plain.yaml"), encoding: .utf8)
        #expect(!plain.contains("drawings:") && !plain.contains("biscuit"))
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("training"), withIntermediateDirectories: true)
        #expect(try cli.run(["anonymise", mia, "-o", "training/kept.yaml", "--keep-drawings"]).status == 0)
        let rendered = try cli.run(["render", "training/kept.yaml", "-o", "out/"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let pdf = try #require(cli.files().first { $0.hasPrefix("out/") && $0.hasSuffix(".pdf") })
        let images = try ExternalTool.output("pdfimages", ["-list", cli.folder.appendingPathComponent(pdf).path])
        #expect(images.split(separator: "\n").count >= 4, "the two drawings are in the PDF: \(images)")
    }

    @Test(.needsPoppler, arguments: [
        "amira-domestic-abuse", "amira-safety-card", "ayesha-urdu", "ayesha-urdu-story", "baby-kai-injury",
        "jayden-mums-low-days", "leo-long-answers", "mia", "oakley-drinking", "oakley-safety-plan", "rahim-bengali",
        "reid-sisters", "ruby-safety-circles", "ruby-safety-house", "ruby-safety-scale", "theo-fairy-wizard", "zofia-polish",
    ])
    func everyExampleAnonymisesAndRenders(_ example: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let source = CLI.root.appendingPathComponent("Examples/\(example).yaml")
        let r = try cli.run(["anonymise", source.path, "-o", "copy.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        let rendered = try cli.run(["render", "copy.yaml", "-o", "out/"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        // Every child's and person's name is gone from the documents.
        let original = try String(contentsOf: source, encoding: .utf8)
        var names: [String] = []
        for line in original.split(separator: "\n") where line.hasPrefix("    name: ") {
            let words = line.dropFirst(10).split(whereSeparator: { $0 == " " || $0 == "-" })
            names += words.map(String.init).filter { $0.count > 2 }
        }
        #expect(!names.isEmpty)
        // Nor is any of their phone numbers (a helpline stays).
        let numbers = original.matches(of: /0\d{4} ?\d{6}|0\d{3} ?\d{3} ?\d{4}/).map { String($0.output) }
            .filter { !["08001111", "08088005000", "08082000247"].contains($0.filter(\.isNumber)) }
        for pdf in cli.files().filter({ $0.hasSuffix(".pdf") }) {
            let text = try pdfText(cli.folder.appendingPathComponent(pdf))
            for name in names { #expect(!text.contains(name), "\(example): \(pdf) prints \(name)") }
            for number in numbers { #expect(!text.contains(number), "\(example): \(pdf) prints \(number)") }
        }
    }
}
