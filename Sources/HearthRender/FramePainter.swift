import CHearthCairo
import HearthFrame
import HearthGeometry

/// Draws frame items onto one Cairo context (a PNG or SVG preview); lives only as long as the surface it paints.
final class FramePainter {
    let cr: OpaquePointer
    let text: TextSetter

    init(cr: OpaquePointer, fonts: FontLibrary) {
        self.cr = cr
        text = TextSetter(fonts: fonts)
    }

    /// Curve flattening tolerance for PNG pages, in pixels: a quarter pixel is below what antialiasing shows,
    /// and flattening to Cairo's default tenth of a pixel costs a fifth of a preview.
    static let pixelTolerance = 0.25

    func paint(_ frame: Frame) {
        // The context follows the surface's transform (PNG pages are scaled), so glyphs are placed for it.
        pango_cairo_update_context(cr, text.context)
        pango_layout_context_changed(text.layout)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_rectangle(cr, 0, 0, frame.size.width, frame.size.height)
        cairo_fill(cr)
        for item in frame.items { paint(item) }
    }

    func paint(_ item: FrameItem) {
        switch item {
        case .shape(let s): paint(s)
        case .text(let t): paint(t)
        case .image(let i): paint(i)
        case .group(_, let items):
            for i in items { paint(i) }
        case .clipped(let path, let items):
            cairo_save(cr)
            trace(path)
            cairo_clip(cr)
            for i in items { paint(i) }
            cairo_restore(cr)
        case .symbol(let symbol, let placement):
            // A placement that shrinks a drawing to nothing draws nothing (and would make Cairo's matrix singular).
            guard placement.scale > 0, placement.scale.isFinite, placement.offset.x.isFinite,
                placement.offset.y.isFinite
            else { return }
            cairo_save(cr)
            cairo_translate(cr, placement.offset.x, placement.offset.y)
            cairo_scale(cr, placement.scale, placement.scale)
            for i in symbol.items { paint(i) }
            cairo_restore(cr)
        }
    }

    func trace(_ path: Path) {
        cairo_new_path(cr)
        for op in path.ops {
            switch op {
            case .move(let p): cairo_move_to(cr, q(p.x), q(p.y))
            case .line(let p): cairo_line_to(cr, q(p.x), q(p.y))
            case .curve(let a, let b, let c): cairo_curve_to(cr, q(a.x), q(a.y), q(b.x), q(b.y), q(c.x), q(c.y))
            case .close: cairo_close_path(cr)
            }
        }
    }

    /// Coordinates at a quarter point, as the PDF writer prints them, so previews and PDFs agree.
    @inline(__always) func q(_ v: Double) -> Double { (v * 4).rounded() / 4 }

    func setColor(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    func paint(_ shape: Shape) {
        trace(shape.path)
        if let fill = shape.fill {
            setColor(fill)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD)
            cairo_fill_preserve(cr)
        }
        if let stroke = shape.stroke {
            setColor(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
    }

    func paint(_ line: TextLine) {
        let (layout, scale) = text.set(line.text, style: line.style, direction: line.direction)
        setColor(line.color)
        cairo_save(cr)
        // The paragraph's baseline when layout gave one, so every line of it sits alike.
        let shift = line.baseline.map { $0 - Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) * scale } ?? 0
        cairo_translate(cr, line.origin.x, line.origin.y + shift)
        cairo_scale(cr, scale, scale)
        cairo_move_to(cr, 0, 0)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
        cairo_new_path(cr)
    }

    func paint(_ image: ImageItem) {
        let bitmap = image.bitmap
        guard bitmap.width > 0, bitmap.height > 0,
            let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(bitmap.width), Int32(bitmap.height))
        else { return }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let data = cairo_image_surface_get_data(surface) {
            // Cairo wants premultiplied native-endian ARGB: bytes B, G, R, A on little-endian machines.
            bitmap.rgba.withUnsafeBufferPointer { src in
                for y in 0..<bitmap.height {
                    let row = data + y * stride
                    for x in 0..<bitmap.width {
                        let s = (y * bitmap.width + x) * 4
                        let a = UInt32(src[s + 3])
                        let r = UInt32(src[s]) * a / 255, g = UInt32(src[s + 1]) * a / 255
                        let b = UInt32(src[s + 2]) * a / 255
                        let px = (a << 24) | (r << 16) | (g << 8) | b
                        row.withMemoryRebound(to: UInt32.self, capacity: bitmap.width) { $0[x] = px }
                    }
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        cairo_save(cr)
        cairo_translate(cr, image.rect.x, image.rect.y)
        cairo_scale(cr, image.rect.width / Double(bitmap.width), image.rect.height / Double(bitmap.height))
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_restore(cr)
    }
}
