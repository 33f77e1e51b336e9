import HearthGeometry
import Testing

@testable import HearthLayout

struct HouseShapeTests {
    let shape = HouseShape(slot: Rect(x: 30, y: 90, width: 240, height: 430), unit: 1)

    @Test func wordsStayInsideTheWallsAndClearOfTheDoor() {
        let region = shape.textRegion
        #expect(region.vertices.allSatisfy { shape.body.contains($0) })
        let door = shape.door
        let probe = Rect(x: door.minX + 1, y: door.minY + 1, width: door.width - 2, height: door.height - 2)
        #expect(!region.contains(Rect(x: probe.minX, y: probe.minY, width: 1, height: 1)))
        #expect(region.widestSpan(top: door.minY, bottom: door.minY + 10).map { $0.upperBound <= door.minX } == true)
    }

    @Test func theRoofLabelSitsInsideTheRoof() {
        let roof = Polygon(shape.roofTriangle)
        #expect(shape.labelRegion.vertices.allSatisfy { roof.contains($0) })
    }

    @Test func everyPartStaysInItsSlotExceptTheSmokeAboveTheChimney() {
        for r in [shape.body, shape.door, shape.motif, shape.drawingBox] {
            #expect(shape.slot.contains(r, tolerance: 0.01))
        }
        #expect(shape.chimney.minY > shape.slot.minY)
    }
}
