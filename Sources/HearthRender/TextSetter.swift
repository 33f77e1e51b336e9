import CHearthCairo
import HearthFrame

/// A Pango context on the bundled fonts and one reusable layout: what both measuring and drawing text need.
/// Owns both GObjects; one setter serves one thread.
final class TextSetter {
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

    /// The layout holding `text` in `style`, broken at `width` or on one line when `width` is nil.
    @discardableResult
    func set(_ text: String, style: TextStyle, width: Double? = nil) -> OpaquePointer {
        fonts.configure(layout, text: text, style: style, width: width)
        return layout
    }
}
