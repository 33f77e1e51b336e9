/// A decision's outcome in words, for its picture: who lives together now, and where. A judge's order or a meeting's
/// decision is an arrangement a child can see: Mei and Kai at Auntie Jen's house with Auntie Jen and Uncle Harjit.
///
/// Written in a scene as `decided: {people: [mei, kai, jen, harjit], where: home}` (or `decided: [mei, kai, jen,
/// harjit]` for the people alone, at home). Every id is a child or person of the case, checked when it is read.
public struct DecisionDescription: Hashable, Sendable {
    /// The children and grown-ups who are together now, in the order written.
    public var people: [String]
    /// Where they are together (a place picture's name); `home` when the words do not say.
    public var place: String
    /// Who decided: an id or role word in the picture (`judge`); nil lets the picture choose (a judge, else its
    /// first grown-up).
    public var by: String?
    /// Where the decision is written.
    public var location: SourceLocation?

    public init(people: [String], place: String = "home", by: String? = nil, location: SourceLocation? = nil) {
        self.people = people
        self.place = place
        self.by = by
        self.location = location
    }
}
