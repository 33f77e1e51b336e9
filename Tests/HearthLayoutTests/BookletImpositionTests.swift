import HearthFrame
import HearthGeometry
import Testing

@testable import HearthLayout

struct BookletImpositionTests {
    func pairs(_ n: Int) -> [[Int?]] {
        BookletImposition.sheets(pageCount: n).flatMap { [[$0.front.left, $0.front.right], [$0.back.left, $0.back.right]] }
    }

    @Test func eightPages() {
        #expect(pairs(8) == [[8, 1], [2, 7], [6, 3], [4, 5]])
    }

    @Test func twelvePages() {
        #expect(pairs(12) == [[12, 1], [2, 11], [10, 3], [4, 9], [8, 5], [6, 7]])
    }

    @Test func thirteenPagesArePaddedWithBlanksAtTheEnd() {
        // Sixteen slots; pages 14 to 16 are blank, so the back cover and the pages before it are empty.
        #expect(pairs(13) == [[nil, 1], [2, nil], [nil, 3], [4, 13], [12, 5], [6, 11], [10, 7], [8, 9]])
    }

    @Test func sixteenPages() {
        #expect(pairs(16) == [[16, 1], [2, 15], [14, 3], [4, 13], [12, 5], [6, 11], [10, 7], [8, 9]])
    }

    @Test func everyPageAppearsExactlyOnce() {
        for n in 1...40 {
            let all = pairs(n).flatMap { $0 }.compactMap { $0 }
            #expect(all.sorted() == Array(1...n), "\(n) pages")
            #expect(pairs(n).count % 2 == 0)
        }
    }

    @Test func imposedSidesCarryTheirPagesShifted() {
        let pages = (1...4).map { n in
            Frame(size: Size(width: 420.945, height: 595.28), items: [.text(TextLine(
                text: "page \(n)", origin: Point(10, 10), width: 40, height: 12, style: TextStyle(size: 10), color: .black,
                direction: .leftToRight))])
        }
        let sides = BookletImposition.impose(pages)
        #expect(sides.count == 2)
        #expect(sides[0].size == Size(width: 841.89, height: 595.28))
        let texts = sides.map { $0.textLines.map { "\($0.text)@\(Int($0.origin.x))" } }
        #expect(texts == [["page 4@10", "page 1@430"], ["page 2@10", "page 3@430"]])
    }
}
