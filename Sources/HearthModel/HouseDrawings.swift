/// The child's own drawings for a Three Houses interview, at most one per house.
///
/// A dictionary keyed by ``House`` would do, but this type keeps "one drawing per house" in the API
/// and reads naturally at call sites: `interview.drawings[.dreams]`.
public struct HouseDrawings: Hashable, Sendable {
    private var byHouse: [House: DrawingRef]

    public init(_ byHouse: [House: DrawingRef] = [:]) {
        self.byHouse = byHouse
    }

    public subscript(house: House) -> DrawingRef? {
        get { byHouse[house] }
        set { byHouse[house] = newValue }
    }

    public var isEmpty: Bool { byHouse.isEmpty }

    /// The drawings present, in house order.
    public var all: [DrawingRef] { House.allCases.compactMap { byHouse[$0] } }
}
