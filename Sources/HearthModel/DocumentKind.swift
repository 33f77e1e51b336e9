/// A kind of document Hearth can produce from a case file.
///
/// Raw values are what a worker writes under `output.documents`. Kinds from the design that are not
/// built yet are listed in ``CaseFileSchema/plannedDocumentKinds`` so they get a "not yet" message.
public enum DocumentKind: String, CaseIterable, Hashable, Sendable {
    case threeHouses = "three-houses"
    /// The Words and Pictures booklet: the child's story, one short idea per page.
    case wordsAndPictures = "words-and-pictures"
}
