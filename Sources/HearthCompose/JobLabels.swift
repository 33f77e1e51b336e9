import HearthLooks
import HearthModel

/// The first time a helper appears in a document's pictures, the name under them says their job ("Marcus, social
/// worker"; "Mrs Lewis, teacher"): a lanyard alone means nothing to a child. On later pages their name is enough.
/// The job comes from the person's `role:` in the case, the words from the strings catalogue.
struct JobLabels {
    var strings: StringsCatalogue
    var caseFile: CaseFile

    /// The pages with each helper's first label, in story order (a storyboard's panels in their order), carrying
    /// their job. A label that already says the job ("Doctor" for someone drawn in that role) is left as it is.
    func adding(to pages: [StoryPage]) throws(ComposeError) -> [StoryPage] {
        var out = pages
        var met: Set<String> = []
        for i in out.indices {
            if var scene = out[i].scene {
                try label(&scene, met: &met)
                out[i].scene = scene
            }
            for k in out[i].panels.indices {
                guard var scene = out[i].panels[k].scene else { continue }
                try label(&scene, met: &met)
                out[i].panels[k].scene = scene
            }
        }
        return out
    }

    func label(_ scene: inout SceneContent, met: inout Set<String>) throws(ComposeError) {
        for k in scene.people.indices {
            let id = scene.people[k].id
            guard let person = caseFile.person(id: id), let role = person.role, !met.contains(id),
                let name = scene.people[k].label
            else { continue }
            met.insert(id)
            let job = try strings.text("role.\(role.rawValue)")
            guard !name.lowercased().contains(job.lowercased()) else { continue }
            scene.people[k].label = try strings.text("wp.name_and_job", ["name": name, "job": job])
        }
    }
}
