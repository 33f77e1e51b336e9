import HearthModel

/// No story page stands its people on white paper: a picture with people and no place is drawn at home (or, for a
/// section with a place of its own, there), so every picture is a scene.
enum PlacedEverywhere {
    /// Where a section's pictures happen when nothing else says.
    static func place(for section: BookletSection) -> String {
        switch section {
        case .whoIsWorried: "office"
        case .goal: "park"
        default: "home"
        }
    }

    static func adding(to pages: [StoryPage]) -> [StoryPage] {
        var out = pages
        for i in out.indices {
            if var scene = out[i].scene, scene.place == nil, !scene.people.isEmpty {
                scene.place = place(for: out[i].section)
                out[i].scene = scene
            }
            for k in out[i].panels.indices {
                guard var scene = out[i].panels[k].scene, scene.place == nil, !scene.people.isEmpty else { continue }
                scene.place = place(for: out[i].section)
                out[i].panels[k].scene = scene
            }
        }
        return out
    }
}
