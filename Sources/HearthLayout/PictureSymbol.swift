import Foundation
import HearthFrame
import HearthGeometry
import HearthSketch

/// A place or thing drawn once per size step and placed as a scaled copy, as `FigureSymbol` does for people: the
/// family's house on every page is one drawing in the PDF.
///
/// Pictures scale their pen with their size (see `AssetPlacement`), so a copy drawn at a nearby size and scaled
/// is what drawing in place would give, but for the pen's wobble on very long lines.
enum PictureSymbol {
    static func item(_ picture: AssetPicture, name: String, in box: Rect, seed: UInt32, strokeWidth: Double) -> FrameItem {
        let longest = max(box.width, box.height)
        guard longest > 0, longest.isFinite, box.width > 0, box.height > 0 else {
            return .group(.figure(alt: name), picture.draw(in: box, seed: seed, strokeWidth: strokeWidth).frameItems)
        }
        let drawn = FigureSymbol.sizeGroup(longest).drawn
        // Boxes of nearly the same shape share a drawing; the copy is centred on the box, so a shape rounded to
        // a hundredth moves the picture by at most a quarter of a per cent of its width.
        let aspect = max((box.width / box.height * 100).rounded() / 100, 0.01)
        let local = aspect >= 1
            ? Rect(x: 0, y: 0, width: drawn, height: drawn / aspect) : Rect(x: 0, y: 0, width: drawn * aspect, height: drawn)
        let k = longest / max(local.width, local.height)
        let placement = Placement(offset: Point(box.midX - local.midX * k, box.midY - local.midY * k), scale: k)
        let items = picture.draw(in: local, seed: seed, strokeWidth: strokeWidth).frameItems
        return .symbol(Symbol(id: ContentID.of(items, kind: "picture \(name)"), items: items), placement)
    }
}
