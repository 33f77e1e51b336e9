import Foundation
import HearthCompose
import HearthFrame
import HearthLayout
import HearthModel
import HearthRender

/// The safety tools — safety scale, Safety House, Fairy/Wizard, safety circles — from a case and blank. Each is a
/// sheet a child may keep, so each goes through the same privacy guards as the Three Houses worksheet.
extension Workbench {
    /// The documents of one safety-tools kind for a case.
    func safetyTools(_ kind: DocumentKind, _ caseFile: CaseFile, at url: URL, page: PageSpec) throws(HearthError) -> [Document] {
        let strings = try catalogue(caseFile.output.language)
        let stem = url.deletingPathExtension().lastPathComponent
        let file = url.lastPathComponent
        var out: [(String, FrameDocument)] = []
        do {
            switch kind {
            case .safetyScale:
                let children = SafetyScaleComposer.children(of: caseFile)
                guard !children.isEmpty else { throw Self.nothingFor(kind, section: "scales", in: caseFile, url: url) }
                for child in children {
                    let sheet = try SafetyScaleComposer(strings: strings).sheet(for: child, in: caseFile, file: file)
                    try checkPrivate(sheet.strips.flatMap { [$0.about, $0.zeroNote, $0.tenNote].compactMap { $0 } }, caseFile)
                    out.append((child.id, try SafetyScaleLayout(measurer: measurer, page: page).layout(sheet)))
                }
            case .safetyHouse:
                guard !caseFile.safetyHouses.isEmpty else { throw Self.nothingFor(kind, section: "safety_house", in: caseFile, url: url) }
                for session in caseFile.safetyHouses {
                    let sheet = try SafetyHouseComposer(strings: strings).sheet(for: session, in: caseFile, file: file)
                    let professional = sheet.rules.filter { $0.voice == .professional }
                    if !professional.isEmpty {
                        throw HearthError.caseFile(CaseFileError(diagnostics: professional.map { rule in
                            Diagnostic(
                                location: rule.location, keyPath: rule.keyPath ?? "",
                                message: "the Safety House shows the plan's rules, and this rule has no words agreed for the child",
                                fix: "agree the words with the family and write them as 'child: …' under this rule, or write the child's own words under 'rules:' in the safety_house entry")
                        }))
                    }
                    try checkPrivate(sheet.rules + sheet.record, caseFile)
                    if session.keptBy == .child {
                        let name = caseFile.child(id: session.child)?.displayName ?? session.child
                        let named = NotSafeNames(caseFile: caseFile).problems(
                            in: sheet.rules, childName: name,
                            fix: "write the rule without their name (\"Only grown-ups I feel safe with come to our house\"), or make this the copy kept on the file with 'kept_by: worker'")
                        if !named.isEmpty { throw HearthError.caseFile(CaseFileError(diagnostics: named)) }
                    }
                    let suffix = session.keptBy == .worker ? "-\(session.child)-worker" : "-\(session.child)"
                    out.append((suffix.dropFirst().description, try SafetyHouseLayout(measurer: measurer, page: page).layout(sheet)))
                }
            case .fairyWizard:
                guard !caseFile.fairyWizard.isEmpty else { throw Self.nothingFor(kind, section: "fairy_wizard", in: caseFile, url: url) }
                for session in caseFile.fairyWizard {
                    let sheet = try FairyWizardComposer(strings: strings).sheet(
                        for: session, in: caseFile, caseFolder: url.deletingLastPathComponent(), file: file)
                    try checkPrivate(sheet.wishes.flatMap(\.items) + sheet.record, caseFile)
                    let bitmaps = try decodeDrawings(sheet.wishes.compactMap(\.drawing))
                    out.append((session.child, try FairyWizardLayout(measurer: measurer, page: page).layout(sheet, drawings: bitmaps)))
                }
            case .safetyCircles:
                for child in SafetyCirclesComposer.children(of: caseFile) {
                    let sheet = try SafetyCirclesComposer(strings: strings).sheet(for: child, in: caseFile, file: file)
                    // Who each person is to the child is printed under their name: a relation written with a private
                    // value in it is refused at its own line.
                    let shown = Set(sheet.rings.flatMap(\.people).map(\.id))
                    try checkPrivate(caseFile.people.enumerated().compactMap { i, person in
                        guard shown.contains(person.id), person.role == nil, let relation = person.relation else { return nil }
                        let at = caseFile.texts.first { $0.keyPath == "people[\(i)].relation" }
                        return SheetText(relation, location: at?.location ?? person.location, keyPath: "people[\(i)].relation")
                    }, caseFile)
                    out.append((child.id, try SafetyCirclesLayout(measurer: measurer, page: page).layout(sheet)))
                }
            case .threeHouses, .wordsAndPictures, .safetyPlan, .mySafetyPlan:
                return []
            }
        } catch let error as HearthError {
            throw error
        } catch let error as ComposeError {
            throw .compose(error)
        } catch let error as LayoutError {
            throw .layout(error, in: caseFile)
        } catch {
            throw .output("\(error)")
        }
        var documents: [Document] = []
        for (suffix, frames) in out {
            try PrivateFrameCheck(caseFile: caseFile).check(frames)
            let name = out.count > 1 || suffix.hasSuffix("-worker") ? "\(stem)-\(kind.rawValue)-\(suffix)" : "\(stem)-\(kind.rawValue)"
            documents.append(Document(name: name, frames: frames))
        }
        return documents
    }

