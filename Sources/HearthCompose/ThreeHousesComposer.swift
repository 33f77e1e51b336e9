import Foundation
import HearthModel

/// Turns a Three Houses interview (or nothing, for a blank) into worksheet content in the chosen language.
/// The child's words pass through untouched: verbatim is the point of the tool.
public struct ThreeHousesComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    /// The worksheet for one interview of a case. `caseFolder` resolves drawing paths.
    public func sheet(for interview: ThreeHousesInterview, in caseFile: CaseFile, caseFolder: URL, file: String)
        throws(ComposeError) -> ThreeHousesSheet
    {
        let child = caseFile.children.first { $0.id == interview.child }
        let name = child?.displayName ?? interview.child
        let blank = interview.isBlank
        var details: [String] = []
        if let age = child?.age { details.append(try strings.text("three_houses.age", ["age": String(age)])) }
        if let date = interview.date { details.append(try formatted(date)) }
        var houses: [HouseContent] = []
        for house in House.allCases {
            let words: [String] = switch house {
            case .worries: interview.worries
            case .goodThings: interview.goodThings
            case .dreams: interview.dreams
            }
            let number = index(of: interview, in: caseFile)
            let items = words.enumerated().map { i, text in
                let language = ScriptLanguage.languageTag(of: text, interviewLanguage: interview.language)
                let at = interview.location(of: house, index: i) ?? interview.location
                let key = "three_houses[\(number)].\(house.rawValue)[\(i)]"
                return SheetText(
                    Typography.set(text, language: language), language: language,
                    origin: locationText(file, at, key), location: at, keyPath: key)
            }
            var drawing: DrawingSource? = nil
            if let ref = interview.drawings[house] {
                let url = URL(fileURLWithPath: ref.path, relativeTo: caseFolder).standardizedFileURL
                let where_ = locationText(file, ref.location, ref.keyPath)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    throw .missingDrawing(path: ref.path, origin: where_)
                }
                drawing = DrawingSource(path: url.path, origin: where_)
            }
            let houseName = try strings.text("house.\(house.rawValue)")
            houses.append(
                HouseContent(
                    house: house, name: houseName, prompt: try strings.text("house.\(house.rawValue).prompt"),
                    items: items, drawing: drawing,
                    followUpTitle: try strings.text("house.more", ["name": name, "house": houseName])))
        }
        var record: [SheetText] = []
        if !blank {
            var line: String
            if let recorder = interview.recordedBy {
                line = try strings.text("record.written_by", ["name": name, "recorder": recorder])
            } else {
                line = try strings.text("record.written_by_unknown", ["name": name])
            }
            if let date = interview.date { line += " " + (try strings.text("record.on_date", ["date": formatted(date)])) }
            let number = index(of: interview, in: caseFile)
            // The line is made from the child's name and the recorder's: a problem with it points at the longer.
            let recorder = caseFile.texts.first { $0.keyPath == "three_houses[\(number)].recorded_by" }
            let recorderOrigin = recorder.map { locationText(file, $0.location, $0.keyPath) }
            let longer = (recorder?.text.count ?? 0) >= name.count ? recorderOrigin : nameOrigin(of: interview.child, in: caseFile, file: file)
            record.append(SheetText(
                line + (try strings.text("punctuation.full_stop")), origin: longer ?? recorderOrigin ?? locationText(file, interview.location, "three_houses[\(number)]")))
            if !interview.questions.isEmpty {
                let asked = caseFile.texts.first { $0.keyPath == "three_houses[\(number)].questions[0]" }
                record.append(SheetText(
                    try strings.text("record.questions", ["questions": interview.questions.joined(separator: " ")]),
                    origin: locationText(file, asked?.location ?? interview.location, "three_houses[\(number)].questions")))
            }
        }
        let title = try strings.text("three_houses.title", ["name": name])
        var sheet = ThreeHousesSheet(
            title: title, details: blank ? details : details,
            blankFields: blank ? try blankFields(hasAge: child?.age != nil, hasDate: interview.date != nil) : [],
            houses: houses, record: record, isBlank: blank,
            metadata: SheetMetadata(
                title: title, author: caseFile.author ?? interview.recordedBy,
                subject: try strings.text("three_houses.subject"),
                creationDate: (interview.date?.iso ?? Self.pinnedDate) + "T00:00:00Z", language: strings.language),
            seedKey: "three-houses/\(interview.child)/\(interview.date?.iso ?? "undated")",
            pageLabel: try strings.text("record.page"),
            followUpTitle: try strings.text("three_houses.more", ["name": name]),
            continuedNote: try strings.text("house.continued"))
        sheet.titleOrigin = nameOrigin(of: interview.child, in: caseFile, file: file)
        return sheet
    }

    /// Where the name a sheet prints for the child is written: `called`, or else `name`.
    private func nameOrigin(of id: String, in caseFile: CaseFile, file: String) -> String? {
        guard let i = caseFile.children.firstIndex(where: { $0.id == id }) else { return nil }
        let key = caseFile.children[i].called == nil ? "children[\(i)].name" : "children[\(i)].called"
        return caseFile.texts.first { $0.keyPath == key }.map { locationText(file, $0.location, $0.keyPath) }
    }

    /// A blank worksheet for a live session or a trainer's handout, optionally headed with a child's name, and
    /// with the houses' names left for the child to write when `childNamesHouses` is set; set out as `style` says.
    public func blankSheet(
        childName: String?, childNamesHouses: Bool = false, style: ThreeHousesBlankStyle = ThreeHousesBlankStyle()
    ) throws(ComposeError) -> ThreeHousesSheet {
        let title: String
        if let childName {
            title = try strings.text("three_houses.title", ["name": childName])
        } else {
            title = try strings.text("three_houses.title_blank")
        }
        var houses: [HouseContent] = []
        for house in style.order {
            let houseName = try strings.text("house.\(house.rawValue)")
            houses.append(
                HouseContent(
                    house: house, name: houseName, prompt: try strings.text("house.\(house.rawValue).prompt"),
                    items: [], drawing: nil, followUpTitle: try strings.text("house.more_blank", ["house": houseName])))
        }
        var fields: [String] = []
        if childName == nil { fields.append(try strings.text("three_houses.name_blank")) }
        fields += try blankFields(hasAge: false, hasDate: false)
        // The questions, when asked for, are the practitioner's, at the foot: printed in a house they steer the child.
        var record: [SheetText] = []
        if style.questions {
            let prompts = houses.map(\.prompt).joined(separator: " ")
            record.append(SheetText(try strings.text("record.questions_blank", ["questions": prompts])))
        }
        var sheet = ThreeHousesSheet(
            title: title, details: [], blankFields: fields, houses: houses, record: record, isBlank: true,
            metadata: SheetMetadata(
                title: title, author: nil, subject: try strings.text("three_houses.subject"),
                creationDate: Self.pinnedDate + "T00:00:00Z", language: strings.language),
            seedKey: "three-houses/blank", pageLabel: try strings.text("record.page"),
            followUpTitle: try strings.text("three_houses.more_blank"),
            continuedNote: try strings.text("house.continued"))
        sheet.childNamesHouses = childNamesHouses
        sheet.writingLines = style.lines
        return sheet
    }

    /// The creation date of documents that have no date of their own, fixed so output is reproducible.
    public static let pinnedDate = "2026-01-01"

    func blankFields(hasAge: Bool, hasDate: Bool) throws(ComposeError) -> [String] {
        var out: [String] = []
        if !hasAge { out.append(try strings.text("three_houses.age_blank")) }
        if !hasDate { out.append(try strings.text("three_houses.date_blank")) }
        return out
    }

    /// The date as the sheet's language writes it: "12 March 2026", "12 marca 2026".
    public func formatted(_ date: CalendarDate) throws(ComposeError) -> String {
        try strings.date(date)
    }

    private func index(of interview: ThreeHousesInterview, in caseFile: CaseFile) -> Int {
        caseFile.threeHouses.firstIndex(of: interview) ?? 0
    }

    private func locationText(_ file: String, _ location: SourceLocation?, _ keyPath: String) -> String {
        if let l = location { return "\(l.file):\(l.line):\(l.column): \(keyPath)" }
        return "\(file): \(keyPath)"
    }
}
