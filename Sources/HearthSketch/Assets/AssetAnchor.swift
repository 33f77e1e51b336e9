import HearthGeometry

/// A named place inside a picture where people or things go, written `<rect data-anchor="bed" …/>`: not drawn.
///
/// The rectangle's top edge is the surface (the floor, a mattress, a seat, a table top) and its left and right
/// edges the span a person or thing may use; a `door` or `cupboard` anchor marks the front a person stands at.
/// Scenes ask for anchors by name, so trainers add furniture to a place without touching code.
public struct AssetAnchor: Hashable, Sendable {
    public var name: String
    /// In the picture's viewBox units, after any transform.
    public var rect: Rect
    /// The line of the file it is written on, for error messages.
    public var line: Int

    public init(name: String, rect: Rect, line: Int = 0) {
        self.name = name
        self.rect = rect
        self.line = line
    }
}

/// The rules anchor and place names follow, and the names layouts ask for.
enum AssetAnchorRules {
    /// Every setting has one: its top edge is where people stand.
    static let floor = "floor"

    /// Lower-case words of letters and digits joined by single hyphens.
    static func isGoodName(_ name: String) -> Bool {
        AssetLibrary.isGoodName(name)
    }
}
