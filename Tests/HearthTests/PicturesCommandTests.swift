import Foundation
import Testing

/// `hearth pictures`: the names, the catalogue, and the scenes a case file describes.
struct PicturesCommandTests {
    @Test func listsEveryPlaceAndThing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["pictures", "--list"])
        #expect(r.status == 0, "\(r.stderr)")
        let names = Set(r.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) })
        let required = [
            "home", "flat", "school", "hospital", "court", "office", "park", "car", "police-car", "bed", "cot", "sofa", "table",
            "phone", "bottle", "glass", "medicine", "food-cupboard", "tv", "door", "heart", "sun", "cloud", "rain", "star",
            "tree", "speech-bubble", "thought-bubble", "arrow", "tick", "cross", "calendar", "clock",
        ]
        #expect(required.filter { !names.contains($0) } == [])
    }

    @Test func theCatalogueIsAPDFWithAPagePerGroup() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let r = try cli.run(["pictures", "-o", "catalogue.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("wrote catalogue.pdf"))
        #expect(cli.files() == ["catalogue.pdf"])
    }

    @Test func aCaseFilesPicturesAreDrawnAndAnUnknownPlaceIsNamed() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let good = """
            children:
              - id: mia
                name: Mia
                age: 7
            people:
              - id: nana
                name: Jean
                called: Nana Jean
                looks: { age: older, hair: bun, hair_colour: white }
            pictures:
              pancakes:
                place: home
                people: [mia: happy, nana: loved]
                say: { nana: "Who wants pancakes?" }

            """
        _ = try cli.write("mia.yaml", good)
        let ok = try cli.run(["pictures", "--case", "mia.yaml", "-o", "out/"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(cli.files().contains("out/mia-pictures.pdf"))

        _ = try cli.write("bad.yaml", good.replacingOccurrences(of: "place: home", with: "place: castle"))
        let bad = try cli.run(["pictures", "--case", "bad.yaml", "-o", "out2/"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.yaml:12:5: pictures.pancakes: there is no picture called 'castle'"), "\(bad.stderr)")
        #expect(!cli.files().contains { $0.hasPrefix("out2") })
    }
}
