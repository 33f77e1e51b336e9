import Foundation
import HearthGeometry

/// The fictional stand-ins for everything but names, given out once and then reused, so a number, street, school
/// or private value reads the same wherever the case repeats it.
struct ReplacementBook: Sendable {
    let seed: UInt64
    /// Dates move by this many weeks (never zero), the same for every date of the case.
    let weeks: Int
    private(set) var given: [String: String] = [:]
    private var phonesUsed = 0
    /// The digits of every number this copy made, which are never replaced again.
    private(set) var madePhones: Set<String> = []
    private var placesUsed = 0
    /// Private values to replace wherever they stand, longest first.
    private(set) var privateValues: [(String, String)] = []

    static let streets = ["Willow", "Cedar", "Maple", "Hazel", "Birch", "Juniper", "Laurel", "Poplar", "Sycamore", "Chestnut", "Alder", "Linden"]
    static let schools = ["Brookside", "Meadowbank", "Hillcrest", "Riverside", "Oakfield", "Fernhill", "Larkrise", "Greenway", "Kingfisher", "Heathfield"]
    static let places = ["Hillside House", "Brook Lodge", "the Green Centre", "Orchard Court", "Meadow View", "Elm House", "Park Lodge", "Fern Court"]

    init(seed: UInt64) {
        self.seed = seed
        let w = Int(seed % 26) + 1
        weeks = (seed >> 8) & 1 == 0 ? w : -w
    }

    /// A drama number in place of a real one: 07700 900000–900999 for mobiles, 020 7946 0000–0999 otherwise.
    mutating func phone(_ original: String) -> String {
        let digits = IdentifyingPatterns.digits(ofPhone: original)
        if let done = given["phone:" + digits] { return done }
        let n = (Int(seed % 997) + 37 * phonesUsed) % 1000
        phonesUsed += 1
        let three = String(n).count < 3 ? String(repeating: "0", count: 3 - String(n).count) + String(n) : String(n)
        let fake = digits.hasPrefix("07") ? "07700 900\(three)" : "020 7946 0\(three)"
        given["phone:" + digits] = fake
        madePhones.insert(IdentifyingPatterns.digits(ofPhone: fake))
        return fake
    }

    mutating func postcode(_ original: String) -> String {
        let key = "postcode:" + original.uppercased().filter { !$0.isWhitespace }
        if let done = given[key] { return done }
        let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
        let h = StableHash.fnv1a64("\(seed)\u{1F}\(key)")
        let fake = "ZZ99 \(h % 10)\(letters[Int((h / 10) % 20)])\(letters[Int((h / 200) % 20)])"
        given[key] = fake
        return fake
    }

    mutating func street(_ words: String, original: String) -> String {
        pick("street:" + original, from: Self.streets.filter { !words.contains($0) })
    }

    mutating func school(_ words: String, original: String) -> String {
        pick("school:" + original, from: Self.schools.filter { !words.contains($0) })
    }

    mutating func pick(_ key: String, from list: [String]) -> String {
        if let done = given[key] { return done }
        let used = Set(given.values)
        let free = list.filter { !used.contains($0) }
        let pool = free.isEmpty ? list : free
        let fake = pool[Int(StableHash.fnv1a64("\(seed)\u{1F}\(key)") % UInt64(pool.count))]
        given[key] = fake
        return fake
    }

    /// Private values (addresses, refuges, numbers the case marks private) get a fictional place each, unless the
    /// patterns already replace what identifies in them.
    mutating func addPrivateValues(_ values: [String]) {
        for value in values where !value.isEmpty {
            if value.wholeMatch(of: IdentifyingPatterns.phone) != nil {
                privateValues.append((value, phone(value)))
                continue
            }
            var copy = self
            let scrubbed = copy.scrub(value).text
            if scrubbed != value { self = copy; privateValues.append((value, scrubbed)); continue }
            let fake = Self.places[(placesUsed + Int(seed % 5)) % Self.places.count] + (placesUsed >= Self.places.count ? " \(placesUsed)" : "")
            placesUsed += 1
            privateValues.append((value, fake))
        }
        privateValues.sort { $0.0.count > $1.0.count }
    }

