import CHearthCairo
import HearthFrame
import HearthGeometry

/// Writes a frame document as a PDF: pages as content streams, shared drawings as form XObjects, text as glyphs
/// Pango shaped in subset fonts HarfBuzz cuts, with metadata, an outline and tagged structure.
///
/// Hearth wrote its PDFs through Cairo 1.16 until that cost more than everything else a render does together:
/// Cairo records each page, strokes every path into polygons to analyse it, and prints each of a booklet's
/// hundred thousand numbers with `snprintf`. A frame is already a finished display list, so writing it is a walk.
/// Cairo still draws the PNG and SVG previews. One writer makes one document.
final class PDFWriter {
    var file: PDFFile
    let text: TextSetter
    let fonts = PDFFontSet()
    private var structure: PDFStructure
    private(set) var pageObjects: [PDFObjectID] = []
    private var forms: [String: (name: String, object: PDFObjectID)] = [:]
    private var images = 0
    /// The document's language; a line in another is marked with its own.
    private(set) var language: String?
    /// The languages a mixed line's runs are marked with.
    private(set) var runLanguage = RunLanguage(FrameDocument(pages: [], metadata: DocumentMetadata(title: "", author: nil, subject: nil, creationDate: "")))

    /// Forms written for earlier documents, reused when they name no other object.
    let formCache: PDFFormCache

    /// Forms written in this document that can serve the next: their ids, stream tickets and dictionaries.
    private var newForms: [(id: String, ticket: PDFStreamTicket, dictionary: [UInt8])] = []

    init(text: TextSetter, pages: Int, formCache: PDFFormCache = PDFFormCache(), compressesInBackground: Bool = true) {
        self.text = text
        self.formCache = formCache
        file = PDFFile(packer: StreamPacker(inBackground: compressesInBackground))
        structure = PDFStructure(file: &file, pages: pages)
    }

    func write(_ document: FrameDocument) throws(RenderError) -> [UInt8] {
        language = document.metadata.language
        runLanguage = RunLanguage(document)
        let catalog = file.reserve(), pageTree = file.reserve(), info = file.reserve()
        pageObjects = document.pages.map { _ in file.reserve() }
        for (index, page) in document.pages.enumerated() {
            var content = PDFContent(pageHeight: page.size.height)
            try paintTagged(page.items, element: nil, page: index, into: &content)
            let stream = file.reserve()
            file.stream(stream, content.ops.bytes)
            file.object(pageObjects[index]) { out in
                out.raw("<< /Type /Page /Parent ")
                out.ref(pageTree)
                out.raw(" /MediaBox [0 0 ")
                out.number(page.size.width, decimals: 4)
                out.space()
                out.number(page.size.height, decimals: 4)
                out.raw("] /Contents ")
                out.ref(stream)
                out.space()
                content.writeResources(to: &out)
                out.raw(" /StructParents ")
                out.int(index)
                // Blending in RGB, as the colours were chosen, whatever a printer's own colour space: see-through
                // shapes and soft-masked drawings keep their colours in a CMYK workflow.
                out.raw(" /Group << /Type /Group /S /Transparency /I true /CS /DeviceRGB >> /Tabs /S >>")
            }
        }
        try fonts.write(to: &file)
        structure.write(to: &file, pages: pageObjects)
        let outline = writeOutline(document)
        file.object(pageTree) { out in
            out.raw("<< /Type /Pages /Kids [")
            for page in pageObjects {
                out.ref(page)
                out.space()
            }
            out.raw("] /Count ")
            out.int(pageObjects.count)
            out.raw(" >>")
        }
        writeInfo(document.metadata, as: info)
        let metadata = file.reserve()
        // Uncompressed, as PDF/A and most metadata readers prefer, so the packet can be found in the file as text.
        file.stream(metadata, PDFStreamData(bytes: XMPPacket(metadata: document.metadata).bytes, compressed: false)) {
            $0.raw("/Type /Metadata /Subtype /XML")
        }
        file.object(catalog) { out in
            out.raw("<< /Type /Catalog /Pages ")
            out.ref(pageTree)
            if let outline {
                out.raw(" /Outlines ")
                out.ref(outline)
                out.raw(" /PageMode /UseOutlines")
            }
            if let language = document.metadata.language {
                out.raw(" /Lang ")
                out.text(language)
            }
            out.raw(" /Metadata ")
            out.ref(metadata)
            out.raw(" /StructTreeRoot ")
            out.ref(structure.root)
            out.raw(" /MarkInfo << /Marked true >> /ViewerPreferences << /DisplayDocTitle true >> >>")
        }
        let (bytes, packed) = file.finish(root: catalog, info: info)
        for form in newForms {
            if let data = packed[form.ticket] { formCache[form.id] = PDFFormCache.Form(data: data, dictionary: form.dictionary) }
        }
        return bytes
    }

