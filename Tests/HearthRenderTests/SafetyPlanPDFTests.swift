import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLayout
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth

/// The family's printed safety plan and the child's safety card, rendered from the examples through the whole
/// pipeline and read back with poppler.
struct SafetyPlanPDFTests {
    static func render(_ example: String) throws -> [(name: String, pdf: [UInt8])] {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent(example)
        return try bench.documents(for: try bench.load(url), at: url).map { ($0.name, try bench.encode($0, as: .pdf)[0].bytes) }
    }

    /// Text as one line, spacing and apostrophes evened out, for finding phrases across line breaks.
    static func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(.needsPoppler) func theFamilyPlanListsEveryRuleAndNetworkMemberWithTheirNumbers() throws {
        let url = Repo.examples.appendingPathComponent("oakley-safety-plan.yaml")
        let caseFile = try CaseFileLoader.load(contentsOf: url)
        let docs = try Self.render("oakley-safety-plan.yaml")
        let plan = try #require(docs.first { $0.name.hasSuffix("-safety-plan") })
        let text = Self.flat(try Poppler.text(plan.pdf))
        for rule in caseFile.safetyPlan.rules {
            #expect(text.contains(Self.flat(rule.text)), "rule missing: \(rule.text)")
            if let phone = rule.phone { #expect(text.contains(phone)) }
            if let when = rule.when { #expect(text.contains(Self.flat(when))) }
            if let broken = rule.ifNotKept { #expect(text.contains(Self.flat(broken))) }
        }
        #expect(caseFile.safetyPlan.network.count == 4)
        for member in caseFile.safetyPlan.network {
            let person = try #require(caseFile.person(id: member.who))
            #expect(text.contains(person.name), "\(person.name) missing")
            #expect(text.contains(try #require(member.phone)), "\(person.name)'s number missing")
            if let relation = person.relation { #expect(text.contains(Self.flat(relation))) }
        }
        #expect(text.contains("ring the Emergency Duty Team on 01632 960000"))
        #expect(text.contains("13 May 2026"))
        for worry in caseFile.map.worries { #expect(text.contains(Self.flat(worry.text))) }
        // Every signer's name is printed under a line to sign.
        for id in caseFile.safetyPlan.signedBy { #expect(text.contains(try #require(caseFile.person(id: id)).name)) }
        let info = try Poppler.info(plan.pdf)
        #expect(info["Page size"]?.hasPrefix("595.28 x 841.89 pts") == true)
        #expect((2...5).contains(Int(info["Pages"] ?? "") ?? 0))
        #expect(info["Tagged"] == "yes")
        #expect(info["Title"] == "Safety plan for Oakley and Ruby")
        #expect(info["Subject"] == "The family’s safety plan")
    }

    @Test func eachRuleHasThePictureTheStoryDrawsForIt() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent("oakley-safety-plan.yaml")
        let caseFile = try bench.load(url)
        let strings = try bench.catalogue("en-GB")
        let plan = try FamilyPlanComposer(strings: strings).plan(for: caseFile, file: "oakley-safety-plan.yaml")
        let booklet = try WordsAndPicturesComposer(strings: strings).booklet(for: caseFile, file: "oakley-safety-plan.yaml")
        let storyRules = booklet.pages.filter { $0.section == .rules }.flatMap { [$0.scene].compactMap { $0 } + $0.panels.compactMap(\.scene) }
        let planRules = plan.blocks.compactMap { block -> SceneContent? in
            if case .rule(let rule) = block { return rule.scene }
            return nil
        }
        #expect(planRules.count == caseFile.safetyPlan.rules.count)
        #expect(storyRules.count == planRules.count)
        // The same place, the same people doing the same things (labels may differ: a helper's job is named the
        // first time they appear in each document).
        for (a, b) in zip(storyRules, planRules) {
            #expect(a.place == b.place)
            #expect(a.people.map(\.id) == b.people.map(\.id))
            #expect(a.people.map(\.action) == b.people.map(\.action))
        }
    }

    @Test(.needsPoppler) func theChildsCardsCarryNoneOfTheGrownUpsNumbersOrWording() throws {
        let docs = try Self.render("oakley-safety-plan.yaml")
        let cards = docs.filter { $0.name.contains("my-safety-plan") }
        #expect(cards.map(\.name).sorted() == [
            "oakley-safety-plan-my-safety-plan-oakley", "oakley-safety-plan-my-safety-plan-oakley-wallet",
            "oakley-safety-plan-my-safety-plan-ruby", "oakley-safety-plan-my-safety-plan-ruby-wallet",
        ])
        for card in cards {
            let text = Self.flat(try Poppler.text(card.pdf))
            // Daddy's, Mrs Ahmed's and the duty team's numbers are for the grown-ups only.
            for number in ["07700 900213", "01632 960451", "01632 960000"] { #expect(!text.contains(number), "\(number) on \(card.name)") }
            for name in ["Kieran", "Grace Campbell", "Patricia", "Doyle", "Emergency Duty Team"] { #expect(!text.contains(name)) }
            // The numbers the plan gives the children are there.
            for number in ["07700 900212", "0800 1111", "999"] { #expect(text.contains(number)) }
        }
    }

    @Test(.needsPoppler) func aMinimalCardCarriesExactlyOneNumberAndNoSurnames() throws {
        let docs = try Self.render("amira-safety-card.yaml")
        #expect(docs.map(\.name) == ["amira-safety-card-my-safety-plan", "amira-safety-card-my-safety-plan-wallet"])
        for doc in docs {
            let text = try Poppler.text(doc.pdf)
            let numbers = PhoneNumber.written(in: text, fewestDigits: 3, separators: [" ", "-"])
            #expect(Set(numbers) == ["999"], "\(doc.name): \(numbers)")
            let info = try Poppler.info(doc.pdf)
            let all = text + "\n" + info.values.joined(separator: "\n")
            for word in ["Abdelrahman", "Hassan", "Samia", "Tariq", "Daddy", "Nowak", "Amira", "Larch", "0800"] {
                #expect(!all.contains(word), "'\(word)' on \(doc.name)")
            }
            #expect(info["Author"] == nil)
            #expect(text.contains("Mummy") && text.contains("Auntie Huda"))
        }
        let page = try Poppler.info(docs[0].pdf)
        #expect(page["Page size"]?.hasPrefix("420.94 x 595.28 pts") == true)
    }

    static func amira(_ change: (String) -> String) throws -> Result<[[UInt8]], HearthError> {
        let text = try String(contentsOf: Repo.examples.appendingPathComponent("amira-safety-card.yaml"), encoding: .utf8)
        let changed = change(text)
        #expect(changed != text)
        return try PrivacyPDFTests.render(changed)
    }

    static func line(of needle: String, in change: (String) -> String) throws -> Int {
        let text = change(try String(contentsOf: Repo.examples.appendingPathComponent("amira-safety-card.yaml"), encoding: .utf8))
        return (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) } ?? -2) + 1
    }

    @Test func aMinimalCardRefusesASecondNumberWhereItIsWritten() throws {
        let change = { (t: String) in t.replacingOccurrences(of: "    - I go somewhere safe.", with: "    - I ring Childline on 0800 1111.") }
        guard case .failure(.caseFile(let problems)) = try Self.amira(change) else {
            Issue.record("a minimal card with two numbers was made")
            return
        }
        let line = try Self.line(of: "I ring Childline", in: change)
        #expect(problems.diagnostics.contains { $0.location?.line == line && $0.message.contains("exactly one number (999)") && $0.keyPath == "my_safety_plan.if_unsafe[0]" })
    }

    @Test func aMinimalCardRefusesTheNumbersItWouldTakeFromThePlan() throws {
        let change = { (t: String) in t.replacingOccurrences(of: "  talk_to: [mum, huda, mrs_lewis]\n", with: "") }
        guard case .failure(.caseFile(let problems)) = try Self.amira(change) else {
            Issue.record("a minimal card took Childline's number from safety_plan.talk_to")
            return
        }
        let line = try Self.line(of: "phone: 0800 1111", in: change)
        #expect(problems.diagnostics.map(\.keyPath) == ["safety_plan.talk_to[3].phone"])
        #expect(problems.diagnostics.first?.location?.line == line)
        #expect(problems.diagnostics.first?.fix?.contains("my_safety_plan") == true)
    }

    @Test(arguments: [
        ("If Daddy comes to the house, I ring 999.", "a name of 'dad'"),
        ("I ring 999 and say I am Amira Abdelrahman.", "'Abdelrahman'"),
        ("I go to Mrs Patel at 12 Acacia Avenue.", "looks like an address"),
        ("I go to the shop at LS11 9ZZ.", "looks like a postcode"),
    ])
    func aMinimalCardRefusesWhatCouldLeadSomeoneToTheChild(_ words: String, _ message: String) throws {
        let change = { (t: String) in t.replacingOccurrences(of: "    - I go somewhere safe.", with: "    - \(words)") }
        guard case .failure(.caseFile(let problems)) = try Self.amira(change) else {
            Issue.record("a minimal card printed: \(words)")
            return
        }
        let line = try Self.line(of: words, in: change)
        #expect(problems.diagnostics.contains { $0.location?.line == line && $0.message.contains(message) }, "\(problems)")
    }

    @Test func theSafePlaceIsPrintedOnlyInTheChildsWording() throws {
        let change = { (t: String) in t.replacingOccurrences(of: "    child: I go to my room and close the door.\n", with: "") }
        guard case .failure(.caseFile(let problems)) = try Self.amira(change) else {
            Issue.record("the card printed the professional wording of the safe place")
            return
        }
        #expect(problems.diagnostics.contains { $0.keyPath == "safety_plan.safe_place" && $0.message.contains("no words agreed for the child") })
    }

    // MARK: Blank

    /// Every line a blank prints is one of the fixed words (with its numbers: "Rule 2", "Page 1 of 4"), so no case
    /// data can be on it; and it names no author.
    @Test(.needsPoppler, arguments: ["safety-plan", "my-safety-plan", "my-safety-plan-wallet"])
    func blankSheetsCarryNoCaseData(_ kind: String) throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let frames: FrameDocument = switch kind {
        case "safety-plan": try bench.blankFamilyPlan(paper: .a4Portrait)
        case "my-safety-plan": try bench.blankSafetyCard(paper: nil, wallet: false)
        default: try bench.blankSafetyCard(paper: nil, wallet: true)
        }
        let strings = try bench.catalogue("en-GB")
        let fixed = strings.entries.values.map { entry in
            entry.text.replacingOccurrences(of: "\\{[a-z_]+\\}", with: "", options: .regularExpression).filter { !$0.isNumber }
        }
        var lines = 0
        for page in frames.pages {
            for line in page.textLines {
                let words = line.text.filter { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
                #expect(fixed.contains { $0.contains(words) }, "'\(line.text)' on a blank \(kind) is not one of the fixed words")
                lines += 1
            }
        }
        #expect(lines > 5)
        #expect(frames.metadata.author == nil)
        #expect(frames.metadata.creationDate == "2026-01-01T00:00:00Z")
        let pdf = try bench.encode(Workbench.Document(name: kind, frames: frames), as: .pdf)[0].bytes
        #expect(try Poppler.info(pdf)["Tagged"] == "yes")
    }

    @Test func theBlankPlanFitsFourA4Pages() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let frames = try bench.blankFamilyPlan(paper: .a4Portrait)
        #expect((2...4).contains(frames.pages.count))
        #expect(frames.pages.allSatisfy { $0.size.width < $0.size.height })
    }

    @Test func walletCardsAreEightBankCardsWithCutMarksOutsideThem() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let frames = try bench.blankSafetyCard(paper: nil, wallet: true)
        let page = try #require(frames.pages.first)
        #expect(abs(WalletCardLayout.cardSize.width - 242.65) < 0.01 && abs(WalletCardLayout.cardSize.height - 153.07) < 0.01)
        let titles = page.textLines.filter { $0.text == "My safety card" }
        #expect(titles.count == 8)
        // The block of cards sits inside the sheet, and every card's title inside its card.
        let xs = Set(titles.map { ($0.origin.x * 10).rounded() }), ys = Set(titles.map { ($0.origin.y * 10).rounded() })
        #expect(xs.count == 2 && ys.count == 4)
        #expect(titles.allSatisfy { $0.origin.x > 36 && $0.origin.x + $0.width < page.size.width - 36 })
    }
}

/// A case that asks for the family's plan but has no rules is refused at the line that asks.
struct SafetyPlanWithoutRulesTests {
    @Test func aPlanWithNoRulesIsRefusedWhereItIsAskedFor() throws {
        let yaml = """
            children:
              - { id: mia, name: Mia Example, age: 7 }
            output:
              documents: [safety-plan]

            """
        guard case .failure(.compose(let error)) = try PrivacyPDFTests.render(yaml) else {
            Issue.record("a plan with no rules was made")
            return
        }
        #expect(error.description.contains(":4:15: output.documents[0]: output.documents asks for safety-plan, but the case's safety_plan has no rules"))
        #expect(error.description.contains("fix: add the rules under safety_plan.rules"))
    }
}