    /// `text` with every identifying pattern replaced, and what was replaced.
    mutating func scrub(_ text: String) -> (text: String, changes: [(what: String, before: String, after: String)]) {
        var out = text
        var changes: [(String, String, String)] = []
        for (value, fake) in privateValues where out.contains(value) {
            out = out.replacingOccurrences(of: value, with: fake)
            changes.append(("private value", value, fake))
        }
        out = replace(IdentifyingPatterns.phone, in: out, what: "phone number", &changes) { book, m in
            // Every number is replaced, a drama number in a training example too (it may have been a real one's
            // stand-in, and a copy should not repeat it), except a helpline and a number this copy made itself.
            let digits = IdentifyingPatterns.digits(ofPhone: m)
            return IdentifyingPatterns.helplines.contains(digits) || book.madePhones.contains(digits) ? nil : book.phone(m)
        }
        out = replace(IdentifyingPatterns.postcode, in: out, what: "postcode", &changes) { book, m in
            m.hasPrefix("ZZ99") ? nil : book.postcode(m)
        }
        out = replaceGroups(IdentifyingPatterns.street, in: out, what: "address", &changes) { book, groups in
            let (number, words, kind) = (groups[1], groups[2], groups[3])
            if Self.streets.contains(words.trimmingCharacters(in: .whitespaces)) { return nil }
            return "\(number) \(book.street(words, original: words + kind)) \(kind)"
        }
        out = replaceGroups(IdentifyingPatterns.school, in: out, what: "school", &changes) { book, groups in
            let (words, kind) = (groups[1], groups[2])
            if Self.schools.contains(where: { words.hasPrefix($0) }) || Self.notASchoolsName.contains(words.trimmingCharacters(in: .whitespaces)) {
                return nil
            }
            return "\(book.school(words, original: words + kind)) \(kind)"
        }
        out = replaceGroups(IdentifyingPatterns.isoDate, in: out, what: "date", &changes) { book, g in
            guard let y = Int(g[1]), let m = Int(g[2]), let d = Int(g[3]),
                  let s = IdentifyingPatterns.shifted(year: y, month: m, day: d, weeks: book.weeks) else { return nil }
            return "\(s.year)-\(Self.two(s.month))-\(Self.two(s.day))"
        }
        out = replaceGroups(IdentifyingPatterns.writtenDate, in: out, what: "date", &changes) { book, g in
            guard let d = Int(g[1]), let m = IdentifyingPatterns.months.firstIndex(of: g[2]), let y = Int(g[3]),
                  let s = IdentifyingPatterns.shifted(year: y, month: m + 1, day: d, weeks: book.weeks) else { return nil }
            return "\(s.day) \(IdentifyingPatterns.months[s.month - 1]) \(s.year)"
        }
        return (out, changes)
    }

    /// Capitalised words that start a sentence before "School" rather than name one ("The School", "My Nursery").
    static let notASchoolsName: Set<String> = ["The", "A", "My", "Our", "Her", "His", "Their", "At", "In", "To", "New", "Big", "Little", "Your", "This", "That"]

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private mutating func replace(
        _ regex: Regex<AnyRegexOutput>, in text: String, what: String, _ changes: inout [(String, String, String)],
        _ make: (inout ReplacementBook, String) -> String?
    ) -> String {
        replaceGroups(regex, in: text, what: what, &changes) { book, groups in make(&book, groups[0]) }
    }

    /// Replaces each match of `regex` with what `make` gives for its groups (0: the whole match), or leaves it.
    private mutating func replaceGroups(
        _ regex: Regex<AnyRegexOutput>, in text: String, what: String, _ changes: inout [(String, String, String)],
        _ make: (inout ReplacementBook, [String]) -> String?
    ) -> String {
        var out = ""
        var last = text.startIndex
        for match in text.matches(of: regex) {
            let groups = (0..<match.output.count).map { match.output[$0].substring.map(String.init) ?? "" }
            guard let fake = make(&self, groups), fake != groups[0] else { continue }
            out += text[last..<match.range.lowerBound] + fake
            last = match.range.upperBound
            changes.append((what, groups[0], fake))
        }
        return out + text[last...]
    }
}
