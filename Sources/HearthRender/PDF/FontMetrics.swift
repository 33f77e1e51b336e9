import CHearthCairo

/// What a PDF says about a font besides its program, read from the font itself (in thousandths of an em).
struct FontMetrics {
    var postScriptName: String
    var ascent: Int
    var descent: Int
    var capHeight: Int
    var boundingBox: [Int]

    /// Read through `font`, a HarfBuzz font on `face` at its em size.
    init(font: OpaquePointer, face: OpaquePointer) {
        let upem = Double(max(1, hb_face_get_upem(face)))
        // A fresh font's scale is the em size, so every metric comes in font units.
        func em(_ v: Int32) -> Int { Int((Double(v) * 1000 / upem).rounded()) }
        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        ascent = em(extents.ascender)
        descent = em(extents.descender)
        var cap: hb_position_t = 0
        capHeight = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap) != 0 ? em(cap) : ascent
        boundingBox = [em(-1000 * Int32(upem) / 1000), descent, em(Int32(upem)), ascent]
        if let head = hb_face_reference_table(face, PDFFontSet.tag("head")) {
            defer { hb_blob_destroy(head) }
            var length: UInt32 = 0
            if let data = hb_blob_get_data(head, &length), length >= 44 {
                let bytes = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
                func int16(_ at: Int) -> Int32 { Int32(Int16(bitPattern: UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]))) }
                boundingBox = [em(int16(36)), em(int16(38)), em(int16(40)), em(int16(42))]
            }
        }
        var size: UInt32 = 128
        var buffer = [CChar](repeating: 0, count: 128)
        hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), nil, &size, &buffer)
        let name = String(decoding: buffer.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        postScriptName = name.isEmpty ? "Font" : name
    }
}
