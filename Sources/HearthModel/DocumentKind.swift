/// A kind of document Hearth can produce from a case file.
///
/// Raw values are what a worker writes under `output.documents`. Kinds from the design that are not
/// built yet are listed in ``CaseFileSchema/plannedDocumentKinds`` so they get a "not yet" message.
public enum DocumentKind: String, CaseIterable, Hashable, Sendable {
    case threeHouses = "three-houses"
    /// The Words and Pictures booklet: the child's story, one short idea per page.
    case wordsAndPictures = "words-and-pictures"
    /// The 0–10 safety scale with the child's mark and the grown-ups' (from `scales`).
    case safetyScale = "safety-scale"
    /// Sonja Parker's Safety House (from `safety_house`).
    case safetyHouse = "safety-house"
    /// The Fairy/Wizard sheet for younger children (from `fairy_wizard`).
    case fairyWizard = "fairy-wizard"
    /// The child's safety circles: the network map (from `people`, or `safety_circles`).
    case safetyCircles = "safety-circles"
    /// The family's printed safety plan, for parents and the network (not child-facing).
    case safetyPlan = "safety-plan"
    /// The child's safety card: a full A5 page, and wallet cards to cut out.
    case mySafetyPlan = "my-safety-plan"
}
