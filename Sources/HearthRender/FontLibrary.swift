import CHearthCairo
import Foundation
import Synchronization
import HearthFrame

/// The bundled fonts, loaded into a private fontconfig configuration that holds nothing else, and the Pango font
/// map built on it. Output never depends on the fonts a machine happens to have.
///
/// Owns the font map (a GObject); one library serves one thread's measurer and renderer.
public final class FontLibrary {
    /// Families tried in order for text with no language hint; fontconfig falls back within these only.
    public static let fallbackFamilies = [
        "Andika", "Noto Naskh Arabic", "Noto Nastaliq Urdu", "Noto Sans Bengali", "Noto Sans Gurmukhi",
        "Noto Sans Gujarati", "Noto Sans Devanagari", "Noto Sans Tamil", "Noto Sans Ethiopic",
    ]

    /// Families put first for a language, where the general order would pick a less fitting font.
    static let preferredByLanguage: [String: String] = ["ur": "Noto Nastaliq Urdu"]

    let fontMap: UnsafeMutablePointer<PangoFontMap>
    public let directory: URL
    /// Every family name the bundled files declare.
    public let families: Set<String>
    private var descriptions: [TextStyle: OpaquePointer] = [:]

    /// Fontconfig's current configuration is one per process, and making ours current frees the one before: two
    /// libraries made at once on two threads can free a configuration the other is still reading. They are made
    /// one at a time.
    private static let creation = Mutex(())

    public init(directory: URL) throws(RenderError) {
        let made = Self.creation.withLock { _ in
            Result { () throws(RenderError) in try Self.load(directory) }
        }
        let loaded = try made.get()
        self.directory = directory
        families = loaded.families
        fontMap = loaded.map
    }

    /// The bundled fonts in a private fontconfig configuration, made current, and a Pango font map on it.
    private static func load(_ directory: URL) throws(RenderError)
        -> (families: Set<String>, map: UnsafeMutablePointer<PangoFontMap>)
    {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".ttf") || $0.hasSuffix(".otf") }
                .sorted()
        } catch {
            throw .fonts("cannot read the fonts folder \(directory.path): \(error.localizedDescription)")
        }
        guard !files.isEmpty else { throw .fonts("no font files in \(directory.path)") }
        guard let config = FcConfigCreate() else { throw .fonts("fontconfig could not create a configuration") }
        defer { FcConfigDestroy(config) }
        for f in files {
            let path = directory.appendingPathComponent(f).path
            if FcConfigAppFontAddFile(config, path) == 0 {
                throw .fonts("fontconfig could not load \(path)")
            }
        }
        var found: Set<String> = []
        if let set = FcConfigGetFonts(config, FcSetApplication) {
            for i in 0..<Int(set.pointee.nfont) {
                guard let pattern = set.pointee.fonts[i] else { continue }
                var value: UnsafeMutablePointer<FcChar8>? = nil
                if FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch, let value {
                    found.insert(String(cString: value))
                }
            }
        }
        let missing = Self.fallbackFamilies.filter { !found.contains($0) }
        guard missing.isEmpty else {
            throw .fonts("the fonts folder \(directory.path) lacks \(missing.joined(separator: ", "))")
        }
        // Pango 1.50 starts a thread that runs FcInit, which would load the machine's whole font configuration
        // (tens of milliseconds, and fonts we must never use). With ours already current, FcInit has nothing to do.
        FcConfigSetCurrent(config)
        guard let map = pango_cairo_font_map_new() else { throw .fonts("Pango could not create a font map") }
        // The font map takes its own reference to the configuration.
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        return (found, map)
    }

    deinit {
        for d in descriptions.values { pango_font_description_free(d) }
        g_object_unref(fontMap)
    }

    /// A Pango context on the private font map, with hinting off so that measuring and drawing agree at any scale.
    func makeContext() -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        return context
    }

    /// The family list for a style: the language's preferred family first, then the general fallback order.
    static func familyList(for style: TextStyle) -> String {
        var list = fallbackFamilies
        if let lang = style.language?.split(separator: "-").first.map(String.init),
            let preferred = preferredByLanguage[lang]
        {
            list.removeAll { $0 == preferred }
            list.insert(preferred, at: 0)
        }
        return list.joined(separator: ", ")
    }

    /// A cached font description for a style (owned by the library).
    func description(for style: TextStyle) -> OpaquePointer {
        if let d = descriptions[style] { return d }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, Self.familyList(for: style))
        pango_font_description_set_weight(d, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(d, style.size * Double(PANGO_SCALE))
        descriptions[style] = d
        return d
    }

    /// Puts text, font and language on a layout; `width` nil means one unbroken line. With `direction`, the
    /// paragraph reads that way whatever its first letter (a line of an Urdu paragraph that starts with an English
    /// name); without, Pango takes it from the first strong letter.
    func configure(_ layout: OpaquePointer, text: String, style: TextStyle, width: Double?, direction: TextDirection? = nil) {
        pango_layout_set_text(layout, text, -1)
        pango_layout_set_font_description(layout, description(for: style))
        if let lang = style.language {
            let attrs = pango_attr_list_new()
            pango_attr_list_insert(attrs, pango_attr_language_new(pango_language_from_string(lang)))
            pango_layout_set_attributes(layout, attrs)
            pango_attr_list_unref(attrs)
        } else {
            pango_layout_set_attributes(layout, nil)
        }
        if let direction {
            let base = direction == .rightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR
            if let context = pango_layout_get_context(layout), pango_context_get_base_dir(context) != base {
                pango_context_set_base_dir(context, base)
                pango_layout_context_changed(layout)
            }
            pango_layout_set_auto_dir(layout, 0)
        } else {
            pango_layout_set_auto_dir(layout, 1)
        }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.down)) } ?? -1)
    }
}
