import HearthCompose
import HearthLooks
import HearthModel
import HearthSketch

/// Which setting a scene's place is drawn in: the setting of that name, or one that says it stands for the
/// place (`data-for`, `data-also-for`), the one whose anchors the scene's people and things need most.
///
/// A case file says `place: home` for the sofa, the kitchen table and the bed alike; the scene's things and
/// actions say which room of the home it is.
enum SettingChoice {
    /// Things that belong on a table when the setting has one.
    /// Things that stand on a road when the setting has one.
    static let vehicles: Set<String> = ["car", "police-car", "bus", "ambulance"]

    static let onTable: Set<String> = ["meal", "plate", "medicine", "bottle", "glass", "book", "clock", "phone", "teddy"]

    /// The setting for the scene's place, or nil when the place is a thing (or missing) and no setting stands for it.
    static func setting(for scene: SceneContent, in assets: [String: AssetPicture]) -> AssetPicture? {
        guard let place = scene.place else { return nil }
        if let own = assets[place], own.kind == .setting { return own }
        let wanted = anchorsWanted(by: scene)
        var best: (picture: AssetPicture, score: Int)? = nil
        // Usual settings first, then those that may stand in; each in name order, so the choice is stable.
        let settings = assets.values.filter { $0.kind == .setting }.sorted { $0.name < $1.name }
        let usual = settings.filter { $0.setting?.places.contains(place) == true }
        let alternatives = settings.filter { $0.setting?.alsoFor.contains(place) == true }
        for picture in usual + alternatives {
            let score = wanted.filter { picture.anchor($0) != nil }.count
            if best == nil || score > best!.score { best = (picture, score) }
        }
        return best?.picture
    }

    /// The anchors a scene would use: a bed for someone lying down, a table for a meal, the furniture it names.
    static func anchorsWanted(by scene: SceneContent) -> Set<String> {
        var wanted: Set<String> = []
        // A bed for the first person lying down; a cot for a baby or toddler lying down as well, a sofa for anyone else.
        let lying = scene.people.filter { $0.action == .lyingInBed && $0.anchor == nil }
        if !lying.isEmpty { wanted.insert("bed") }
        for person in lying.dropFirst() {
            wanted.insert([AgeGroup.baby, .toddler].contains(person.looks.age) ? "cot" : "sofa")
        }
        // The places the words put people: the sofa they sit on, the cupboard they stand at.
        for case let anchor? in scene.people.map(\.anchor) where anchor != "floor" {
            // A cot is the room's bed where it has none, so a room with both serves best.
            if anchor == "cot" { wanted.insert("bed") }
            wanted.insert(anchor)
        }
        for thing in scene.things {
            switch thing {
            case "bed", "cot": wanted.insert("bed")
            case "food-cupboard", "empty-cupboard": wanted.insert("cupboard")
            case "meal", "plate", "table": wanted.insert("table")
            // A car stands on a road: a home's scene with one happens outside it.
            case let vehicle where vehicles.contains(vehicle): wanted.insert("road")
            default: wanted.insert(thing)
            }
        }
        return wanted
    }
}