    /// Paints items, marking each stretch of content as part of the structure element it belongs to; content in
    /// no element (backgrounds, decoration) is marked as an artifact for screen readers to skip.
    private func paintTagged(_ items: [FrameItem], element: Int?, page: Int, into c: inout PDFContent)
        throws(RenderError)
    {
        var open = false
        for item in items {
            if case .group(let tag, let kids) = item {
                if open {
                    c.ops.raw("EMC\n")
                    open = false
                }
                let child = structure.element(tag, parent: element, page: page, file: &file)
                if tag == .listItem {
                    try paintListItem(kids, element: child, page: page, into: &c)
                } else {
                    try paintTagged(kids, element: child, page: page, into: &c)
                }
                continue
            }
            // A clipped area can hold whole headings and figures (an imposed booklet clips each page to its half
            // of the sheet), so its items are tagged as if the clip were not there.
            if case .clipped(let path, let kids) = item, kids.contains(where: \.holdsStructure) {
                if open {
                    c.ops.raw("EMC\n")
                    open = false
                }
                c.save()
                c.clip(to: path)
                try paintTagged(kids, element: element, page: page, into: &c)
                c.restore()
                continue
            }
            if !open {
                if let element {
                    let id = structure.mark(element, page: page)
                    c.ops.name(structure.elements[element].type)
                    c.ops.raw(" << /MCID ")
                    c.ops.int(id)
                    c.ops.raw(" >> BDC\n")
                } else {
                    c.ops.raw("/Artifact BMC\n")
                }
                open = true
            }
            try paint(item, into: &c)
        }
        if open { c.ops.raw("EMC\n") }
    }

    /// A list item as PDF/UA wants it: its label (the bullet drawn before the words) as `Lbl`, the rest as `LBody`.
    private func paintListItem(_ kids: [FrameItem], element: Int, page: Int, into c: inout PDFContent)
        throws(RenderError)
    {
        let label = kids.prefix { item in
            if case .text = item { return false }
            return !item.holdsStructure
        }
        if !label.isEmpty {
            let lbl = structure.element(type: "Lbl", parent: element, page: page, file: &file)
            try paintTagged(Array(label), element: lbl, page: page, into: &c)
        }
        let body = structure.element(type: "LBody", parent: element, page: page, file: &file)
        try paintTagged(Array(kids.dropFirst(label.count)), element: body, page: page, into: &c)
    }

    func paint(_ item: FrameItem, into c: inout PDFContent) throws(RenderError) {
        switch item {
        case .shape(let shape):
            c.paint(shape)
        case .text(let line):
            try paint(line, into: &c)
        case .image(let image):
            paint(image, into: &c)
        case .group(_, let kids):
            for kid in kids { try paint(kid, into: &c) }
        case .clipped(let path, let kids):
            c.save()
            c.clip(to: path)
            for kid in kids { try paint(kid, into: &c) }
            c.restore()
        case .symbol(let symbol, let placement):
            // A placement that shrinks a drawing to nothing draws nothing.
            guard placement.scale > 0, placement.scale.isFinite, placement.offset.x.isFinite,
                placement.offset.y.isFinite
            else { return }
            let form = try form(for: symbol)
            c.save()
            c.transform(scaleX: placement.scale, scaleY: placement.scale, x: placement.offset.x, y: placement.offset.y)
            c.draw(form.name, form.object)
            c.restore()
        }
    }

