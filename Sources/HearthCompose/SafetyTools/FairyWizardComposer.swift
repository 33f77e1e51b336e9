import Foundation
import HearthModel

/// Turns a `fairy_wizard` session (or nothing, for a blank) into a Fairy/Wizard page. The child's words pass through
/// untouched, as in the Three Houses.
public struct FairyWizardComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    public func sheet(for session: FairyWizardInterview, in caseFile: CaseFile, caseFolder: URL, file: String)
        throws(ComposeError) -> FairyWizardSheet
    {
        let people = SheetPeople(caseFile: caseFile, strings: strings)
        let child = caseFile.child(id: session.child)
        let name = child?.displayName ?? session.child
        let number = caseFile.fairyWizard.firstIndex(of: session) ?? 0
        let helper = try strings.text("fairy_wizard.\(session.helper.rawValue)")
        var wishes: [WishContent] = []
        for wish in MagicWish.allCases {
            let items = session.words(for: wish).enumerated().map { i, text in
                let at = session.wordLocations[wish].flatMap { $0.indices.contains(i) ? $0[i] : nil } ?? session.location
                let language = ScriptLanguage.languageTag(of: text, interviewLanguage: session.language)
                return SheetText(
                    Typography.set(text, language: language), language: language, location: at,
                    keyPath: "fairy_wizard[\(number)].\(wish.rawValue)[\(i)]")
            }
            var drawing: DrawingSource?
            if let ref = session.drawings[wish] {
                let url = URL(fileURLWithPath: ref.path, relativeTo: caseFolder).standardizedFileURL
                let origin = SheetPeople.origin(file, ref.location, ref.keyPath)
                guard FileManager.default.fileExists(atPath: url.path) else { throw .missingDrawing(path: ref.path, origin: origin) }
                drawing = DrawingSource(path: url.path, origin: origin)
            }
            wishes.append(WishContent(
                wish: wish, heading: try strings.text("fairy_wizard.\(wish.rawValue)"),
                prompt: try strings.text("fairy_wizard.\(wish.rawValue).prompt", ["helper": helper]), items: items, drawing: drawing))
        }
        var details: [String] = []
        if let age = child?.age { details.append(try strings.text("three_houses.age", ["age": String(age)])) }
        if let date = session.date { details.append(try people.formatted(date)) }
        var record: [SheetText] = []
        if !session.isBlank {
            var line: String
            if let recorder = session.recordedBy {
                line = try strings.text("record.written_by", ["name": name, "recorder": recorder])
            } else {
                line = try strings.text("record.written_by_unknown", ["name": name])
            }
            if let date = session.date { line += " " + (try strings.text("record.on_date", ["date": people.formatted(date)])) }
            let key = "fairy_wizard[\(number)].recorded_by"
            record.append(SheetText(line + ".", location: people.location(key) ?? session.location, keyPath: key))
            if !session.questions.isEmpty {
                record.append(SheetText(
                    try strings.text("record.questions", ["questions": session.questions.joined(separator: " ")]),
                    location: people.location("fairy_wizard[\(number)].questions[0]") ?? session.location,
                    keyPath: "fairy_wizard[\(number)].questions"))
            }
        }
        let title = try strings.text("fairy_wizard.title.\(session.helper.rawValue)", ["name": name])
        return FairyWizardSheet(
            title: title, details: details, blankFields: session.date == nil ? [try strings.text("three_houses.date_blank")] : [],
            helper: session.helper, wishes: wishes, record: record, isBlank: session.isBlank,
            metadata: SheetMetadata(
                title: title, author: caseFile.author ?? session.recordedBy, subject: try strings.text("fairy_wizard.subject"),
                creationDate: (session.date?.iso ?? ThreeHousesComposer.pinnedDate) + "T00:00:00Z", language: strings.language),
            seedKey: "fairy-wizard/\(session.child)/\(session.date?.iso ?? "undated")",
            titleOrigin: people.nameOrigin(of: session.child, file: file))
    }

    /// A blank sheet for a live session: the child chooses a fairy or a wizard (`helper`), or both are shown.
    public func blankSheet(childName: String?, helper: MagicHelper?) throws(ComposeError) -> FairyWizardSheet {
        let title = try strings.blankTitleText(childName, named: "fairy_wizard.title.\(helper?.rawValue ?? "either")", blank: "fairy_wizard.title_blank")
        let helperWord = try strings.text("fairy_wizard.\(helper?.rawValue ?? "either")")
        var wishes: [WishContent] = []
        for wish in MagicWish.allCases {
            wishes.append(WishContent(
                wish: wish, heading: try strings.text("fairy_wizard.\(wish.rawValue)"),
                prompt: try strings.text("fairy_wizard.\(wish.rawValue).prompt", ["helper": helperWord]), items: [], drawing: nil))
        }
        var fields: [String] = []
        if childName == nil { fields.append(try strings.text("three_houses.name_blank")) }
        fields.append(try strings.text("three_houses.date_blank"))
        return FairyWizardSheet(
            title: title, details: [], blankFields: fields, helper: helper, wishes: wishes, record: [], isBlank: true,
            metadata: SheetMetadata(
                title: title, author: nil, subject: try strings.text("fairy_wizard.subject"),
                creationDate: ThreeHousesComposer.pinnedDate + "T00:00:00Z", language: strings.language),
            seedKey: "fairy-wizard/blank", titleOrigin: nil)
    }
}
