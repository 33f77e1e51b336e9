import CHearthCairo
import CHearthPNG
import Glibc

/// Encodes a rendered page as an opaque RGB PNG through libpng.
///
/// Cairo's own PNG writer keeps the alpha channel and lets libpng try every row filter at full compression: for
/// a page preview that costs more than drawing the page. Pages are painted on white, so RGB loses nothing;
/// unfiltered rows at zlib's fastest level write a page in a few milliseconds, and flat colours still compress
/// well.
enum PNGEncoder {
    /// zlib level for page images.
    static let level: Int32 = 1

    /// The PNG of an ARGB32 image surface whose pixels are all opaque; nil when libpng refuses.
    static func encode(_ surface: OpaquePointer) -> [UInt8]? {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard width > 0, height > 0, let data = cairo_image_surface_get_data(surface) else { return nil }
        // Cairo stores native-endian 32-bit ARGB: on little-endian machines the bytes run B, G, R, A.
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        rgb.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = data + y * stride
                var o = y * width * 3
                for x in 0..<width {
                    let p = row + 4 * x
                    out[o] = p[2]
                    out[o + 1] = p[1]
                    out[o + 2] = p[0]
                    o += 3
                }
            }
        }
        var out: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let status = rgb.withUnsafeBufferPointer {
            hearth_png_encode_rgb($0.baseAddress, UInt32(width), UInt32(height), level, &out, &length)
        }
        guard status == 0, let out else { return nil }
        defer { free(out) }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }
}
