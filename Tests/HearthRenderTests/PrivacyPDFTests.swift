import Foundation
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth

/// Nothing private reaches a document a child keeps. An address, a postcode, a phone number and a protected
/// person's name are planted, one text field at a time, in every text field of a case; each render must either be
/// refused with a problem at that field's line, or give PDFs whose text (read back by poppler) and metadata hold
/// none of them.
struct PrivacyPDFTests {
    /// Every text field a case can carry, with a marker the plant replaces. `true`: the child's documents print
    /// this field, so planting a private value there must be refused.
    static let fields: [(marker: String, printed: Bool)] = [
        ("@AUTHOR", true), ("@CASE_TITLE", false), ("@STORY_TITLE", true), ("@SAY", true), ("@THINK", true),
        ("@HARM_TEXT", false), ("@HARM_CHILD", true), ("@WORRY_TEXT", false), ("@WORRY_CHILD", true),
        ("@COMPLICATING", false), ("@WELL_TEXT", false), ("@WELL_CHILD", true), ("@GOAL_TEXT", false),
        ("@GOAL_CHILD", true), ("@NEXT_TEXT", false), ("@NEXT_CHILD", true), ("@ABOUT_TEXT", false),
        ("@ABOUT_CHILD", true), ("@SAYS_TEXT", false), ("@SAYS_CHILD", true), ("@DECIDED_TEXT", false),
        ("@DECIDED_CHILD", true), ("@RULE_TEXT", false), ("@RULE_CHILD", true), ("@WARNING", false),
        ("@IF_NOT", false), ("@JOB_TEXT", false), ("@JOB_CHILD", true), ("@TALK_HOW", true), ("@PAGE_TEXT", true),
        ("@HOUSE_WORRY", true), ("@HOUSE_DREAM", true), ("@RECORDED_BY", true), ("@QUESTION", true),
        ("@RELATION", false), ("@HISTORY_TEXT", false), ("@HISTORY_CHILD", true),
    ]

    static let template = """
        hearth: 1
        case:
          author: "@AUTHOR"
          title: "@CASE_TITLE"
        children:
          - { id: amira, name: Amira Khan, called: Amira, age: 6 }
        people:
          - { id: mum, name: Samia Khan, called: Mummy, relation: mum, network: yes }
          - { id: dad, name: Tariq Khan, called: Daddy, relation: dad, not_safe: yes }
          - { id: gary, name: Gary Pemberton, called: Uncle G, relation: "@RELATION", network: yes, private: yes }
          - { id: sam, name: Sam Okafor, called: Sam, role: social-worker }
        private:
          - 14 Rowan Close
          - LS6 2AB
          - +44 113 496 0000
        pictures:
          talking:
            place: home
            people: [amira, mum, gary]
            say: { mum: "@SAY" }
            think: { amira: "@THINK" }
        story:
          title: "@STORY_TITLE"
        history:
          - text: "@HISTORY_TEXT"
            child: "@HISTORY_CHILD"
            who: [mum]
        map:
          harm:
            - text: "@HARM_TEXT"
              child: "@HARM_CHILD"
              who: [dad]
          worries:
            - text: "@WORRY_TEXT"
              child: "@WORRY_CHILD"
              worried: [sam]
          complicating:
            - "@COMPLICATING"
          working_well:
            - text: "@WELL_TEXT"
              child: "@WELL_CHILD"
              picture: talking
          goals:
            - text: "@GOAL_TEXT"
              child: "@GOAL_CHILD"
          next_steps:
            - text: "@NEXT_TEXT"
              child: "@NEXT_CHILD"
        disputes:
          - about:
              text: "@ABOUT_TEXT"
              child: "@ABOUT_CHILD"
            says:
              mum:
                text: "@SAYS_TEXT"
                child: "@SAYS_CHILD"
            decided:
              by: judge
              text: "@DECIDED_TEXT"
              child: "@DECIDED_CHILD"
        safety_plan:
          rules:
            - rule: "@RULE_TEXT"
              child: "@RULE_CHILD"
              who: [mum, gary]
          warning_signs:
            - "@WARNING"
          if_not_working:
            - "@IF_NOT"
          network:
            - who: mum
              job:
                text: "@JOB_TEXT"
                child: "@JOB_CHILD"
          talk_to:
            - who: mum
              how: "@TALK_HOW"
        pages:
          close:
            text:
              - "@PAGE_TEXT"
        three_houses:
          - child: amira
            recorded_by: "@RECORDED_BY"
            questions:
              - "@QUESTION"
            worries:
              - "@HOUSE_WORRY"
            dreams:
              - "@HOUSE_DREAM"
        output:
          documents: [words-and-pictures, three-houses]

        """

    /// Written the ways people write them: other capitals, other spacing, a national number for an international one,
    /// and the protected person's full name.
    static let plant = "We live at 14 rowan close, ls6 2ab. Ring 0113-496-0000. Gary Pemberton."
    /// What must never be found in a child's PDF, letters and digits only.
    static let forbidden = ["rowanclose", "ls62ab", "01134960000", "gary", "pemberton"]

    static func caseText(planting marker: String?) -> String {
        var text = template
        for (other, _) in fields where other != marker {
            text = text.replacingOccurrences(of: "\"\(other)\"", with: "\"\(benign(other))\"")
        }
        if let marker { text = text.replacingOccurrences(of: "\"\(marker)\"", with: "\"\(plant)\"") }
        return text
    }

