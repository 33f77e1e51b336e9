import ArgumentParser
import Foundation
import Hearth
import HearthCompose
import HearthFrame
import HearthModel

/// `hearth blank`: empty worksheets for live sessions and trainers' handouts.
struct BlankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blank",
        abstract: "Render a blank worksheet to fill in by hand.",
        discussion: """
            Examples:
              hearth blank three-houses -o houses.pdf
              hearth blank three-houses --child Mia --paper a3 -o mia-houses.pdf
              hearth blank three-houses --child-names-houses -o houses.pdf
              hearth blank three-houses --order good,worries,dreams --questions -o houses.pdf
              hearth blank three-houses --lines -o houses-with-lines.pdf
              hearth blank three-houses --language pl -o domki.pdf
              hearth blank safety-scale -o scale.pdf
              hearth blank safety-house --child Mia -o mia-safety-house.pdf
              hearth blank fairy-wizard --helper wizard -o wizard.pdf
              hearth blank safety-circles --paper a3 -o circles.pdf
              hearth blank safety-plan -o plan.pdf
              hearth blank my-safety-plan -o card.pdf
              hearth blank my-safety-plan --wallet -o wallet-cards.pdf

            The worksheets for the child (three-houses, safety-scale, safety-house, fairy-wizard, safety-circles) are on
            A4 landscape unless --paper says otherwise.
            safety-plan: the family's plan on A4 portrait (Letter with --paper letter).
            my-safety-plan: the child's card on A5 (A4 with --paper a4, Letter with --paper letter); with --wallet,
            eight wallet cards to cut out on one A4 (or Letter) sheet.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case threeHouses = "three-houses"
        case safetyScale = "safety-scale"
        case safetyHouse = "safety-house"
        case fairyWizard = "fairy-wizard"
        case safetyCircles = "safety-circles"
        case safetyPlan = "safety-plan"
        case mySafetyPlan = "my-safety-plan"

        /// The sheets a child's name may head.
        var takesAChildsName: Bool { ![.safetyPlan, .mySafetyPlan].contains(self) }
    }

    enum Helper: String, ExpressibleByArgument, CaseIterable {
        case fairy, wizard
    }

    @Argument(help: "The worksheet: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind

    @OptionGroup var out: OutputOptions

    @Option(help: "A child's name for the heading (\"Mia's Three Houses\").")
    var child: String?

    @Option(help: "a4-landscape, a4, a3, letter-landscape or letter (default: the worksheet's own paper).")
    var paper: Paper?

    @Flag(help: "my-safety-plan only: a sheet of eight wallet cards to cut out, instead of the full page.")
    var wallet = false

    @Option(help: "The language of the printed words, as a code: en-GB (the default), cy, pl, ro, pa, ur, pt, es, ar, bn, gu or so.")
    var language: String = "en-GB"

    @Flag(help: "Leave the signs on the roofs empty, so the child can give each house its own name.")
    var childNamesHouses = false

    @Flag(help: "three-houses only: writing lines in the houses (without them each house is open space to draw in).")
    var lines = false

    @Flag(help: "three-houses only: the usual questions at the foot of the page, for the worker (never in the houses).")
    var questions = false

    @Option(help: "three-houses only: the houses from left to right as the child chooses, e.g. good,worries,dreams.")
    var order: String?

    @Option(help: "For fairy-wizard: the helper the child chose (fairy or wizard); without it both are shown.")
    var helper: Helper?

    func validate() throws {
        if wallet && kind != .mySafetyPlan { throw ValidationError("--wallet is for my-safety-plan only") }
        if childNamesHouses && kind != .threeHouses { throw ValidationError("--child-names-houses is for three-houses only") }
        for (used, flag) in [(lines, "--lines"), (questions, "--questions"), (order != nil, "--order")] where used && kind != .threeHouses {
            throw ValidationError("\(flag) is for three-houses only")
        }
        if let order, case .failure(let problem) = ThreeHousesBlankStyle.order(order) {
            throw ValidationError("--order \(order): \(problem)")
        }
        if child != nil && !kind.takesAChildsName {
            throw ValidationError("--child is for the child's worksheets; a blank \(kind.rawValue) carries no names")
        }
        if helper != nil && kind != .fairyWizard { throw ValidationError("--helper is for fairy-wizard only") }
    }

    func run() throws {
        try Console.run {
            let bench = try Workbench(resources: try Resources.locate())
            let name = child.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            let (code, note) = try Workbench.language(language)
            if let note { Console.printWarning(note) }
            let frames: FrameDocument
            var printing: String? = nil
            switch kind {
            case .threeHouses:
                let houses = order.flatMap { try? ThreeHousesBlankStyle.order($0).get() }
                frames = try bench.blankThreeHouses(
                    childName: name, paper: paper ?? .a4Landscape, childNamesHouses: childNamesHouses, language: code,
                    style: ThreeHousesBlankStyle(lines: lines, questions: questions, order: houses ?? House.allCases))
            case .safetyScale, .safetyHouse, .fairyWizard, .safetyCircles:
                frames = try bench.blankSafetyTool(
                    DocumentKind(rawValue: kind.rawValue) ?? .safetyScale, childName: name, paper: paper ?? .a4Landscape,
                    helper: helper.flatMap { MagicHelper(rawValue: $0.rawValue) }, language: code)
            case .safetyPlan:
                frames = try bench.blankFamilyPlan(paper: paper ?? .a4Portrait, language: code)
            case .mySafetyPlan:
                frames = try bench.blankSafetyCard(paper: paper, wallet: wallet, language: code)
                if wallet { printing = Workbench.walletPrinting }
            }
            let document = Workbench.Document(name: "\(kind.rawValue)-blank\(wallet ? "-wallet" : "")", frames: frames, printing: printing)
            let files = try bench.encode(document, as: out.format, dpi: out.dpi)
            try Console.write(
                files, to: out.output, defaultFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                format: out.format, protected: [])
        }
    }
}
