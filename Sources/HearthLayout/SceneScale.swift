import HearthCompose
import HearthGeometry

/// One scale for a document: a grown-up is the same height on every page, so a child sees Mummy the same size
/// throughout, and settings and furniture are drawn at their real size against that height.
///
/// Children are sized by age as a share of a grown-up's height by the figures themselves (`BodyPlan`); a page
/// too crowded for the document's scale draws its people smaller, never larger.
public enum SceneScale {
    /// Where the floor (or ground) line of a setting lies, as a share of the picture's height from its top: the
    /// band below holds the names, the wall above holds the people's heads and their words.
    static let floorLine = 0.8
    /// A grown-up's height as a share of the picture's height: their head ends a third of the way down, leaving
    /// the top of the wall for speech and thought bubbles.
    static let adultShare = 0.44
    /// The most a grown-up may measure in a slot shorter than the story pages' (a cover), keeping room above the
    /// heads for words.
    static let tallestShare = 0.55

    /// The most a grown-up may measure in pictures that fill slots like `slot`.
    public static func adultHeight(for slot: Rect) -> Double {
        (slot.height * adultShare).rounded()
    }

    /// The share of a document's pictures drawn at its scale; only the most crowded rest draw smaller.
    static let fitShare = 0.7

    /// The height of a grown-up for a document whose pictures show `scenes` in slots like `slot`: as tall as the
    /// slot allows, lowered until `fitShare` of the pictures fit at it, so most pages share one scale rather than
    /// each crowded page shrinking on its own. Whole points, so every page's drawings share one size.
    static func adultHeight(for slot: Rect, scenes: [SceneContent], layout: SceneLayout) -> Double {
        let most = adultHeight(for: slot)
        var layout = layout
        layout.measuresOnly = true
        let fits = scenes.compactMap { try? layout.place($0, in: slot, figureHeight: most).figureHeight }.sorted(by: >)
        guard !fits.isEmpty else { return most }
        let k = min(fits.count - 1, max(0, Int((Double(fits.count) * fitShare).rounded(.up)) - 1))
        return min(most, fits[k].rounded(.down))
    }
}
