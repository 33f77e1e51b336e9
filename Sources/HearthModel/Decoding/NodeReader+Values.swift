import Yams

extension NodeReader {
    /// A whole number written without quotes, within `range`.
    func wholeNumber(what: String, in range: ClosedRange<Int>) -> Int? {
        let expected = "\(what) as a whole number"
        let inFigures = "write a whole number from \(range.lowerBound) to \(range.upperBound) in figures, e.g. 7"
        guard case .scalar(let scalar) = node else {
            reportMismatch(expected: expected, fix: inFigures)
            return nil
        }
        let text = scalar.string
        if scalar.isExplicitText {
            let trimmed = text.trimmingWhitespace()
            let quotedNumber = PlainScalar(trimmed) == .integer && Int(trimmed) != nil
            reportMismatch(expected: expected, fix: quotedNumber ? "remove the quotes around \(trimmed)" : inFigures)
            return nil
        }
        // YAML also has 0x1F and 0o17; nobody means an age that way.
        guard PlainScalar(text) == .integer, !text.hasPrefix("0x"), !text.hasPrefix("0o") else {
            reportMismatch(expected: expected, fix: inFigures)
            return nil
        }
        guard let value = Int(text), range.contains(value) else {
            report("\(what) must be from \(range.lowerBound) to \(range.upperBound), found \(NodeShape.excerpt(text))",
                   fix: "write a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    /// One of a fixed set of words, such as a paper size. `planned` values are known to be coming and
    /// get "not supported yet" rather than "not a choice".
    func choice<Choice: RawRepresentable & CaseIterable>(
        _: Choice.Type, what: String, planned: Set<String> = []
    ) -> Choice? where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue)
        let listed = "the choices are \(Suggestion.list(allowed))"
        guard case .scalar(let scalar) = node else {
            reportMismatch(expected: "\(what) (one word)", fix: listed)
            return nil
        }
        let word = scalar.string
        if let choice = Choice(rawValue: word) { return choice }
        if planned.contains(word) {
            report("'\(word)' is not supported by this version of Hearth yet", fix: listed)
            return nil
        }
        let fix = Suggestion.didYouMean(word, in: allowed).map { "\($0) (\(listed))" } ?? listed
        report("'\(NodeShape.excerpt(word))' is not one of the choices for \(what)", fix: fix)
        return nil
    }

    /// A calendar date written `YYYY-MM-DD`.
    func date(what: String) -> CalendarDate? {
        guard case .scalar(let scalar) = node else {
            reportMismatch(expected: "\(what) written as YYYY-MM-DD", fix: "write the date after the key, e.g. '2026-03-14'")
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if let date = CalendarDate(iso: text) { return date }
        if CalendarDate.looksISO(text) {
            report("'\(text)' is not a real date", fix: "check the month (01–12) and the day of the month")
        } else if let dayFirst = CalendarDate(dayFirst: text) {
            report("'\(NodeShape.excerpt(text))' is not written year-month-day", fix: "write it year first: \(dayFirst.iso)")
        } else {
            report("expected \(what) written as YYYY-MM-DD, found \(shape.phrase)", fix: "write the year, month and day with dashes, e.g. 2026-03-14")
        }
        return nil
    }
}

extension CalendarDate {
    /// `NNNN-NN-NN`, whatever the numbers, so an impossible date gets a precise message.
    static func looksISO(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// The British `14/03/2026` (or with `.` or `-`), only to suggest the ISO form in a fix.
    init?(dayFirst text: String) {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
