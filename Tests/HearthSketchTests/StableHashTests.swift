import HearthGeometry
import HearthSketch
import Testing

struct StableHashTests {
    @Test(arguments: [
        ("", 0xcbf2_9ce4_8422_2325 as UInt64),
        ("a", 0xaf63_dc4c_8601_ec8c),
        ("foobar", 0x8594_4171_f739_67e8),
    ])
    func knownFNV1a64Values(text: String, expected: UInt64) {
        #expect(StableHash.fnv1a64(text) == expected)
    }

    @Test func hashesUTF8Bytes() {
        var hash = StableHash()
        for byte in "Zoë".utf8 { hash.combine(byte: byte) }
        #expect(hash.value == StableHash.fnv1a64("Zoë"))
    }

    @Test func seedsAreStableOddAndNonZero() {
        let seed = StableHash.seed("three-houses", "mia", "worries")
        #expect(seed == StableHash.seed("three-houses", "mia", "worries"))
        #expect(seed != 0)
        #expect(seed % 2 == 1)
        #expect(StableHash.seed() != 0)
        #expect(StableHash.seed("") != 0)
    }

    @Test func seedPartsKeepTheirBoundaries() {
        #expect(StableHash.seed("ab", "c") != StableHash.seed("a", "bc"))
        #expect(StableHash.seed("mia", "worries") != StableHash.seed("mia", "dreams"))
    }
}
