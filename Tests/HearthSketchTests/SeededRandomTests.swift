import HearthGeometry
import HearthSketch
import Testing

struct SeededRandomTests {
    @Test func followsTheMultiplicativeRecurrence() {
        var random = SeededRandom(seed: 1)
        #expect(random.next() == 48271.0 / 2_147_483_648)
        #expect(random.state == 48271 &* 1)
        let second = UInt32(48271) &* 48271
        #expect(random.next() == Double(second & 0x7FFF_FFFF) / 2_147_483_648)
    }

    @Test func seedZeroIsAFixedSeedNotARandomOne() {
        var zero = SeededRandom(seed: 0)
        var replacement = SeededRandom(seed: SeededRandom.zeroSeedReplacement)
        #expect(zero.state != 0)
        for _ in 0..<10 { #expect(zero.next() == replacement.next()) }
    }

    @Test func staysInUnitInterval() {
        var random = SeededRandom(seed: StableHash.seed("range"))
        for _ in 0..<10_000 {
            let x = random.next()
            #expect(x >= 0 && x < 1)
        }
        for _ in 0..<1_000 {
            let y = random.next(in: -2..<3)
            #expect(y >= -2 && y < 3)
        }
    }
}
