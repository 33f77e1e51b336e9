import Foundation
import HearthCompose
import HearthFrame
import HearthLayout
import HearthModel
import HearthSketch
import HearthTestSupport

/// One fuzz input through Hearth: decoded as a case file and, when it is one, composed and laid out with the
/// fixed-advance measurer (no fonts, no Cairo: thousands of inputs a second). Refusing an input is fine; what the
/// fuzzer hunts is a crash, a hang, or a message that breaks Hearth's promises about messages.
struct FuzzPipeline {
    let strings: [String: StringsCatalogue]
    let pictures: [String: AssetPicture]
    let folder: URL

    /// Loads the strings and pictures once, from `HEARTH_RESOURCES` or the working folder.
    init() {
        let root = URL(fileURLWithPath: ProcessInfo.processInfo.environment["HEARTH_RESOURCES"] ?? FileManager.default.currentDirectoryPath)
        let stringsFolder = root.appendingPathComponent("Assets/strings")
        var strings: [String: StringsCatalogue] = [:]
        for file in (try? FileManager.default.contentsOfDirectory(atPath: stringsFolder.path)) ?? [] where file.hasSuffix(".yaml") {
            let language = String(file.dropLast(5))
            strings[language] = try? StringsCatalogue.load(language: language, from: stringsFolder)
        }
        guard strings["en-GB"] != nil else {
            fatalError("hearth-fuzz: no Assets/strings/en-GB.yaml under \(root.path); run it from the repository or set HEARTH_RESOURCES")
        }
        self.strings = strings
        pictures = (try? AssetLibrary.load(folder: root.appendingPathComponent("Assets/pictures"))) ?? [:]
        folder = root.appendingPathComponent("Examples")
    }

    /// What became of one input.
    enum Outcome: Equatable {
        case refused
        case laidOut(pages: Int)
    }

    /// Runs one input; one that starts with '{' is named `fuzz.json`, so the messages JSON files get are checked too.
    func run(_ bytes: [UInt8]) -> Outcome {
        let file = bytes.first == UInt8(ascii: "{") ? "fuzz.json" : "fuzz.yaml"
        let caseFile: CaseFile
        do {
            caseFile = try CaseFileLoader.parse(bytes: bytes, file: file)
        } catch {
            let input = String(decoding: bytes, as: UTF8.self)
            for d in error.diagnostics {
                MessageRules.check(d.description, from: "the case file", input: input)
                if file.hasSuffix(".json"), d.description.contains("YAML"), !input.contains("YAML") {
                    fatalError("a JSON file is told about YAML: \(d.description.prefix(300))")
                }
                if d.location == nil { fatalError("a problem in the case file has no line: \(d.description.prefix(300))") }
            }
            return .refused
        }
        var pages = 0
        let input = String(decoding: bytes, as: UTF8.self)
        let measurer = FixedAdvanceMeasurer()
        let catalogue = strings[caseFile.output.language] ?? strings["en-GB"]!
        for kind in caseFile.output.documents {
            do {
                switch kind {
                case .threeHouses:
                    let composer = ThreeHousesComposer(strings: catalogue)
                    for interview in caseFile.threeHouses {
                        let sheet = try composer.sheet(for: interview, in: caseFile, caseFolder: folder, file: file)
                        let page = PageSpec(paper: caseFile.output.paper ?? .a4Landscape)
                        pages += try ThreeHousesLayout(measurer: measurer, page: page).layout(sheet, drawings: [:]).pages.count
                    }
                case .wordsAndPictures:
                    let booklet = try WordsAndPicturesComposer(strings: catalogue).booklet(for: caseFile, file: file)
                    let layout = BookletLayout(
                        measurer: measurer, assets: pictures, page: PageSpec(paper: caseFile.output.paper ?? .a4Landscape))
                    pages += try layout.layout(booklet, imposeAsBooklet: caseFile.output.paper == .a5Booklet).pages.count
                case .safetyScale, .safetyHouse, .fairyWizard, .safetyCircles:
                    pages += try safetyTool(kind, caseFile, catalogue: catalogue, measurer: measurer, file: file)
                case .safetyPlan:
                    let plan = try FamilyPlanComposer(strings: catalogue).plan(for: caseFile, file: file)
                    pages += try FamilyPlanLayout(measurer: measurer, assets: pictures, page: PageSpec(paper: .a4Portrait)).layout(plan).pages.count
                case .mySafetyPlan:
                    let composer = SafetyCardComposer(strings: catalogue)
                    for child in SafetyCardComposer.children(of: caseFile) {
                        let card = try composer.card(for: child, in: caseFile)
                        pages += try SafetyCardLayout(measurer: measurer, assets: pictures, page: PageSpec(paper: .a5Booklet)).layout(card).pages.count
                        pages += try WalletCardLayout(measurer: measurer, page: PageSpec(paper: .a4Portrait)).layout(card).pages.count
                    }
                }
            } catch let error as ComposeError {
                MessageRules.check(error.description, from: "composing", input: input)
            } catch let error as LayoutError {
                let located = error.located(in: caseFile.texts)
                MessageRules.check(located.description, from: "layout", input: input)
                MessageRules.checkLocated(located.description, from: "layout")
            } catch {
                MessageRules.check("\(error)", from: "\(type(of: error))", input: input)
            }
        }
        return .laidOut(pages: pages)
    }
}

