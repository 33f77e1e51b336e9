import Testing

@testable import HearthCompose

/// Samples from CLDR's plurals.xml for each language with more than one and other.
struct PluralRulesTests {
    func categories(_ language: String, _ numbers: [Int]) -> [PluralCategory] {
        numbers.map { PluralRules.category(of: $0, in: language) }
    }

    @Test func welshHasSixCategories() {
        #expect(categories("cy", [0, 1, 2, 3, 4, 6, 7, 100]) == [.zero, .one, .two, .few, .other, .many, .other, .other])
    }

    @Test func arabicCountsByTheLastTwoDigits() {
        #expect(categories("ar", [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]) ==
            [.zero, .one, .two, .few, .few, .many, .many, .other, .other, .few, .many])
    }

    @Test func polishFewIsTwoToFourButNotTwelveToFourteen() {
        #expect(categories("pl", [1, 2, 4, 5, 12, 14, 21, 22, 25, 112, 122]) ==
            [.one, .few, .few, .many, .many, .many, .many, .few, .many, .many, .few])
    }

    @Test func romanianFewIsZeroAndTwoToNineteen() {
        #expect(categories("ro", [0, 1, 2, 19, 20, 101, 102, 120]) == [.few, .one, .few, .few, .other, .few, .few, .other])
    }

    @Test func oneCoversZeroInPanjabiBengaliAndGujarati() {
        for language in ["pa", "bn", "gu"] { #expect(categories(language, [0, 1, 2]) == [.one, .one, .other]) }
        for language in ["en-GB", "ur", "so"] { #expect(categories(language, [0, 1, 2]) == [.other, .one, .other]) }
    }

    @Test func spanishAndPortugueseMillionsAreMany() {
        #expect(categories("es", [1, 2, 1_000_000]) == [.one, .other, .many])
        #expect(categories("pt", [0, 1, 2_000_000]) == [.other, .one, .many])
    }
}
