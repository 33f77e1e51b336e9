import HearthFrame

/// The tagged structure of a PDF: which marked pieces of each page are a heading, a paragraph or a figure, in
/// reading order, so screen readers and reflowing viewers can follow the story.
struct PDFStructure {
    struct Element {
        var type: String
        var alt: String?
        var parent: Int?
        var page: Int?
        /// In order: a marked-content id on the element's page, or a child element.
        var kids: [Kid] = []
        var object: PDFObjectID
        /// Where the element comes in reading order among the document's, when that is not where it is drawn.
        var order: Int?
    }

    enum Kid {
        case mark(Int)
        case element(Int)
    }

    private(set) var elements: [Element] = []
    /// For each page, the element that owns each marked-content id, in id order.
    private(set) var marksByPage: [[Int]] = []
    let root: PDFObjectID
    let document: PDFObjectID

    init(file: inout PDFFile, pages: Int) {
        root = file.reserve()
        document = file.reserve()
        marksByPage = Array(repeating: [], count: pages)
    }

    /// A new element for `tag` inside `parent` (nil: the document), with content on `page`.
    mutating func element(_ tag: SemanticTag, parent: Int?, page: Int, file: inout PDFFile) -> Int {
        var alt: String?
        if case .figure(let text) = tag { alt = text }
        var order: Int?
        if case .page(let number) = tag { order = number }
        return element(type: Self.type(of: tag), alt: alt, parent: parent, page: page, order: order, file: &file)
    }

    /// A new element of a structure type no frame names itself (a list item's `Lbl` and `LBody`).
    mutating func element(
        type: String, alt: String? = nil, parent: Int?, page: Int, order: Int? = nil, file: inout PDFFile
    ) -> Int {
        let index = elements.count
        elements.append(Element(type: type, alt: alt, parent: parent, page: page, object: file.reserve(), order: order))
        if let parent { elements[parent].kids.append(.element(index)) }
        return index
    }

    /// The next marked-content id on `page`, owned by `element`.
    mutating func mark(_ element: Int, page: Int) -> Int {
        let id = marksByPage[page].count
        marksByPage[page].append(element)
        elements[element].kids.append(.mark(id))
        return id
    }

    static func type(of tag: SemanticTag) -> String {
        switch tag {
        case .heading(let level): "H\(max(1, min(6, level)))"
        case .paragraph: "P"
        case .section: "Sect"
        case .list: "L"
        case .listItem: "LI"
        case .figure: "Figure"
        case .page: "Part"
        }
    }

    /// The top-level elements in reading order: an imposed booklet's pages come back in story order, whatever
    /// sheet they are on.
    var readingOrder: [Int] {
        elements.indices.filter { elements[$0].parent == nil }.enumerated()
            .sorted { (elements[$0.element].order ?? $0.offset, $0.offset) < (elements[$1.element].order ?? $1.offset, $1.offset) }
            .map(\.element)
    }

    /// Each heading's level as written: never more than one below the heading before it in reading order
    /// (PDF/UA: no H1 followed by H3), so a layout's levels need not know what came before.
    func headingTypes() -> [Int: String] {
        var out: [Int: String] = [:]
        var last = 0
        func walk(_ index: Int) {
            let type = elements[index].type
            if type.count == 2, type.hasPrefix("H"), let level = Int(type.dropFirst()) {
                last = min(level, last + 1)
                if last != level { out[index] = "H\(last)" }
            }
            for kid in elements[index].kids { if case .element(let child) = kid { walk(child) } }
        }
        for index in readingOrder { walk(index) }
        return out
    }

    /// Writes the tree: the root, the document element holding every top-level element, each element, and the
    /// parent tree that leads from a page's marked content back to its element.
    func write(to file: inout PDFFile, pages: [PDFObjectID]) {
        let headings = headingTypes()
        let parentTree = file.reserve()
        file.object(root) { out in
            out.raw("<< /Type /StructTreeRoot /K ")
            out.ref(document)
            out.raw(" /ParentTree ")
            out.ref(parentTree)
            out.raw(" /ParentTreeNextKey ")
            out.int(pages.count)
            out.raw(" >>")
        }
        file.object(document) { out in
            out.raw("<< /Type /StructElem /S /Document /P ")
            out.ref(root)
            out.raw(" /K [")
            for index in readingOrder {
                out.ref(elements[index].object)
                out.space()
            }
            out.raw("] >>")
        }
        for (index, element) in elements.enumerated() {
            file.object(element.object) { out in
                out.raw("<< /Type /StructElem /S ")
                out.name(headings[index] ?? element.type)
                out.raw(" /P ")
                out.ref(element.parent.map { elements[$0].object } ?? document)
                if let page = element.page {
                    out.raw(" /Pg ")
                    out.ref(pages[page])
                }
                if let alt = element.alt {
                    out.raw(" /Alt ")
                    out.text(alt)
                }
                out.raw(" /K [")
                for kid in element.kids {
                    switch kid {
                    case .mark(let id): out.int(id)
                    case .element(let child): out.ref(elements[child].object)
                    }
                    out.space()
                }
                out.raw("] >>")
            }
        }
        // Each page's entry is an indirect reference to its array of owners, as the parent tree asks.
        let arrays = marksByPage.map { _ in file.reserve() }
        for (page, owners) in marksByPage.enumerated() {
            file.object(arrays[page]) { out in
                out.raw("[")
                for owner in owners {
                    out.ref(elements[owner].object)
                    out.space()
                }
                out.raw("]")
            }
        }
        file.object(parentTree) { out in
            out.raw("<< /Nums [")
            for page in marksByPage.indices {
                out.int(page)
                out.space()
                out.ref(arrays[page])
                out.space()
            }
            out.raw("] >>")
        }
    }
}
