import HearthFrame
import HearthGeometry
import HearthTestSupport
import Testing

@testable import HearthLayout

/// A small deterministic generator for property tests (xorshift), so failures reproduce.
struct TestRandom {
    var state: UInt64
    init(_ seed: UInt64) { state = seed == 0 ? 0x9E3779B97F4A7C15 : seed }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next() % 1_000_000) / 1_000_000 * (range.upperBound - range.lowerBound)
    }
}

let vocabulary = [
    "I", "worry", "when", "Mummy", "shouts", "at", "night", "and", "my", "dog", "Biscuit", "hides", "under", "the",
    "bed", "with", "me", "sometimes", "there", "is", "no", "milk", "for", "cereal", "Nana", "makes", "pancakes",
    "extraordinarily", "supercalifragilistic", "a", "to", "school", "football", "goalkeeper",
]

func randomSentence(_ r: inout TestRandom) -> String {
    (0..<r.int(1...22)).map { _ in vocabulary[r.int(0...(vocabulary.count - 1))] }.joined(separator: " ")
}

/// Collapses runs of spaces so texts can be compared regardless of where lines broke.
func normalized(_ s: String) -> String {
    s.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
}

struct FitTextTests {
    let measurer = FixedAdvanceMeasurer()

    func fitter(_ sizes: ClosedRange<Double> = 10...20) -> FitText {
        FitText(measurer: measurer, options: FitOptions(sizes: sizes))
    }

    @Test func shortTextGetsTheLargestSize() {
        let region = Polygon(rectangle: Rect(x: 0, y: 0, width: 300, height: 300))
        let fitted = fitter().fit([TextBlock("I like pancakes", bulleted: true)], in: region)
        #expect(fitted.size == 20)
        #expect(fitted.lines.map(\.text) == ["I like pancakes"])
        #expect(fitted.fitsAll)
    }

    @Test func moreTextGetsASmallerSizeAndStillFits() {
        let region = Polygon(rectangle: Rect(x: 0, y: 0, width: 200, height: 200))
        let few = fitter().fit([TextBlock("I like pancakes with Nana on Saturdays", bulleted: true)], in: region)
        let many = fitter().fit(
            (0..<6).map { _ in TextBlock("I like pancakes with Nana on Saturdays", bulleted: true) }, in: region)
        #expect(many.size < few.size)
        #expect(many.fitsAll)
        #expect(many.lines.allSatisfy { region.contains($0.bounds, tolerance: 0.01) })
    }

    @Test func linesFollowTheShapeAroundTheDoor() {
        // An L-shaped region: full width above y=100, only the left 100 points below (a door on the right).
        let region = Polygon([Point(0, 0), Point(200, 0), Point(200, 100), Point(100, 100), Point(100, 200), Point(0, 200)])
        let text = (0..<80).map { _ in "word" }.joined(separator: " ")
        let fitted = fitter(10...10).fit([TextBlock(text)], in: region)
        let upper = fitted.lines.filter { $0.origin.y + $0.height <= 100 }
        let lower = fitted.lines.filter { $0.origin.y >= 100 }
        #expect(!upper.isEmpty && !lower.isEmpty)
        #expect(upper.allSatisfy { $0.origin.x + $0.width <= 200 })
        #expect(lower.allSatisfy { $0.origin.x + $0.width <= 100 })
        #expect(upper.map(\.width).max()! > 100)
    }

    @Test func overflowKeepsEveryWordInOrder() {
        let region = Polygon(rectangle: Rect(x: 0, y: 0, width: 150, height: 60))
        let blocks = (1...8).map { TextBlock("Item number \($0) is here", bulleted: true) }
        let fitted = fitter(10...14).fit(blocks, in: region)
        #expect(!fitted.fitsAll)
        #expect(fitted.size == 10)
        let placed = fitted.paragraphs.map { normalized($0.lines.map(\.text).joined(separator: " ")) }
        let rest = fitted.overflow.map(\.text)
        #expect(placed + rest == blocks.map(\.text))
    }

    @Test func aParagraphTooLongForAnyPageIsSplitAndMarkedContinued() {
        let region = Polygon(rectangle: Rect(x: 0, y: 0, width: 150, height: 40))
        let long = (0..<60).map { _ in "worry" }.joined(separator: " ")
        let fitted = fitter(10...12).fit([TextBlock(long, bulleted: true)], in: region)
        #expect(fitted.paragraphs.count == 1)
        #expect(fitted.overflow.count == 1)
        #expect(fitted.overflow[0].continued)
        let placed = fitted.lines.map(\.text).joined(separator: " ")
        #expect(normalized(placed + " " + fitted.overflow[0].text) == long)
    }

    @Test func balancingKeepsLineCountAndEvensLines() {
        let region = Polygon(rectangle: Rect(x: 0, y: 0, width: 200, height: 300))
        let block = TextBlock("I want Daddy to come and watch me at my swimming lesson on Friday", bulleted: true)
        var plain = FitOptions(sizes: 16...16)
        plain.balance = false
        let unbalanced = FitText(measurer: measurer, options: plain).fit([block], in: region)
        let balanced = fitter(16...16).fit([block], in: region)
        #expect(balanced.lines.count == unbalanced.lines.count)
        let spread = { (f: FittedText) in f.lines.map(\.width).max()! - f.lines.map(\.width).min()! }
        #expect(spread(balanced) < spread(unbalanced))
    }

    @Test func rightToLeftParagraphsHangFromTheRight() {
        let region = Polygon(rectangle: Rect(x: 0, y: 0, width: 300, height: 100))
        let fitted = fitter(12...12).fit([TextBlock("مجھے اپنی امی سے پیار ہے", bulleted: true)], in: region)
        let line = fitted.lines[0]
        #expect(line.direction == .rightToLeft)
        #expect(abs(line.origin.x + line.width - (300 - 1.1 * 12)) < 0.01)
        #expect(fitted.paragraphs[0].bullet!.x > line.origin.x + line.width)
    }

    /// The property the worksheet relies on: whatever the words and the house, no line leaves the shape.
    @Test func fittedTextNeverLeavesItsShape() {
        var r = TestRandom(20_261_130)
        for _ in 0..<300 {
            let slot = Rect(x: r.double(0...50), y: r.double(0...50), width: r.double(120...400), height: r.double(180...500))
            let shape = HouseShape(slot: slot, unit: r.double(0.8...1.4))
            let blocks = (0..<r.int(0...9)).map { _ in TextBlock(randomSentence(&r), bulleted: true) }
            let fitted = fitter(11...20).fit(blocks, in: shape.textRegion)
            for line in fitted.lines {
                #expect(shape.textRegion.contains(line.bounds, tolerance: 0.01), "\(line.text) at \(line.bounds)")
            }
            for p in fitted.paragraphs {
                if let b = p.bullet { #expect(shape.textRegion.contains(b)) }
            }
            // Nothing is lost: placed characters plus overflow are the input, in order (a word split across
            // lines has no space at the split, so compare without spaces).
            let placed = fitted.lines.map(\.text).joined() + fitted.overflow.map(\.text).joined()
            #expect(placed.filter { $0 != " " } == blocks.map(\.text).joined().filter { $0 != " " })
        }
    }
}