    static func benign(_ marker: String) -> String {
        switch marker {
        case "@AUTHOR": "Sam Okafor, social worker"
        case "@STORY_TITLE", "@CASE_TITLE": "Amira's story"
        case "@SAY", "@THINK": "We are safe now"
        case "@RELATION": "uncle"
        case "@TALK_HOW": "Tell Mummy"
        case "@RECORDED_BY": "Sam Okafor"
        case "@QUESTION": "What are you worried about?"
        default: "Amira is safe with Mummy."
        }
    }

    static func letters(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// The line a marker is on in the template.
    static func line(of marker: String) -> Int {
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains("\"\(marker)\"") } ?? -1) + 1
    }

    /// Renders a case to PDFs in memory: the files, or the problems that stopped it.
    static func render(_ yaml: String, draft: Bool = false) throws -> Result<[[UInt8]], HearthError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-privacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("case.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        let bench = try Workbench(resources: Resources(root: Repo.root))
        do {
            let docs = try bench.documents(for: try bench.load(url), at: url, draft: draft)
            var pdfs: [[UInt8]] = []
            for doc in docs { pdfs.append(try bench.encode(doc, as: .pdf)[0].bytes) }
            return .success(pdfs)
        } catch {
            return .failure(error)
        }
    }

    /// Everything poppler reads from a PDF: its text and its metadata.
    static func everything(_ pdf: [UInt8]) throws -> String {
        try Poppler.text(pdf) + "\n" + Poppler.run("pdfinfo", ["PDF"], pdf: pdf)
    }

    @Test(.needsPoppler) func theCaseWithNothingPlantedRendersBothDocuments() throws {
        let pdfs = try Self.render(Self.caseText(planting: nil)).get()
        #expect(pdfs.count == 2)
        for pdf in pdfs { #expect(Self.letters(try Self.everything(pdf)).contains("amira")) }
        #expect(Self.letters(try Self.everything(pdfs[0])).contains("uncleg"), "the protected person is named as the child calls them")
    }

    @Test(.needsPoppler, arguments: fields.map(\.marker))
    func nothingPlantedReachesAChildsPDF(_ marker: String) throws {
        let printed = Self.fields.first { $0.marker == marker }?.printed ?? true
        try Self.expectNothingPlanted(
            try Self.render(Self.caseText(planting: marker)), printed: printed, marker: marker, line: Self.line(of: marker),
            document: "a child's PDF")
    }

    /// What every privacy suite asks of a case with a private value planted at `marker`: refused at that line with a
    /// fix when the document prints the field (`printed`), else rendered with no forbidden value in any PDF.
    static func expectNothingPlanted(
        _ result: Result<[[UInt8]], HearthError>, printed: Bool, marker: String, line: Int, document: String
    ) throws {
        switch result {
        case .failure(let error):
            #expect(printed, "a field \(document) never prints was refused: \(error)")
            guard case .caseFile(let problems) = error else {
                Issue.record("expected problems in the case file, found \(error)")
                return
            }
            #expect(problems.diagnostics.contains { $0.location?.line == line }, "no problem points at line \(line): \(problems)")
            #expect(problems.diagnostics.allSatisfy { $0.fix?.isEmpty == false })
        case .success(let pdfs):
            #expect(!printed, "planted in \(marker), which \(document) prints, and not refused")
            for pdf in pdfs {
                let text = letters(try everything(pdf))
                for value in forbidden {
                    #expect(!text.contains(value), "'\(value)' reached \(document) from \(marker)")
                }
            }
        }
    }

    /// Without the `private:` list, a professional wording's address still never reaches the child: the story
    /// prints only child wording.
    @Test(.needsPoppler) func professionalWordingNeverPrintsEvenWhenNothingIsMarkedPrivate() throws {
        var yaml = Self.caseText(planting: "@HARM_TEXT")
        yaml = yaml.replacingOccurrences(of: "private: yes", with: "private: no")
            .replacingOccurrences(of: "private:\n  - 14 Rowan Close\n  - LS6 2AB\n  - +44 113 496 0000\n", with: "")
        let pdfs = try Self.render(yaml).get()
        for pdf in pdfs {
            let text = Self.letters(try Self.everything(pdf))
            for value in Self.forbidden { #expect(!text.contains(value)) }
        }
    }

    /// A draft prints professional wording, so a private value in it is refused there too.
    @Test func aDraftStillRefusesAPrivateValue() throws {
        let yaml = Self.caseText(planting: "@HARM_TEXT").replacingOccurrences(
            of: "      child: \"\(Self.benign("@HARM_CHILD"))\"\n      who: [dad]", with: "      who: [dad]")
        #expect(!yaml.contains("@HARM_CHILD"))
        guard case .failure(.caseFile(let problems)) = try Self.render(yaml, draft: true) else {
            Issue.record("a draft printing a private value was not refused")
            return
        }
        #expect(problems.diagnostics.contains { $0.message.contains("'LS6 2AB' is marked private (line 14)") })
        #expect(problems.diagnostics.contains { $0.location?.line == Self.line(of: "@HARM_TEXT") })
    }
}
