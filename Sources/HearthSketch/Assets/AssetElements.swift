import HearthGeometry

/// The elements a picture file may use and the attributes each takes: the subset of SVG, in one place.
enum AssetElements {
    static let shapes: Set<String> = ["path", "line", "polyline", "polygon", "rect", "circle", "ellipse"]
    /// Elements whose text is ignored; `title` at the top level names the picture.
    static let notes: Set<String> = ["title", "desc"]

    static let geometry: [String: [String]] = [
        "path": ["d"],
        "line": ["x1", "y1", "x2", "y2"],
        "polyline": ["points"],
        "polygon": ["points"],
        "rect": ["x", "y", "width", "height", "rx", "ry"],
        "circle": ["cx", "cy", "r"],
        "ellipse": ["cx", "cy", "rx", "ry"],
    ]

    /// Attributes that set colours or pens in full SVG; pictures take theirs from `class`.
    static let paintAttributes: Set<String> = [
        "style", "fill", "stroke", "stroke-width", "opacity", "fill-opacity", "stroke-opacity", "color",
        "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-miterlimit", "fill-rule", "paint-order",
        "visibility", "display", "font-family", "font-size", "font-weight",
    ]

    /// Whether the element is part of the format at all.
    static func isKnown(_ element: String) -> Bool {
        element == "svg" || element == "g" || notes.contains(element) || shapes.contains(element)
    }

    /// The problem for an element outside the format, with the nearest one it may have meant.
    static func unknown(_ element: String) -> AssetProblem {
        let fix: String
        switch element {
        case "text", "tspan":
            fix = "pictures hold no text (it could not be translated); draw letters or signs with <path>"
        case "image":
            fix = "pictures are drawn, not pasted in; draw it with shapes"
        case "svg":
            fix = "use one <svg> per file; group shapes with <g>"
        default:
            let near = Suggestion.nearest(to: element, in: shapes.sorted() + ["g", "title", "desc"])
            fix = (near.map { "did you mean <\($0)>? " } ?? "")
                + "use only path, line, polyline, polygon, rect, circle, ellipse, g, title and desc"
        }
        return AssetProblem("<\(element)> is not part of Hearth's picture format", fix: fix)
    }

    /// The attributes `element` accepts, for checking and for the fix text.
    static func allowed(_ element: String) -> [String] {
        if element == "svg" {
            return [
                "viewBox", "width", "height", "xmlns", "version", "id", "data-size", "data-kind", "data-for",
                "data-also-for", "data-backdrop", "data-ground",
            ]
        }
        if element == "g" { return ["class", "transform", "id"] }
        if notes.contains(element) { return ["id"] }
        if element == "rect" { return (geometry[element] ?? []) + ["class", "transform", "id", "data-anchor"] }
        return (geometry[element] ?? []) + ["class", "transform", "id"]
    }

    /// A problem for the first attribute (alphabetically, so messages are stable) that `element` does not take.
    static func checkAttributes(_ element: String, _ attributes: [String: String]) -> AssetProblem? {
        let accepted = Set(allowed(element))
        for name in attributes.keys.sorted() where !accepted.contains(name) {
            if element == "svg" && name.hasPrefix("xmlns:") { continue }
            if paintAttributes.contains(name) {
                return AssetProblem(
                    "the \"\(name)\" attribute is not used in Hearth pictures",
                    fix: "remove \(name)=…; colours and pens come from class, e.g. class=\"wall\", "
                        + "class=\"roof hatch\", class=\"line thin\"")
            }
            return AssetProblem(
                "unknown attribute \"\(name)\"",
                fix: "remove it; <\(element)> takes " + allowed(element).joined(separator: ", "))
        }
        return nil
    }

    /// The outline an element draws, in its own units (before any transform).
    static func outline(_ element: String, _ attributes: [String: String]) throws(AssetProblem) -> AssetOutline {
        let reader = AttributeReader(element: element, attributes: attributes)
        switch element {
        case "path":
            return .path(try SVGPathReader.path(try reader.text("d")))
        case "line":
            let a = Point(try reader.number("x1", default: 0), try reader.number("y1", default: 0))
            let b = Point(try reader.number("x2", default: 0), try reader.number("y2", default: 0))
            return .path(Path([.move(a), .line(b)]))
        case "polyline", "polygon":
            let points = try reader.points("points")
            var path = Path([.move(points[0])])
            for p in points.dropFirst() { path.line(to: p) }
            if element == "polygon" { path.close() }
            return .path(path)
        case "rect":
            let box = Rect(
                x: try reader.number("x", default: 0), y: try reader.number("y", default: 0),
                width: try reader.positive("width"), height: try reader.positive("height"))
            var rx = try reader.optionalNonNegative("rx"), ry = try reader.optionalNonNegative("ry")
            if rx == nil { rx = ry }
            if ry == nil { ry = rx }
            return .path(AssetOutline.roundedRect(
                box, rx: min(rx ?? 0, box.width / 2), ry: min(ry ?? 0, box.height / 2)))
        case "circle":
            let c = Point(try reader.number("cx", default: 0), try reader.number("cy", default: 0))
            let r = try reader.positive("r")
            return .ellipse(center: c, radiusX: r, radiusY: r)
        case "ellipse":
            let c = Point(try reader.number("cx", default: 0), try reader.number("cy", default: 0))
            return .ellipse(center: c, radiusX: try reader.positive("rx"), radiusY: try reader.positive("ry"))
        default:
            throw AssetProblem("not a shape", fix: "use path, line, polyline, polygon, rect, circle or ellipse")
        }
    }
}
