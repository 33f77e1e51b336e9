/// A kind of document Hearth can produce from a case file.
///
/// Raw values are what a worker writes under `output.documents`. Kinds from the design that are not
/// built yet are listed in ``CaseFileSchema/plannedDocumentKinds`` so they get a "not yet" message.
public enum DocumentKind: String, CaseIterable, Hashable, Sendable {
    case threeHouses = "three-houses"
    /// The Words and Pictures booklet: the child's story, one short idea per page.
    case wordsAndPictures = "words-and-pictures"
    /// The family's printed safety plan, for parents and the network (not child-facing).
    case safetyPlan = "safety-plan"
    /// The child's safety card: a full A5 page, and wallet cards to cut out.
    case mySafetyPlan = "my-safety-plan"
}
