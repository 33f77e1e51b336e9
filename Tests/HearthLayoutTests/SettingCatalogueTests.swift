import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch
import HearthTestSupport
import Testing

@testable import HearthLayout

/// `hearth pictures` shows the places on pages of their own, each with its anchors marked and named.
struct SettingCatalogueTests {
    @Test func placesHaveTheirOwnPagesWithAnchorsNamed() throws {
        let assets = SettingLayoutTests.assets
        let names = ["sofa", "living-room", "bedroom", "phone"]
        let catalogue = PictureCatalogue(title: "Pictures", subject: "test", pages: [
            CataloguePage(title: "Places and things", columns: 8, cells: names.map { CatalogueCell(label: $0, picture: .asset($0)) }),
        ])
        let doc = try CatalogueLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: assets, page: PageSpec(paper: .a4Landscape))
            .layout(catalogue, creationDate: "2026-01-01T00:00:00Z")
        #expect(doc.pages.count == 2)
        let places = Set(doc.pages[0].textLines.map(\.text))
        for word in ["living-room", "bedroom", "floor", "sofa", "door", "bed", "window"] {
            #expect(places.contains(word), "the places page does not name \(word)")
        }
        let things = doc.pages[1].textLines.map(\.text)
        #expect(things.contains("phone") && things.contains("sofa") && !things.contains("living-room"))
    }
}
