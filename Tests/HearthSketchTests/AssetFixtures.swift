import Foundation
import HearthGeometry
import HearthSketch
import HearthTestSupport

/// The picture folder and small helpers shared by the asset tests.
enum AssetFixtures {
    static let pictures = Repository.url("Assets/pictures")

    /// The pictures the project's documents rely on (DESIGN.md §3).
    static let requiredNames = [
        "home", "flat", "school", "hospital", "court", "office", "park", "car", "police-car", "bed", "cot", "sofa", "table",
        "phone", "bottle", "glass", "medicine", "food-cupboard", "empty-cupboard", "tv", "door", "heart", "sun",
        "cloud", "rain", "star", "tree", "speech-bubble", "thought-bubble", "arrow", "tick", "cross", "calendar",
        "clock",
    ]

    /// A file with `body` inside a 100 × 100 picture, the body starting on line 3.
    static func svg(_ body: String, viewBox: String = "0 0 100 100") -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(viewBox)\">\n  <title>Test</title>\n" + body + "\n</svg>\n"
    }

    static func parse(_ text: String, name: String = "test") throws(AssetError) -> AssetPicture {
        try AssetPicture.parse(text, name: name, file: name + ".svg")
    }

    /// The error parsing `text` gives, or `nil` when it parses.
    static func error(_ text: String) -> AssetError? {
        do throws(AssetError) {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    /// The one path of a picture holding a single `<path d=…>`.
    static func path(_ d: String) throws -> Path {
        let picture = try parse(svg("<path class=\"line\" d=\"\(d)\"/>"))
        return picture.shapes[0].path
    }
}
