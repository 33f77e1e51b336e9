import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch
import HearthTestSupport
import Testing

@testable import HearthLayout

/// The people on the child's safety card wave hello: the hand on the page's right is raised beside the head,
/// the other open, each person inside their own slot with their name under their feet.
struct WavingRowTests {
    let measurer = FixedAdvanceMeasurer()

    static let people = [
        ScenePerson(id: "nan", label: "Nanna Pat", looks: PersonLooks(age: .older), feeling: .happy),
        ScenePerson(id: "mum", label: "Mummy", looks: PersonLooks(headCovering: .hijab), feeling: .happy),
        ScenePerson(id: "teacher", label: "Mrs Ahmed", looks: PersonLooks(role: .teacher), feeling: .happy),
        ScenePerson(id: "bro", label: "Sam", looks: PersonLooks(age: .child), feeling: .happy),
    ]

    @Test func eachPersonWavesWithTheirHandBesideTheirHead() {
        for person in Self.people {
            let figure = FigureSymbol(person.with(action: .giving), feet: Point(100, 200), height: 90, facing: .front, seed: 3,
                                      pose: WavingRow.wave(for: person.looks)).figure
            let still = FigureSymbol(person, feet: Point(100, 200), height: 90, facing: .front, seed: 3).figure
            #expect(figure.rightHand.y < figure.face.maxY, "\(person.id): the hand is up by the face, at \(figure.rightHand.y)")
            #expect(figure.rightHand.x > figure.face.maxX, "\(person.id): beside the head, not across it")
            #expect(still.rightHand.y > still.face.maxY, "\(person.id): standing still, the hand is down")
            #expect(figure.leftHand.y > figure.face.maxY + 10, "\(person.id): the other hand stays down")
        }
    }

    @Test func everyoneStaysInTheirSlotWithTheirNameUnderThem() throws {
        let row = WavingRow(measurer: measurer, unit: 1)
        for count in 1...Self.people.count {
            let people = Array(Self.people.prefix(count))
            let box = Rect(x: 26, y: 100, width: 369, height: 128)
            let (items, bottom) = row.items(people, in: box, seed: 7)
            let places = row.places(people, in: box)
            guard case .group(.list, let listed)? = items.first else { Issue.record("no list"); continue }
            #expect(listed.count == count)
            for (item, place) in zip(listed, places) {
                guard case .group(.listItem, let parts) = item, let ink = [parts[0]].inkBounds else { Issue.record("no figure"); continue }
                guard case .symbol(let symbol, _)? = { if case .group(_, let f) = parts[0] { f.first } else { nil } }() else { continue }
                #expect(symbol.id.hasPrefix("person giving"), "drawn waving: \(symbol.id)")
                #expect(place.slot.inset(by: -1).contains(ink), "\(count) people: a figure out of its slot: \(ink) in \(place.slot)")
                #expect(ink.maxY <= place.feet.y + 3)
                let names = parts.dropFirst().flatMap { part -> [TextLine] in
                    if case .group(_, let lines) = part { return lines.compactMap { if case .text(let t) = $0 { t } else { nil } } }
                    return []
                }
                let name = try #require(names.first)
                #expect(name.origin.y >= ink.maxY - 3 && place.slot.contains(name.bounds, tolerance: 0.5), "\(name.text) under its person")
                #expect(name.style.size >= 8)
            }
            #expect(bottom <= box.maxY + 1)
        }
    }
}

extension ScenePerson {
    func with(action: Action) -> ScenePerson {
        var out = self
        out.action = action
        return out
    }
}
