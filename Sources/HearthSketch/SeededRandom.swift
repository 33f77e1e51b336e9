/// The pen's random numbers: a tiny multiplicative generator whose whole state is one `UInt32`.
///
/// rough.js uses the same idea (multiply by 48271, wrapping at 32 bits), which makes a shape's wobble a pure
/// function of its seed. Unlike rough.js, seed 0 does not mean "truly random": it is replaced by a fixed
/// seed, so no input can make a picture differ between runs.
public struct SeededRandom: Hashable, Sendable {
    /// Used in place of seed 0, which would otherwise stay 0 forever.
    public static let zeroSeedReplacement: UInt32 = 0x2545_F491

    /// The generator's whole state; copying a generator copies its future.
    public private(set) var state: UInt32

    public init(seed: UInt32) {
        state = seed == 0 ? Self.zeroSeedReplacement : seed
    }

    /// The next number in `0..<1`.
    public mutating func next() -> Double {
        state = state &* 48271
        return Double(state & 0x7FFF_FFFF) / 2_147_483_648
    }

    /// The next number in `range.lowerBound..<range.upperBound`.
    public mutating func next(in range: Range<Double>) -> Double {
        range.lowerBound + next() * (range.upperBound - range.lowerBound)
    }
}
