import Foundation
import HearthCompose
import HearthFrame
import HearthLayout
import HearthModel

/// The family's printed safety plan (`safety-plan`) and the child's safety card (`my-safety-plan`), filled from a
/// case or blank.
extension Workbench {
    /// How to print the wallet cards so each comes out at bank-card size.
    public static let walletPrinting =
        "print at actual size (100%, not 'fit to page') so each card is 85.6 × 54 mm, then cut along the marks"

    /// The plan's paper: A4 portrait, or US Letter portrait when the case or the command asks for Letter.
    static func planPaper(_ paper: Paper?) -> Paper {
        paper == .letterPortrait || paper == .letterLandscape ? .letterPortrait : .a4Portrait
    }

    /// The card's page: A5 unless A4 or Letter is asked for.
    static func cardPage(_ paper: Paper?) -> PageSpec {
        switch paper {
        case .a4Portrait?, .a4Landscape?: PageSpec(paper: .a4Portrait)
        case .letterPortrait?, .letterLandscape?: PageSpec(paper: .letterPortrait)
        default: PageSpec(paper: .a5Booklet)
        }
    }

    /// The wallet cards' sheet: A4 portrait, or Letter.
    static func walletPage(_ paper: Paper?) -> PageSpec {
        PageSpec(paper: paper == .letterPortrait || paper == .letterLandscape ? .letterPortrait : .a4Portrait)
    }

    /// The family's plan for a case. It is for the grown-ups, so it prints their names and numbers; a case with no
    /// rules has no plan to print.
    func familyPlan(_ caseFile: CaseFile, at url: URL, paper: Paper?) throws(HearthError) -> Document {
        guard !caseFile.safetyPlan.rules.isEmpty else {
            throw .compose(.noDocuments(
                asked(DocumentKind.safetyPlan, in: caseFile, url: url)
                    + "output.documents asks for safety-plan, but the case's safety_plan has no rules\n"
                    + "  fix: add the rules under safety_plan.rules (see 'hearth new --kind safety-plan'), or remove safety-plan from output.documents"))
        }
        let strings = try catalogue(caseFile.output.language)
        let plan: FamilyPlan
        do { plan = try FamilyPlanComposer(strings: strings).plan(for: caseFile, file: url.lastPathComponent) } catch {
            throw .compose(error)
        }
        let layout = FamilyPlanLayout(measurer: measurer, assets: try pictures(), page: PageSpec(paper: Self.planPaper(paper ?? caseFile.output.paper)))
        let frames: FrameDocument
        do { frames = try layout.layout(plan) } catch { throw .layout(error, in: caseFile) }
        let stem = url.deletingPathExtension().lastPathComponent
        return Document(name: "\(stem)-safety-plan", frames: frames)
    }

    /// The child's card for each child it is for, and a sheet of wallet cards unless the case says not. Every card is
    /// child-facing: words agreed for the child only, nothing private, and a minimal card's rules (see
    /// ``MinimalCardCheck``).
    func safetyCards(_ caseFile: CaseFile, at url: URL, paper: Paper?) throws(HearthError) -> [Document] {
        let strings = try catalogue(caseFile.output.language)
        let composer = SafetyCardComposer(strings: strings)
        let children = SafetyCardComposer.children(of: caseFile)
        let stem = url.deletingPathExtension().lastPathComponent
        let childCheck = ChildFacingCheck(caseFile: caseFile)
        let minimalCheck = MinimalCardCheck(caseFile: caseFile, streetWords: try plainWords().streetWords)
        let chosen = paper ?? caseFile.output.paper
        var out: [Document] = []
        for child in children {
            let card: SafetyCard
            do { card = try composer.card(for: child, in: caseFile) } catch { throw .compose(error) }
            let problems = childCheck.missingChildWording(in: card) + childCheck.privateValues(in: card) + minimalCheck.problems(in: card)
            if !problems.isEmpty { throw .caseFile(CaseFileError(diagnostics: problems)) }
            let suffix = children.count > 1 ? "-\(child.id)" : ""
            let page: FrameDocument
            let assets = try pictures()
            do { page = try SafetyCardLayout(measurer: measurer, assets: assets, page: Self.cardPage(chosen)).layout(card) } catch {
                throw .layout(error, in: caseFile)
            }
            try PrivateFrameCheck(caseFile: caseFile).check(page)
            out.append(Document(name: "\(stem)-my-safety-plan\(suffix)", frames: page))
            guard card.walletCards else { continue }
            let sheet: FrameDocument
            do { sheet = try WalletCardLayout(measurer: measurer, page: Self.walletPage(chosen)).layout(card) } catch {
                throw .layout(error, in: caseFile)
            }
            try PrivateFrameCheck(caseFile: caseFile).check(sheet)
            out.append(Document(name: "\(stem)-my-safety-plan\(suffix)-wallet", frames: sheet, printing: Self.walletPrinting))
        }
        return out
    }

    /// A blank family plan: headings, lines to write on, boxes to draw the rules in, lines to sign.
    public func blankFamilyPlan(paper: Paper, language: String = "en-GB") throws(HearthError) -> FrameDocument {
        let plan: FamilyPlan
        let strings = try catalogue(language), assets = try pictures()
        do { plan = try FamilyPlanComposer(strings: strings).blankPlan() } catch { throw .compose(error) }
        do {
            return try FamilyPlanLayout(measurer: measurer, assets: assets, page: PageSpec(paper: Self.planPaper(paper))).layout(plan)
        } catch { throw .layout(error) }
    }

    /// A blank child's card, as a full page or (`wallet`) a sheet of eight wallet cards.
    public func blankSafetyCard(paper: Paper?, wallet: Bool, language: String = "en-GB") throws(HearthError) -> FrameDocument {
        let card: SafetyCard
        let strings = try catalogue(language), assets = try pictures()
        do { card = try SafetyCardComposer(strings: strings).blankCard() } catch { throw .compose(error) }
        do {
            if wallet { return try WalletCardLayout(measurer: measurer, page: Self.walletPage(paper)).layout(card) }
            return try SafetyCardLayout(measurer: measurer, assets: assets, page: Self.cardPage(paper)).layout(card)
        } catch { throw .layout(error) }
    }

    /// "file:line:column: output.documents[1]: " for the line that asks for `kind`, or the top of the file.
    func asked(_ kind: DocumentKind, in caseFile: CaseFile, url: URL) -> String {
        if let line = caseFile.texts.first(where: { $0.keyPath.hasPrefix("output.documents") && $0.text == kind.rawValue }),
            let at = line.location
        {
            return "\(at): \(line.keyPath): "
        }
        return caseFile.top.map { "\($0): " } ?? "\(url.path): "
    }
}