    /// A blank sheet of a safety-tools kind, with no case data at all (an optional child's name for the heading).
    public func blankSafetyTool(
        _ kind: DocumentKind, childName: String?, paper: Paper, helper: MagicHelper? = nil, language: String = "en-GB"
    ) throws(HearthError) -> FrameDocument {
        let strings = try catalogue(language)
        let page = PageSpec(paper: paper)
        do {
            switch kind {
            case .safetyScale:
                return try SafetyScaleLayout(measurer: measurer, page: page).layout(SafetyScaleComposer(strings: strings).blankSheet(childName: childName))
            case .safetyHouse:
                return try SafetyHouseLayout(measurer: measurer, page: page).layout(SafetyHouseComposer(strings: strings).blankSheet(childName: childName))
            case .fairyWizard:
                let sheet = try FairyWizardComposer(strings: strings).blankSheet(childName: childName, helper: helper)
                return try FairyWizardLayout(measurer: measurer, page: page).layout(sheet, drawings: [:])
            case .safetyCircles:
                return try SafetyCirclesLayout(measurer: measurer, page: page).layout(SafetyCirclesComposer(strings: strings).blankSheet(childName: childName))
            case .threeHouses:
                return try blankThreeHouses(childName: childName, paper: paper, language: language)
            case .wordsAndPictures:
                throw HearthError.output("there is no blank Words and Pictures booklet: the story is written from the case\n  fix: use 'hearth render' with a case file")
            case .safetyPlan:
                return try blankFamilyPlan(paper: paper, language: language)
            case .mySafetyPlan:
                return try blankSafetyCard(paper: paper, wallet: false, language: language)
            }
        } catch let error as HearthError {
            throw error
        } catch let error as ComposeError {
            throw .compose(error)
        } catch let error as LayoutError {
            throw .layout(error)
        } catch {
            throw .output("\(error)")
        }
    }

    private func checkPrivate(_ texts: [SheetText], _ caseFile: CaseFile) throws(HearthError) {
        let check = ChildFacingCheck(caseFile: caseFile)
        guard !check.privateText.isEmpty else { return }
        let found = texts.flatMap { check.find(in: $0.text, place: "a child's sheet", location: $0.location, keyPath: $0.keyPath ?? "") }
        if !found.isEmpty { throw .caseFile(CaseFileError(diagnostics: found)) }
    }

    private func decodeDrawings(_ sources: [DrawingSource]) throws(HearthError) -> [String: Bitmap] {
        var bitmaps: [String: Bitmap] = [:]
        for source in sources where bitmaps[source.path] == nil {
            do { bitmaps[source.path] = try BitmapDecoder.decode(path: source.path) } catch {
                throw .output("\(source.origin): the drawing \(error)\n  fix: \(error.fix ?? "use a PNG or JPEG file")")
            }
        }
        return bitmaps
    }

    /// "output.documents asks for KIND, but the case has no SECTION", at the line that asks.
    static func nothingFor(_ kind: DocumentKind, section: String, in caseFile: CaseFile, url: URL) -> HearthError {
        let asked = caseFile.texts.first { $0.keyPath.hasPrefix("output.documents") && $0.text == kind.rawValue }
        let at = asked?.location.map { "\($0): \(asked?.keyPath ?? "output.documents")" } ?? "\(url.path): output.documents"
        return .compose(.noDocuments(
            "\(at): output.documents asks for \(kind.rawValue), but the case has no \(section)\n"
                + "  fix: add a '\(section):' section (see 'hearth new --kind \(kind.rawValue)'), or remove \(kind.rawValue) from output.documents"))
    }
}
