/// The secret that lets a browser or a script use the editor: 256 random bits, new at every launch, printed once in
/// the editor's address. Anyone else on the machine (another user, a web page open in the same browser) does not
/// know it, so cannot read or change drafts.
public struct LaunchToken: Sendable, Hashable {
    /// 64 lowercase hexadecimal digits.
    public let value: String

    public init(value: String) {
        self.value = value
    }

    /// A fresh token from the system's secure random source.
    public static func random() -> LaunchToken {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        var text = ""
        for _ in 0..<32 {
            let byte = UInt8.random(in: 0...255, using: &generator)
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return LaunchToken(value: text)
    }

    /// Whether `candidate` is this token, comparing every byte whatever the first difference, so the time taken
    /// says nothing about how much of a guess was right.
    public func matches(_ candidate: some StringProtocol) -> Bool {
        let a = Array(value.utf8), b = Array(candidate.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
