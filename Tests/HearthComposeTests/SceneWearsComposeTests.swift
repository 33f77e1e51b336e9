import Foundation
import HearthLooks
import HearthModel
import Testing

@testable import HearthCompose

/// A picture's `wears:` reaches the drawing: the person in that picture is drawn wearing it, and only there.
struct SceneWearsComposeTests {
    @Test func thePictureDressesThePersonItDraws() throws {
        let file = try CaseFileLoader.parse("""
        hearth: 1
        case: { author: Sam, title: Test }
        story: { children: [leo], date: 2026-03-25 }
        children:
          - { id: leo, name: Leo, age: 4, looks: { clothes: green } }
        pictures:
          night:
            people:
              leo: { wears: pyjamas, walks: yes }
          day:
            people: [leo]

        """, file: "t.yaml")
        let composer = SceneComposer(strings: StringsCatalogue(language: "en-GB", entries: [:]))
        let night = try composer.scene(try #require(file.pictures["night"]), in: file)
        let day = try composer.scene(try #require(file.pictures["day"]), in: file)
        #expect(night.people.first?.looks.wears == [.pyjamas])
        #expect(day.people.first?.looks.wears == [])
        #expect(night.people.first?.looks.clothes == .green, "the rest of the looks is the person's own")
    }
}
