import CHearthCairo
import HearthFrame

/// A Pango context on the bundled fonts and one reusable layout: what both measuring and drawing text need.
/// Owns both GObjects; one setter serves one thread.
///
/// Every text is set at one reference size and scaled. Pango 1.50 builds a new fontset for every distinct size,
/// and each one starts two threads to sort the fonts; fitting tries dozens of sizes per page, so setting them
/// all at one size turns hundreds of font sorts into a handful. With hinting and glyph-position rounding off,
/// Pango's metrics are linear in the size, so nothing measured changes beyond a millionth of a point per glyph.
final class TextSetter {
    /// The size every layout is set at; large enough that Pango's 1/1024-point units lose no precision.
    static let referenceSize = 64.0

    let fonts: FontLibrary
    let context: OpaquePointer
    let layout: OpaquePointer

    init(fonts: FontLibrary) {
        self.fonts = fonts
        context = fonts.makeContext()
        layout = pango_layout_new(context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The layout holding `text` in `style`, broken at `width` or on one line when `width` is nil, and the factor
    /// that scales the layout's reference-size measurements to `style.size`.
    /// `direction`: the paragraph's, when known (a placed line's); nil lets its first strong letter decide.
    func set(_ text: String, style: TextStyle, width: Double? = nil, direction: TextDirection? = nil) -> (layout: OpaquePointer, scale: Double) {
        let scale = style.size / Self.referenceSize
        fonts.configure(
            layout, text: text, style: style.withSize(Self.referenceSize), width: width.map { $0 / scale }, direction: direction)
        return (layout, scale)
    }
}
