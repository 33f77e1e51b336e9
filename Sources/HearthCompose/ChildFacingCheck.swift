import HearthModel

/// The last look at a child-facing document before it is laid out: it must print only words meant for the child,
/// and nothing the case marks private.
///
/// A missing child wording is never filled in silently with the professional wording (a harm statement can hold a
/// refuge's address or a police reference): it is a problem, unless the practitioner asked for a draft, whose pages
/// then carry a DRAFT mark. A private value is a problem even in a draft, because drafts are printed and shared too.
public struct ChildFacingCheck {
    public var caseFile: CaseFile
    public var privateText: PrivateText

    public init(caseFile: CaseFile) {
        self.caseFile = caseFile
        self.privateText = PrivateText(caseFile: caseFile)
    }

    /// Every statement the story would print in its professional wording, each once, in the case's order.
    public func missingChildWording(in booklet: Booklet) -> [Diagnostic] {
        var seen: Set<String> = []
        var out: [Diagnostic] = []
        for page in booklet.pages {
            for s in page.allSentences where s.voice == .professional {
                let key = s.keyPath ?? s.text
                guard seen.insert(key).inserted else { continue }
                out.append(Diagnostic(
                    location: s.location, keyPath: s.keyPath ?? "",
                    message: "there are no words agreed for the child here, so the story would print the professional wording: \"\(Self.excerpt(s.text))\"",
                    fix: "agree the words with the family and write them as 'child: …' under this line; to see the pages first, render with --draft (each page with professional wording is marked DRAFT)"))
            }
        }
        return out
    }

    /// Private values and names the story would print, each where it would be printed.
    public func privateValues(in booklet: Booklet) -> [Diagnostic] {
        guard !privateText.isEmpty else { return [] }
        var out: [Diagnostic] = []
        out += find(in: booklet.title, place: "the story's title", location: nil, keyPath: "story.title")
        if let author = booklet.metadata.author {
            out += find(in: author, place: "the document's author", location: nil, keyPath: "case.author")
        }
        for (n, page) in booklet.pages.enumerated() {
            let place = "page \(n + 1)" + (page.heading.map { " (\($0))" } ?? "")
            if let heading = page.heading {
                out += find(in: heading, place: "the heading of \(place)", location: nil, keyPath: "pages.\(page.section.rawValue)")
            }
            for s in page.allSentences {
                out += find(in: s.text, place: place, location: s.location, keyPath: s.keyPath ?? "pages.\(page.section.rawValue)")
            }
            if let space = page.drawingSpace {
                out += find(in: space, place: place, location: nil, keyPath: "pages.\(page.section.rawValue)")
            }
            let scenes = [page.scene].compactMap { $0 } + page.panels.compactMap(\.scene)
            for person in scenes.flatMap(\.people) {
                guard let label = person.label else { continue }
                out += find(in: label, place: "the picture on \(place), as a name under a person", location: nil, keyPath: "pictures")
            }
            for bubble in scenes.flatMap(\.bubbles) {
                out += find(in: bubble.text, place: "a speech or thought bubble on \(place)", location: nil, keyPath: "pictures")
            }
        }
        return out
    }

    /// Private values in a Three Houses worksheet: the child's own words are printed as said, so the case must
    /// not list one of them as private.
    public func privateValues(in sheet: ThreeHousesSheet) -> [Diagnostic] {
        guard !privateText.isEmpty else { return [] }
        var out = find(in: sheet.title, place: "the worksheet's title", location: nil, keyPath: "children")
        for house in sheet.houses {
            for item in house.items {
                out += find(in: item.text, place: "the \(house.name)", location: item.location, keyPath: item.keyPath ?? "three_houses")
            }
        }
        for line in sheet.record {
            out += find(in: line.text, place: "the record at the foot of the worksheet", location: line.location, keyPath: line.keyPath ?? "three_houses")
        }
        return out
    }

    /// A problem for each private value `text` holds, printed on `place` ("page 4 (What happened)").
    /// - Parameters: location, keyPath: where the words were written, when the document knows; otherwise the first
    ///   text of the case that holds the private value is named.
    public func find(in text: String, place: String, location: SourceLocation? = nil, keyPath: String = "")
        -> [Diagnostic]
    {
        privateText.found(in: text).map { entry in
            let source = location == nil ? self.source(of: entry) : nil
            return Diagnostic(
                location: location ?? source?.location ?? entry.location, keyPath: source?.keyPath ?? keyPath,
                message: "\(entry.what) is marked private\(entry.markedAt), but the child's document would print it on \(place)",
                fix: entry.fix)
        }
    }

    /// The first text of the case, in reading order, that holds an entry, leaving out where it is marked private
    /// and the people's own names.
    func source(of entry: PrivateText.Entry) -> CaseText? {
        caseFile.texts.first { text in
            !text.keyPath.hasPrefix("private[") && !(text.keyPath.hasPrefix("people[") && text.keyPath.hasSuffix("].name"))
                && privateText.found(in: text.text).contains(entry)
        }
    }

    /// A sentence cut to about 80 characters for a message.
    static func excerpt(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(77)) + "…"
    }
}
