import CHearthPixbuf
import HearthFiles
import HearthFrame

/// Reads a child's drawing (PNG or JPEG, as scanned or photographed) into pixels, upright and no larger than
/// print needs, through gdk-pixbuf — after checking, from its own bytes, that it is a whole PNG or JPEG of a
/// sensible size, so no picture can stall or exhaust the machine, and none prints half grey.
public enum BitmapDecoder {
    /// Longest side kept, in pixels: enough for 300 dpi across a third of an A3 page.
    public static let maxSide = 1600
    /// The largest drawing file Hearth opens: 25 MB, twice a high-resolution phone photo.
    public static let maxFileBytes = 25 * 1024 * 1024
    /// The most pixels a drawing may have: 40 megapixels, more than a phone camera or a 600 dpi A4 scan (35 MP)
    /// makes. Decoding one takes about 160 MB of memory and a second or two.
    public static let maxPixels = 40_000_000

    public static func decode(path: String) throws(RenderError) -> Bitmap {
        let bytes: [UInt8]
        switch InputFile.bytes(at: path, limit: maxFileBytes) {
        case .success(let b): bytes = b
        case .failure(let refusal): throw .image(path: path, reason: refusal.reason, fix: fix(for: refusal))
        }
        guard let header = PictureHeader.read(bytes) else {
            throw .image(
                path: path, reason: "is not a PNG or JPEG picture",
                fix: "save the drawing as a PNG or JPEG picture (a photo from a phone is a JPEG) and name that file")
        }
        guard header.width * header.height <= maxPixels else {
            throw .image(
                path: path,
                reason: "says it is \(header.width) × \(header.height) pixels, more than the \(maxPixels / 1_000_000) megapixels Hearth opens",
                fix: "make a smaller copy of the picture (2000 pixels across is plenty for print) and name that file")
        }
        guard header.complete else {
            throw .image(
                path: path, reason: "is cut short: the file ends before the picture does",
                fix: "copy or scan the drawing again; it may not have finished saving or downloading")
        }
        return try pixels(of: bytes, header: header, path: path)
    }

    static func fix(for refusal: InputFile.Refusal) -> String {
        switch refusal {
        case .missing: "check the drawing's file name, from the case file's folder"
        case .notPermitted: "check that you may read the drawing (its permissions), or copy it somewhere you can"
        case .notAFile: "name the picture file itself (a .png or .jpg file)"
        case .tooLarge: "make a smaller copy of the picture (2000 pixels across is plenty for print) and name that file"
        case .unreadable: "copy the drawing again and check that it opens in a picture viewer"
        }
    }

    /// Decodes checked bytes with gdk-pixbuf, as one whole file, and turns it upright and down to `maxSide`.
    private static func pixels(of bytes: [UInt8], header: PictureHeader, path: String) throws(RenderError) -> Bitmap {
        let broken = RenderError.image(
            path: path, reason: "is damaged: it could not be read as a \(header.format == .png ? "PNG" : "JPEG") picture",
            fix: "open the drawing in a picture viewer, save a fresh copy as PNG or JPEG, and name that file")
        guard let loader = gdk_pixbuf_loader_new_with_type(header.format == .png ? "png" : "jpeg", nil) else { throw broken }
        defer { g_object_unref(UnsafeMutableRawPointer(loader)) }
        let written = bytes.withUnsafeBufferPointer { gdk_pixbuf_loader_write(loader, $0.baseAddress, gsize($0.count), nil) }
        let closed = gdk_pixbuf_loader_close(loader, nil)
        guard written != 0, closed != 0, let loaded = gdk_pixbuf_loader_get_pixbuf(loader),
            Int(gdk_pixbuf_get_width(loaded)) == header.width, Int(gdk_pixbuf_get_height(loaded)) == header.height
        else { throw broken }
        // Phone photos of drawings carry their rotation in EXIF; apply it so the drawing stands upright.
        let turned = gdk_pixbuf_get_option(loaded, "orientation").map { String(cString: $0) != "1" } ?? false
        guard let upright = gdk_pixbuf_apply_embedded_orientation(loaded) else { throw broken }
        defer { g_object_unref(UnsafeMutableRawPointer(upright)) }
        var pixbuf = upright
        let w = Int(gdk_pixbuf_get_width(upright)), h = Int(gdk_pixbuf_get_height(upright))
        guard w > 0, h > 0 else { throw broken }
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
        else { throw broken }
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
        let passes = scaled == nil && !turned && header.jpeg?.passesThroughPDF == true
        return Bitmap(width: width, height: height, rgba: rgba, jpeg: passes ? bytes : nil)
    }
}
