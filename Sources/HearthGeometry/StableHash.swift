/// FNV-1a (64-bit) over UTF-8 bytes: a hash that never changes between runs, processes or machines.
///
/// Pictures must look the same every time a case file is rendered, so their seeds come from stable content
/// (document kind, child, section) through this hash. Swift's `Hasher` is seeded randomly per process and
/// would redraw every picture on every run.
public struct StableHash: Hashable, Sendable {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// Fed between the parts of a seed so that ("ab", "c") and ("a", "bc") hash differently; it never occurs in
    /// UTF-8 text written by people.
    public static let partSeparator: UInt8 = 0x1F

    /// The hash of everything combined so far.
    public private(set) var value: UInt64

    public init() {
        value = Self.offsetBasis
    }

    public mutating func combine(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    public mutating func combine(_ string: String) {
        for byte in string.utf8 { combine(byte: byte) }
    }

    /// The FNV-1a 64-bit hash of the string's UTF-8 bytes.
    public static func fnv1a64(_ string: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(string)
        return hash.value
    }

    /// A pen seed derived from stable names, e.g. `seed("three-houses", "mia", "worries")`.
    ///
    /// The 64-bit hash is folded to 32 bits and made odd: the pen's multiplicative generator keeps a seed's
    /// trailing zero bits forever, so an odd seed gets the longest, least patterned sequence (and is never 0).
    public static func seed(_ parts: String...) -> UInt32 {
        var hash = StableHash()
        for (index, part) in parts.enumerated() {
            if index > 0 { hash.combine(byte: partSeparator) }
            hash.combine(part)
        }
        let folded = hash.value ^ (hash.value >> 32)
        return UInt32(truncatingIfNeeded: folded) | 1
    }
}
