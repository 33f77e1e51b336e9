import CHearthCairo
import HearthFrame
import HearthGeometry

/// Turns frames into the bytes of a file: PDF through Hearth's own writer, PNG and SVG previews through Cairo.
/// Every output is built in memory and checked before it is returned, so a caller never writes half a document.
public struct Renderer {
    public let fonts: FontLibrary
    /// Shared drawings kept between the documents this renderer writes (see `PDFFormCache`).
    let forms = PDFFormCache()
    /// Whether PDF streams are compressed on another core while pages are painted: right for one render at a
    /// time, wrong when every core already runs a render of its own.
    public let compressesInBackground: Bool

    public init(fonts: FontLibrary, compressesInBackground: Bool = true) {
        self.fonts = fonts
        self.compressesInBackground = compressesInBackground
    }

    /// The whole document as one PDF: metadata, one outline entry per bookmarked page, tagged structure.
    /// Written by Hearth's own PDF writer from the frames; Cairo draws only the previews.
    public func pdf(_ document: FrameDocument) throws(RenderError) -> [UInt8] {
        guard !document.pages.isEmpty else { throw .pdf("the document has no pages") }
        return try PDFWriter(
            text: TextSetter(fonts: fonts), pages: document.pages.count, formCache: forms,
            compressesInBackground: compressesInBackground
        ).write(document)
    }

    /// One page as PNG at `dpi` dots per inch.
    public func png(_ frame: Frame, dpi: Double) throws(RenderError) -> [UInt8] {
        let scale = dpi / 72
        let w = Int32((frame.size.width * scale).rounded()), h = Int32((frame.size.height * scale).rounded())
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h) else {
            throw .cairo("no surface", during: "creating the PNG")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw .cairo("no context", during: "creating the PNG") }
        defer { cairo_destroy(cr) }
        cairo_scale(cr, scale, scale)
        cairo_set_tolerance(cr, FramePainter.pixelTolerance)
        FramePainter(cr: cr, fonts: fonts).paint(frame)
        try check(cr, surface, during: "drawing the PNG")
        guard let bytes = PNGEncoder.encode(surface) else {
            throw .cairo("libpng could not encode the page", during: "encoding the PNG")
        }
        return bytes
    }

    /// One page as SVG (text as glyph outlines, as Cairo writes it).
    public func svg(_ frame: Frame) throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        guard let surface = cairo_svg_surface_create_for_stream(
            ByteSink.write, sink.opaque, frame.size.width, frame.size.height)
        else { throw .cairo("no surface", during: "creating the SVG") }
        defer { cairo_surface_destroy(surface) }
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        guard let cr = cairo_create(surface) else { throw .cairo("no context", during: "creating the SVG") }
        FramePainter(cr: cr, fonts: fonts).paint(frame)
        try check(cr, surface, during: "drawing the SVG")
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)), during: "finishing the SVG")
        }
        return sink.bytes
    }

    private func check(_ cr: OpaquePointer, _ surface: OpaquePointer, during: String) throws(RenderError) {
        for status in [cairo_status(cr), cairo_surface_status(surface)] where status != CAIRO_STATUS_SUCCESS {
            throw .cairo(String(cString: cairo_status_to_string(status)), during: during)
        }
    }
}
