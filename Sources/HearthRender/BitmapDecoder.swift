import CHearthPixbuf
import HearthFrame

/// Reads a child's drawing (PNG or JPEG, as scanned or photographed) into pixels, upright and no larger than
/// print needs, through gdk-pixbuf.
public enum BitmapDecoder {
    /// Longest side kept, in pixels: enough for 300 dpi across a third of an A3 page.
    public static let maxSide = 1600

    public static func decode(path: String) throws(RenderError) -> Bitmap {
        var error: UnsafeMutablePointer<GError>? = nil
        guard let loaded = gdk_pixbuf_new_from_file(path, &error) else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "unreadable image"
            if let error { g_error_free(error) }
            throw .image(path: path, reason: reason)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(loaded)) }
        // Phone photos of drawings carry their rotation in EXIF; apply it so the drawing stands upright.
        guard let upright = gdk_pixbuf_apply_embedded_orientation(loaded) else {
            throw .image(path: path, reason: "could not apply the photo's orientation")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(upright)) }
        var pixbuf = upright
        let w = Int(gdk_pixbuf_get_width(upright)), h = Int(gdk_pixbuf_get_height(upright))
        guard w > 0, h > 0 else { throw .image(path: path, reason: "the image is empty") }
        var scaled: OpaquePointer? = nil
        if max(w, h) > maxSide {
            let k = Double(maxSide) / Double(max(w, h))
            scaled = gdk_pixbuf_scale_simple(
                upright, Int32(max(1, (Double(w) * k).rounded())), Int32(max(1, (Double(h) * k).rounded())),
                GDK_INTERP_BILINEAR)
            if let scaled { pixbuf = scaled }
        }
        defer { if let scaled { g_object_unref(UnsafeMutableRawPointer(scaled)) } }
        let width = Int(gdk_pixbuf_get_width(pixbuf)), height = Int(gdk_pixbuf_get_height(pixbuf))
        let channels = Int(gdk_pixbuf_get_n_channels(pixbuf))
        let stride = Int(gdk_pixbuf_get_rowstride(pixbuf))
        let hasAlpha = gdk_pixbuf_get_has_alpha(pixbuf) != 0
        guard gdk_pixbuf_get_bits_per_sample(pixbuf) == 8, channels >= 3, let pixels = gdk_pixbuf_read_pixels(pixbuf)
        else { throw .image(path: path, reason: "unsupported pixel format") }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let s = y * stride + x * channels, d = (y * width + x) * 4
                rgba[d] = pixels[s]
                rgba[d + 1] = pixels[s + 1]
                rgba[d + 2] = pixels[s + 2]
                rgba[d + 3] = hasAlpha ? pixels[s + 3] : 255
            }
        }
        return Bitmap(width: width, height: height, rgba: rgba)
    }
}
