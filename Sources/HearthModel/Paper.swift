/// The paper a document is printed on; raw values are what a worker writes under `output.paper`.
public enum Paper: String, CaseIterable, Hashable, Sendable {
    case a4Landscape = "a4-landscape"
    case a4Portrait = "a4"
    case a3 = "a3"
    /// A5 pages imposed two to an A4 sheet, printed on both sides and folded into a booklet.
    case a5Booklet = "a5-booklet"
    /// US Letter, for teams in North America: the storyboard and worksheets lie landscape, the portrait story
    /// stands up, as on A4.
    case letterLandscape = "letter-landscape"
    case letterPortrait = "letter"
}
