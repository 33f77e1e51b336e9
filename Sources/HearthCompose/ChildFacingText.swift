import HearthModel

/// One piece of text a child's booklet prints, with where it is written, so `hearth check` can read every word a
/// child will read and point at its line: the child wording of map statements, disputes, rules and network jobs,
/// the "who I can talk to" lines, page texts, the cover title, and speech and thought bubbles in pictures.
/// (Complicating factors, warning signs and what happens if the plan is not working are for the grown-ups'
/// documents.)
struct ChildFacingText: Hashable, Sendable {
    var text: String
    var location: SourceLocation?
    var keyPath: String
    /// Ids of who the text is about (a statement's `who`, everyone in a bubble's picture), who may be meant by a "he"
    /// or "she" without being named.
    var about: [String] = []
    /// What the child should do when worried (a `talk_to` line, the talk-to page): it must name the danger
    /// plainly ("if Mummy will not wake up, phone 999"), so phrases that frighten are not flagged in it.
    var isInstruction = false

    /// Every text the case's Words and Pictures booklet prints, in the order the file is read.
    static func all(in caseFile: CaseFile) -> [ChildFacingText] {
        var out: [ChildFacingText] = []
        var pictures: [(SceneDescription, String)] = []
        func picture(_ ref: SceneRef?, at keyPath: String) {
            if case .inline(let scene) = ref { pictures.append((scene, keyPath + ".picture")) }
        }
        func statement(_ s: Statement) {
            out.append(ChildFacingText(
                text: s.wording, location: s.childLocation ?? s.location, keyPath: s.keyPath, about: s.who))
            picture(s.picture, at: s.keyPath)
        }
        if let title = caseFile.story.title {
            out.append(ChildFacingText(text: title, location: caseFile.story.location, keyPath: "story.title"))
        }
        let map = caseFile.map
        (caseFile.history + map.harm + map.worries + map.workingWell + map.goals + map.nextSteps).forEach(statement)
        for (i, dispute) in caseFile.disputes.enumerated() {
            ([dispute.about] + dispute.says + [dispute.decided].compactMap { $0 }).forEach(statement)
            picture(dispute.picture, at: "disputes[\(i)]")
        }
        caseFile.safetyPlan.network.compactMap(\.job).forEach(statement)
        // What happens if the plan is not working is printed where the family agreed words for the child.
        caseFile.safetyPlan.ifNotWorking.filter(\.hasChildWording).forEach(statement)
        if let place = caseFile.safetyPlan.safePlace { statement(place) }
        for rule in caseFile.safetyPlan.rules {
            out.append(ChildFacingText(
                text: rule.wording, location: rule.childLocation ?? rule.location, keyPath: rule.keyPath,
                about: rule.who))
            picture(rule.picture, at: rule.keyPath)
        }
        for (i, entry) in caseFile.safetyPlan.talkTo.enumerated() {
            guard let how = entry.how else { continue }
            out.append(ChildFacingText(
                text: how, location: entry.location, keyPath: "safety_plan.talk_to[\(i)]",
                about: [entry.who].compactMap { $0 }, isInstruction: true))
        }
        for (section, page) in caseFile.pages.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for (i, text) in page.text.enumerated() {
                let at = i < page.textLocations.count ? page.textLocations[i] : page.location
                out.append(ChildFacingText(
                    text: text, location: at, keyPath: "pages.\(section.rawValue).text[\(i)]",
                    isInstruction: section == .talkTo))
            }
            picture(page.picture, at: "pages.\(section.rawValue)")
        }
        for name in caseFile.pictureNames {
            if let scene = caseFile.pictures[name] { pictures.append((scene, "pictures.\(name)")) }
        }
        for (scene, keyPath) in pictures {
            for bubble in scene.bubbles {
                out.append(ChildFacingText(
                    text: bubble.text, location: bubble.location ?? scene.location,
                    keyPath: "\(keyPath).\(bubble.thought ? "think" : "say").\(bubble.speaker)",
                    about: scene.people.map(\.ref)))
            }
        }
        return out
    }
}
