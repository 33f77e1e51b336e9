/// The three houses of the Three Houses tool (Weld & Greening), in their usual order.
///
/// Raw values are the case-file keys, so a house can name its own list and drawing.
public enum House: String, CaseIterable, Hashable, Sendable {
    case worries
    case goodThings = "good_things"
    case dreams
}
