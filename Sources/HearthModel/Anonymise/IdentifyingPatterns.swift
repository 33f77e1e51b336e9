import Foundation

/// The things other than names that can identify a family, found in any text of a case: UK phone numbers (but
/// never 999, 111 or a national helpline), postcodes, street addresses with a house number, schools by name, and
/// dates. Each gives its fictional replacement through a ``ReplacementBook``, so one number, street or school is
/// replaced the same way everywhere.
enum IdentifyingPatterns {
    /// National numbers a family must be able to ring whatever the case: never replaced.
    // Regex literals: their patterns are checked when Hearth is compiled, so none can fail at run time.
    static let helplines: Set<String> = [
        "999", "112", "111", "101", "08001111", "08088005000", "08082000247", "116123", "116111", "0800555111",
        "08081682233", "08009177650", "03001234666",
    ]

    nonisolated(unsafe) static let phone = Regex<AnyRegexOutput>(#/(?:\+44\s?\(?0?\)?\s?|\b0)\d(?:[\s-]?\d){8,9}(?!\d)/#)
    nonisolated(unsafe) static let postcode = Regex<AnyRegexOutput>(#/\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b/#)
    nonisolated(unsafe) static let street = Regex<AnyRegexOutput>(
        #/\b(\d{1,4}[A-Za-z]?),?\s+((?:[A-Z][\p{L}'’]+\s+){1,3})(Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Court|Gardens|Place|Terrace|Grove|Hill|Row|Walk|Square|Mews|Rise|View|Park)\b/#)
    nonisolated(unsafe) static let school = Regex<AnyRegexOutput>(
        #/\b((?:St\.? |Saint )?(?:[A-Z][\p{L}'’]+\s+){1,4}?)(Primary School|Primary Academy|Primary|Infant School|Infants|Junior School|Nursery School|Nursery|High School|Secondary School|Academy|School|College)\b/#)
    nonisolated(unsafe) static let isoDate = Regex<AnyRegexOutput>(#/\b(\d{4})-(\d{2})-(\d{2})\b/#)
    nonisolated(unsafe) static let writtenDate = Regex<AnyRegexOutput>(
        #/\b(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/#)

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The digits of a phone number, with +44 read as 0.
    static func digits(ofPhone text: String) -> String {
        var d = text.filter(\.isNumber)
        if text.trimmingCharacters(in: .whitespaces).hasPrefix("+44") {
            d.removeFirst(2)
            if !d.hasPrefix("0") { d = "0" + d }
        }
        return d
    }

    /// `date` moved by whole weeks, so the weekday stays.
    static func shifted(year: Int, month: Int, day: Int, weeks: Int) -> (year: Int, month: Int, day: Int)? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              calendar.component(.day, from: date) == day,
              let moved = calendar.date(byAdding: .day, value: 7 * weeks, to: date) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: moved)
        return (c.year!, c.month!, c.day!)
    }
}
