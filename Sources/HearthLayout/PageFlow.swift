import HearthFrame
import HearthGeometry

/// Pages filled from the top down: a cursor that moves down as blocks are placed and starts a fresh page when the
/// next block does not fit, for documents that flow (the family's safety plan) rather than fill fixed slots.
struct PageFlow {
    var size: Size
    var top: Double
    var bottom: Double
    private(set) var pages: [Frame] = []
    var current: Frame
    var y: Double

    init(size: Size, top: Double, bottom: Double) {
        self.size = size
        self.top = top
        self.bottom = bottom
        current = Frame(size: size)
        y = top
    }

    /// Room left on this page.
    var room: Double { bottom - y }
    /// Whether nothing is placed on this page yet.
    var atTop: Bool { y <= top }

    mutating func newPage() {
        pages.append(current)
        current = Frame(size: size)
        y = top
    }

    /// Starts a new page unless `height` fits below the cursor (or the page is still empty).
    mutating func ensure(_ height: Double) {
        if height > room && !atTop { newPage() }
    }

    mutating func add(_ items: [FrameItem]) {
        current.items += items
    }

    /// Every page, the one being filled included.
    func finished() -> [Frame] {
        pages + [current]
    }
}
