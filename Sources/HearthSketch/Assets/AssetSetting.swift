/// What a setting file says about itself besides its shapes: the place names it stands for, and the flat colours
/// that continue its wall (or sky) and floor (or ground) past its edges when a picture is wider or taller.
///
/// A case file says `place: home`; `living-room.svg` says `data-for="home flat"`, so it is drawn for both. A
/// setting that says `data-also-for="home"` (a kitchen, a bedroom) is chosen for a home instead when the scene's
/// things need its anchors (a meal needs a table, someone lying down a bed).
public struct AssetSetting: Hashable, Sendable {
    /// Place names this setting is the usual drawing of (`data-for`).
    public var places: [String]
    /// Place names this setting may be drawn for when the scene needs its anchors (`data-also-for`).
    public var alsoFor: [String]
    /// The colour above the floor line beyond the drawing (`data-backdrop`, default `wall`).
    public var backdrop: AssetColour
    /// The colour below the floor line beyond the drawing (`data-ground`, default `cloud`).
    public var ground: AssetColour

    public init(places: [String] = [], alsoFor: [String] = [], backdrop: AssetColour, ground: AssetColour) {
        self.places = places
        self.alsoFor = alsoFor
        self.backdrop = backdrop
        self.ground = ground
    }

    /// 100 units of a setting are a grown-up's height.
    public static let unitsPerAdult = 100.0
}