extension FuzzPipeline {
    /// The pages of one safety-tools kind, composed and laid out as the workbench does.
    func safetyTool(
        _ kind: DocumentKind, _ caseFile: CaseFile, catalogue: StringsCatalogue, measurer: FixedAdvanceMeasurer, file: String
    ) throws -> Int {
        let page = PageSpec(paper: caseFile.output.paper ?? .a4Landscape)
        var pages = 0
        switch kind {
        case .safetyScale:
            for child in SafetyScaleComposer.children(of: caseFile) {
                let sheet = try SafetyScaleComposer(strings: catalogue).sheet(for: child, in: caseFile, file: file)
                pages += try SafetyScaleLayout(measurer: measurer, page: page).layout(sheet).pages.count
            }
        case .safetyHouse:
            for session in caseFile.safetyHouses {
                let sheet = try SafetyHouseComposer(strings: catalogue).sheet(for: session, in: caseFile, file: file)
                pages += try SafetyHouseLayout(measurer: measurer, page: page).layout(sheet).pages.count
            }
        case .fairyWizard:
            for session in caseFile.fairyWizard {
                let sheet = try FairyWizardComposer(strings: catalogue).sheet(for: session, in: caseFile, caseFolder: folder, file: file)
                pages += try FairyWizardLayout(measurer: measurer, page: page).layout(sheet, drawings: [:]).pages.count
            }
        case .safetyCircles:
            for child in SafetyCirclesComposer.children(of: caseFile) {
                let sheet = try SafetyCirclesComposer(strings: catalogue).sheet(for: child, in: caseFile, file: file)
                pages += try SafetyCirclesLayout(measurer: measurer, page: page).layout(sheet).pages.count
            }
        case .threeHouses, .wordsAndPictures, .safetyPlan, .mySafetyPlan:
            break
        }
        return pages
    }
}

/// Promises every message keeps, checked on each one the fuzzer provokes: a broken promise is a finding, made a
/// crash so libFuzzer keeps the input.
enum MessageRules {
    /// A problem found after decoding starts `file:line:column:` like every other, or names Hearth's own words
    /// (`strings: …`, which are not in the case file).
    static func checkLocated(_ message: String, from stage: String) {
        let head = message.prefix { $0 != " " }
        let parts = head.split(separator: ":", omittingEmptySubsequences: false)
        let located = parts.count >= 4 && Int(parts[1]) != nil && Int(parts[2]) != nil
        if !located && !message.hasPrefix("strings: ") {
            fatalError("a problem from \(stage) has no line: \(message.prefix(300))")
        }
    }

    /// Words only a library says; a person fixing a case file should never meet them.
    static let libraryWords = [
        "yaml_", "Maximum nesting level", "<document start>", "Fatal error", "could not be completed", "NSCocoaErrorDomain",
        "Swift.", "Optional(",
    ]

    /// `input` is the case text: words it holds itself may be echoed (the fuzzer learns this file's own strings).
    static func check(_ message: String, from stage: String, input: String) {
        for word in libraryWords where message.contains(word) && !input.contains(word) {
            fatalError("a message from \(stage) uses a library's words ('\(word)'): \(message.prefix(300))")
        }
        if let raw = message.unicodeScalars.first(where: { $0 != "\n" && $0.properties.generalCategory == .control }) {
            fatalError("a message from \(stage) prints the control character U+\(String(raw.value, radix: 16)) raw")
        }
        for line in message.split(separator: "\n") where line.count > 600 {
            fatalError("a message from \(stage) has a line of \(line.count) characters: case text must be cut short")
        }
    }
}