    /// The form XObject holding a shared drawing, written the first time a page uses it.
    private func form(for symbol: Symbol) throws(RenderError) -> (name: String, object: PDFObjectID) {
        if let known = forms[symbol.id] { return known }
        let object = file.reserve()
        let form = (name: "X\(forms.count + 1)", object: object)
        forms[symbol.id] = form
        if let cached = formCache[symbol.id] {
            file.stream(object, cached.data) { $0.append(cached.dictionary) }
            return form
        }
        var content = PDFContent(pageHeight: nil)
        for item in symbol.items { try paint(item, into: &content) }
        // The box is the drawing's ink with a point to spare: round pen ends reach half a stroke past a path.
        let ink = symbol.items.inkBounds ?? Rect(x: 0, y: 0, width: 1, height: 1)
        var dictionary = PDFBytes()
        dictionary.raw("/Type /XObject /Subtype /Form /BBox [")
        dictionary.number((ink.minX - 1).rounded(.down))
        dictionary.space()
        dictionary.number((ink.minY - 1).rounded(.down))
        dictionary.space()
        dictionary.number((ink.maxX + 1).rounded(.up))
        dictionary.space()
        dictionary.number((ink.maxY + 1).rounded(.up))
        dictionary.raw("] ")
        content.writeResources(to: &dictionary)
        let ticket = file.stream(object, content.ops.bytes) { $0.append(dictionary.bytes) }
        if content.namesNoObjects { newForms.append((symbol.id, ticket, dictionary.bytes)) }
        return form
    }

    /// A bitmap as an RGB image with its transparency as a soft mask, smoothed when scaled as Cairo's was; a
    /// JPEG that every reader shows goes in as the file itself (`DCTDecode`), a fraction of its pixels' size.
    private func paint(_ image: ImageItem, into c: inout PDFContent) {
        let bitmap = image.bitmap
        guard bitmap.width > 0, bitmap.height > 0, bitmap.rgba.count >= bitmap.width * bitmap.height * 4 else { return }
        if let jpeg = bitmap.jpeg, let frame = PictureHeader.read(jpeg)?.jpeg, frame.passesThroughPDF {
            let object = file.reserve()
            file.stream(object, PDFStreamData(bytes: jpeg, compressed: false)) { out in
                out.raw("/Type /XObject /Subtype /Image /Width ")
                out.int(bitmap.width)
                out.raw(" /Height ")
                out.int(bitmap.height)
                out.raw(frame.componentIDs.count == 1 ? " /ColorSpace /DeviceGray" : " /ColorSpace /DeviceRGB")
                out.raw(" /BitsPerComponent 8 /Interpolate true /Filter /DCTDecode")
            }
            draw(image, object, into: &c)
            return
        }
        let pixels = bitmap.width * bitmap.height
        var rgb = [UInt8](repeating: 0, count: pixels * 3)
        var alpha = [UInt8](repeating: 0, count: pixels)
        var opaque = true
        for i in 0..<pixels {
            rgb[3 * i] = bitmap.rgba[4 * i]
            rgb[3 * i + 1] = bitmap.rgba[4 * i + 1]
            rgb[3 * i + 2] = bitmap.rgba[4 * i + 2]
            alpha[i] = bitmap.rgba[4 * i + 3]
            if alpha[i] != 255 { opaque = false }
        }
        func header(_ out: inout PDFBytes, colorSpace: StaticString) {
            out.raw("/Type /XObject /Subtype /Image /Width ")
            out.int(bitmap.width)
            out.raw(" /Height ")
            out.int(bitmap.height)
            out.raw(" /ColorSpace ")
            out.raw(colorSpace)
            out.raw(" /BitsPerComponent 8 /Interpolate true")
        }
        var mask: PDFObjectID?
        if !opaque {
            let m = file.reserve()
            file.stream(m, alpha) { header(&$0, colorSpace: "/DeviceGray") }
            mask = m
        }
        let object = file.reserve()
        file.stream(object, rgb) { out in
            header(&out, colorSpace: "/DeviceRGB")
            if let mask {
                out.raw(" /SMask ")
                out.ref(mask)
            }
        }
        draw(image, object, into: &c)
    }

    /// Paints an image object into the item's box.
    private func draw(_ image: ImageItem, _ object: PDFObjectID, into c: inout PDFContent) {
        images += 1
        c.save()
        // An image is painted with the fill opacity in force: an earlier see-through shape must not fade it.
        c.setFillOpacity(1)
        // An image fills the unit square with its first row at the top; the page's y axis points down.
        c.transform(
            scaleX: image.rect.width, scaleY: -image.rect.height, x: image.rect.x, y: image.rect.y + image.rect.height)
        c.draw("I\(images)", object)
        c.restore()
    }
}

extension FrameItem {
    /// Whether the item is or holds a group that the tagged structure names.
    var holdsStructure: Bool {
        switch self {
        case .group: true
        case .clipped(_, let kids): kids.contains { $0.holdsStructure }
        case .shape, .text, .image, .symbol: false
        }
    }
}
