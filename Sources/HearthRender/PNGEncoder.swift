import CHearthCairo
import CHearthPixbuf

/// Encodes a rendered page as an opaque RGB PNG through libpng's simplified writer.
///
/// Cairo's own PNG writer keeps the alpha channel and lets libpng try every row filter at full compression: for
/// a page preview that costs more than drawing the page. Pages are painted on white, so RGB loses nothing, and
/// libpng's fast mode (no row filters, light compression) writes a typical page in a few milliseconds for
/// files about a third larger.
enum PNGEncoder {
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
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        image.width = png_uint_32(width)
        image.height = png_uint_32(height)
        image.format = png_uint_32(PNG_FORMAT_RGB)
        image.flags = png_uint_32(PNG_IMAGE_FLAG_FAST)
        // Unfiltered, lightly compressed data never grows by more than a small fraction over the raw pixels.
        var capacity = rgb.count + rgb.count / 64 + 4096
        var out = [UInt8](repeating: 0, count: capacity)
        let ok = out.withUnsafeMutableBytes { memory in
            rgb.withUnsafeBytes { pixels in
                png_image_write_to_memory(&image, memory.baseAddress, &capacity, 0, pixels.baseAddress, 0, nil)
            }
        }
        png_image_free(&image)
        guard ok != 0 else { return nil }
        out.removeSubrange(capacity...)
        return out
    }
}
