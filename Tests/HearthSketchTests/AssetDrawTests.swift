import HearthGeometry
import HearthSketch
import Testing

/// Pictures drawn through the pen: inside their slot, the same for a seed, never stretched.
struct AssetDrawTests {
    static let library: [String: AssetPicture] = (try? AssetLibrary.load(folder: AssetFixtures.pictures)) ?? [:]

    static let slots = [
        Rect(x: 0, y: 0, width: 100, height: 100),
        Rect(x: 30, y: 40, width: 85, height: 85),
        Rect(x: 0, y: 0, width: 300, height: 60),
        Rect(x: 10, y: 5, width: 40, height: 200),
        Rect(x: 0, y: 0, width: 24, height: 24),
    ]

    @Test func inkStaysInsideTheSlotGrownByStrokeAndJitter() throws {
        #expect(!Self.library.isEmpty)
        for (name, picture) in Self.library {
            for slot in Self.slots {
                for seed in UInt32(1)...3 {
                    let drawing = picture.draw(in: slot, seed: seed)
                    let bounds = try #require(drawing.bounds)
                    // The pen's width and wobble, at the picture's drawn size (a hundredth of its longer side).
                    let fitted = slot.aspectFit(picture.viewBox.size)
                    let unit = max(fitted.width, fitted.height) / 100
                    #expect(slot.inset(by: -(2 + 2 * 1.5) * unit).contains(bounds), "\(name) in \(slot): \(bounds)")
                    // The picture is shrunk to leave room for the pen, so the ink in fact keeps to the slot.
                    #expect(slot.inset(by: -0.5 * unit).contains(bounds), "\(name) in \(slot): \(bounds)")
                }
            }
        }
    }

    @Test func sameSeedSameDrawingOtherSeedOtherWobble() throws {
        let home = try #require(Self.library["home"])
        let slot = Rect(x: 0, y: 0, width: 120, height: 120)
        #expect(home.draw(in: slot, seed: 7) == home.draw(in: slot, seed: 7))
        #expect(home.draw(in: slot, seed: 7) != home.draw(in: slot, seed: 8))
        // Parsing twice gives the same picture, so files are drawn the same on every run.
        let again = try AssetLibrary.load(folder: AssetFixtures.pictures)
        #expect(again == Self.library)
    }

    @Test func aspectRatioIsKept() throws {
        let wide = try AssetFixtures.parse(AssetFixtures.svg(
            "<rect class=\"wall\" x=\"0\" y=\"0\" width=\"200\" height=\"100\"/>", viewBox: "0 0 200 100"))
        for slot in [Rect(x: 0, y: 0, width: 100, height: 300), Rect(x: 50, y: 20, width: 600, height: 100)] {
            let placed = try #require(wide.draw(in: slot, seed: 1, strokeWidth: 0).bounds)
            // Centred in the slot, and twice as wide as tall (the wobble aside).
            #expect(abs(placed.midX - slot.midX) < 3)
            #expect(abs(placed.midY - slot.midY) < 3)
            #expect(abs(placed.width / placed.height - 2) < 0.1)
        }
        let car = try #require(Self.library["car"])
        let tall = try #require(car.draw(in: Rect(x: 0, y: 0, width: 100, height: 400), seed: 1).bounds)
        let broad = try #require(car.draw(in: Rect(x: 0, y: 0, width: 800, height: 100), seed: 1).bounds)
        #expect(abs(tall.width / tall.height - broad.width / broad.height) < 0.05)
    }

    @Test func exactPictureIsFittedExactly() throws {
        let square = try AssetFixtures.parse(AssetFixtures.svg(
            "<rect class=\"wall\" x=\"0\" y=\"0\" width=\"100\" height=\"50\"/>", viewBox: "0 0 100 50"))
        let drawing = square.draw(in: Rect(x: 0, y: 0, width: 100, height: 100), seed: 3, strokeWidth: 0)
        let bounds = try #require(drawing.bounds)
        // With no pen width the margin is gone; the wobble is all that moves the rectangle.
        #expect(abs(bounds.width - 100) < 6)
        #expect(abs(bounds.height - 50) < 6)
        #expect(abs(bounds.midY - 50) < 2)
    }

    @Test func penWeightFollowsThePictureSize() throws {
        let star = try #require(Self.library["star"])
        func widest(_ d: Drawing) -> Double {
            d.strokes.compactMap { s -> Double? in if case .stroke(let w, _) = s.paint { w } else { nil } }.max() ?? 0
        }
        let small = widest(star.draw(in: Rect(x: 0, y: 0, width: 50, height: 50), seed: 1))
        let large = widest(star.draw(in: Rect(x: 0, y: 0, width: 200, height: 200), seed: 1))
        #expect(abs(large / small - 4) < 0.01)
        let thicker = widest(star.draw(in: Rect(x: 0, y: 0, width: 50, height: 50), seed: 1, strokeWidth: 4))
        #expect(thicker > small * 1.7)
    }

    @Test func thinShapesUseTheFinerPen() throws {
        let picture = try AssetFixtures.parse(AssetFixtures.svg(
            "<rect class=\"line\" x=\"10\" y=\"10\" width=\"80\" height=\"80\"/>\n<rect class=\"line thin\" x=\"10\" y=\"10\" width=\"80\" height=\"80\"/>"))
        let widths = picture.draw(in: Rect(x: 0, y: 0, width: 100, height: 100), seed: 1).strokes.compactMap {
            s -> Double? in if case .stroke(let w, _) = s.paint { w } else { nil }
        }
        #expect(widths.count == 2)
        #expect(widths[1] < widths[0] * 0.7)
    }

    @Test func degenerateSlotsDrawNothing() throws {
        let home = try #require(Self.library["home"])
        #expect(home.draw(in: Rect(x: 0, y: 0, width: 0, height: 10), seed: 1).isEmpty)
        #expect(home.draw(in: Rect(x: 0, y: 0, width: .nan, height: 10), seed: 1).isEmpty)
        #expect(home.draw(in: Rect(x: 0, y: 0, width: .infinity, height: 10), seed: 1).isEmpty)
        #expect(home.draw(in: Rect(x: 0, y: 0, width: 10, height: 10), seed: 1, strokeWidth: -1).isEmpty)
    }
}
