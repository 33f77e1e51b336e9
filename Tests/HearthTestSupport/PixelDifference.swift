/// How far one page image is from another, for comparing renders with references: the share of pixels whose colour
/// differs by more than a tolerance in any channel, so antialiasing and font hinting pass and a moved shape does not.
public enum PixelDifference {
    /// The share (0…1) of pixels of two RGBA images of `pixels` pixels each that differ by more than
    /// `channelTolerance` in red, green or blue.
    public static func share(_ want: [UInt8], _ got: [UInt8], pixels: Int, channelTolerance: Int) -> Double {
        precondition(want.count == got.count && want.count == pixels * 4, "images of different sizes")
        var differing = 0
        for i in stride(from: 0, to: want.count, by: 4) {
            for c in 0..<3 where abs(Int(want[i + c]) - Int(got[i + c])) > channelTolerance {
                differing += 1
                break
            }
        }
        return Double(differing) / Double(pixels)
    }
}
