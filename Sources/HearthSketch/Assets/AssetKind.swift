/// Whether a picture is a thing drawn beside people or a setting drawn around them, written `data-kind` on `<svg>`.
///
/// A thing (a phone, a car) is fitted to a slot at a recognisable size. A setting (a living room, a street) is a
/// whole place at people's scale: 100 of its units are a grown-up's height, its `floor` anchor is where people
/// stand, and it is drawn to fill the picture behind them.
public enum AssetKind: String, CaseIterable, Hashable, Sendable {
    case thing, setting
}
