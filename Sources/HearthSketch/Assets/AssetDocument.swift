import Foundation
import HearthGeometry

/// A picture file as it is read, element by element: the open elements and the shapes found so far.
///
/// This is the picture format's rules (which element may go where, what a `g` passes on to its shapes), kept
/// apart from the XML parser that feeds it, which only reports elements, text and lines.
struct AssetDocument {
    private struct Open {
        var element: String
        var transform: AssetTransform
        var className: String?
    }

    private(set) var viewBox: Rect?
    private(set) var title: String?
    private(set) var shapes: [AssetShape] = []
    private(set) var size: AssetSize = .medium
    private(set) var kind: AssetKind = .thing
    private(set) var anchors: [AssetAnchor] = []
    private(set) var setting: AssetSetting?
    private var open: [Open] = []
    /// How many `title`/`desc` elements are open; their text is not drawing.
    private var notesOpen = 0
    /// The text of the top-level title while it is being read.
    private var titleText: String?

    /// The innermost open element, to name in errors.
    var currentElement: String { open.last?.element ?? "" }

    /// `line` is where the element starts; only anchors keep it (for the errors layouts give about them).
    mutating func start(_ element: String, _ attributes: [String: String], line: Int = 0) throws(AssetProblem) {
        if AssetElements.isKnown(element), let problem = AssetElements.checkAttributes(element, attributes) {
            throw problem
        }
        guard let parent = open.last else {
            try startRoot(element, attributes)
            return
        }
        if notesOpen > 0 {
            throw AssetProblem("<\(element)> inside <title> or <desc>", fix: "put only plain text in <title> and <desc>")
        }
        if AssetElements.notes.contains(element) {
            notesOpen += 1
            if element == "title" && open.count == 1 && title == nil { titleText = "" }
            open.append(Open(element: element, transform: parent.transform, className: parent.className))
            return
        }
        guard parent.element == "svg" || parent.element == "g" else {
            throw AssetProblem(
                "<\(element)> cannot go inside <\(parent.element)>",
                fix: "close <\(parent.element) … /> first and put <\(element)> beside it, or group both in a <g>")
        }
        var transform = parent.transform
        if let text = attributes["transform"] { transform = transform.then(try AssetTransform.read(text)) }
        let className = attributes["class"] ?? parent.className
        if let name = attributes["data-anchor"] {
            anchors.append(try anchor(name, element, attributes, transform, line: line))
            open.append(Open(element: element, transform: transform, className: className))
            return
        }
        if element == "g" {
            if let own = attributes["class"], case .failure(let problem) = AssetClassReader.paint(own) { throw problem }
        } else {
            guard AssetElements.shapes.contains(element) else { throw AssetElements.unknown(element) }
            shapes.append(try shape(element, attributes, transform, className))
        }
        open.append(Open(element: element, transform: transform, className: className))
    }

    private mutating func startRoot(_ element: String, _ attributes: [String: String]) throws(AssetProblem) {
        guard element == "svg" else {
            throw AssetProblem(
                "the file starts with <\(element)>, not <svg>", fix: "make <svg viewBox=\"0 0 100 100\"> the outer element")
        }
        guard let text = attributes["viewBox"] else {
            throw AssetProblem(
                "<svg> has no viewBox",
                fix: "add viewBox=\"0 0 100 100\" (left, top, width, height of the drawing area in your own units)")
        }
        guard let v = SVGNumberScanner.numbers(in: text), v.count == 4, v[2] > 0, v[3] > 0,
              v.allSatisfy({ abs($0) < 1e9 })
        else {
            throw AssetProblem(
                "viewBox=\"\(text)\" is not four numbers with a width and height above 0",
                fix: "write viewBox=\"0 0 100 100\": left, top, width, height")
        }
        viewBox = Rect(x: v[0], y: v[1], width: v[2], height: v[3])
        if let word = attributes["data-size"] {
            guard let chosen = AssetSize(rawValue: word) else {
                let near = Suggestion.nearest(to: word, in: AssetSize.allCases.map(\.rawValue))
                throw AssetProblem(
                    "data-size=\"\(word)\" is not a size Hearth knows",
                    fix: (near.map { "did you mean \"\($0)\"? " } ?? "")
                        + "write small, medium (the default), large, tall or huge: how big the thing stands beside people")
            }
            size = chosen
        }
        try readKind(attributes)
        open.append(Open(element: element, transform: .identity, className: nil))
    }

    /// `data-kind` and, for a setting, the place names it stands for and its backdrop and ground colours.
    private mutating func readKind(_ attributes: [String: String]) throws(AssetProblem) {
        if let word = attributes["data-kind"] {
            guard let chosen = AssetKind(rawValue: word) else {
                throw AssetProblem(
                    "data-kind=\"\(word)\" is not a kind Hearth knows",
                    fix: "write data-kind=\"setting\" for a place drawn around people, or leave it out for a thing")
            }
            kind = chosen
        }
        let settingOnly = ["data-for", "data-also-for", "data-backdrop", "data-ground"]
        guard kind == .setting else {
            if let name = settingOnly.first(where: { attributes[$0] != nil }) {
                throw AssetProblem(
                    "\(name) is only for settings", fix: "add data-kind=\"setting\" to <svg>, or remove \(name)")
            }
            return
        }
        func colour(_ key: String, _ fallback: String) throws(AssetProblem) -> AssetColour {
            let word = attributes[key] ?? fallback
            guard let found = AssetPalette.colour(named: word) else { throw AssetClassReader.unknownWord(word) }
            return found
        }
        func names(_ key: String) throws(AssetProblem) -> [String] {
            let words = (attributes[key] ?? "").split(separator: " ").map(String.init)
            if let bad = words.first(where: { !AssetAnchorRules.isGoodName($0) }) {
                throw AssetProblem(
                    "\(key) has \"\(bad)\", which is not a place name",
                    fix: "list place names in lower-case letters, digits and hyphens, separated by spaces")
            }
            return words
        }
        setting = AssetSetting(
            places: try names("data-for"), alsoFor: try names("data-also-for"),
            backdrop: try colour("data-backdrop", "wall"), ground: try colour("data-ground", "cloud"))
    }

    /// An anchor: a `<rect>` with a name, not drawn, inside the picture and named once.
    private func anchor(
        _ name: String, _ element: String, _ attributes: [String: String], _ transform: AssetTransform, line: Int
    ) throws(AssetProblem) -> AssetAnchor {
        guard element == "rect" else {
            throw AssetProblem(
                "data-anchor is on a <\(element)>", fix: "mark an anchor with <rect data-anchor=\"…\" x y width height/>")
        }
        guard AssetAnchorRules.isGoodName(name) else {
            throw AssetProblem(
                "data-anchor=\"\(name)\" is not an anchor name",
                fix: "use lower-case letters, digits and hyphens, such as bed, sofa, table, chair-1, door, floor")
        }
        if attributes["class"] != nil {
            throw AssetProblem(
                "the anchor \"\(name)\" has a class, but anchors are not drawn",
                fix: "remove class from the anchor, and draw the furniture with its own shapes")
        }
        if let first = anchors.first(where: { $0.name == name }) {
            throw AssetProblem(
                "a second anchor named \"\(name)\" (the first is on line \(first.line))",
                fix: "give each anchor its own name, such as chair-1 and chair-2")
        }
        guard let rect = try AssetElements.outline(element, attributes).transformed(transform).path.bounds,
              let viewBox, rect.minX >= viewBox.minX - 0.5, rect.maxX <= viewBox.maxX + 0.5,
              rect.minY >= viewBox.minY - 0.5, rect.maxY <= viewBox.maxY + 0.5
        else {
            throw AssetProblem(
                "the anchor \"\(name)\" reaches outside the viewBox",
                fix: "move or shrink it so it lies inside the picture")
        }
        return AssetAnchor(name: name, rect: rect, line: line)
    }

    private func shape(
        _ element: String, _ attributes: [String: String], _ transform: AssetTransform, _ className: String?
    ) throws(AssetProblem) -> AssetShape {
        guard let className else {
            throw AssetProblem(
                "<\(element)> has no class, so Hearth does not know how to paint it",
                fix: "add a colour such as class=\"wall\", or class=\"line\" for an ink line with no fill")
        }
        let paint: AssetPaint
        switch AssetClassReader.paint(className) {
        case .success(let p): paint = p
        case .failure(let problem): throw problem
        }
        if element == "line" && paint.fill != nil {
            throw AssetProblem(
                "a <line> has no inside to fill with \"\(className)\"",
                fix: "use class=\"line\" (or \"line thin\", \"line blue\"…), or draw a <polygon> to fill")
        }
        let outline = try AssetElements.outline(element, attributes).transformed(transform)
        guard outline.path.points.allSatisfy({ abs($0.x) < 1e9 && abs($0.y) < 1e9 }) else {
            throw AssetProblem("a number is far too large", fix: "keep coordinates within the viewBox")
        }
        return AssetShape(outline: outline, paint: paint)
    }

    mutating func end() {
        guard let last = open.popLast(), AssetElements.notes.contains(last.element) else { return }
        notesOpen -= 1
        if last.element == "title", let text = titleText {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            title = trimmed.isEmpty ? nil : trimmed
            titleText = nil
        }
    }

    /// Text between tags: kept inside the top-level title, ignored inside notes, a problem anywhere else.
    mutating func text(_ string: String) throws(AssetProblem) {
        if notesOpen > 0 {
            titleText? += string
        } else if !string.allSatisfy(\.isWhitespace) {
            throw AssetProblem("text outside <title> and <desc>", fix: "remove the text, or put it in <desc> as a note")
        }
    }

    /// The problem with a file that parsed to the end, if any.
    func finish() -> AssetProblem? {
        if viewBox == nil {
            return AssetProblem("there is no <svg> element", fix: "start the file with <svg viewBox=\"0 0 100 100\">")
        }
        if shapes.isEmpty {
            return AssetProblem("the picture draws nothing", fix: "add shapes such as <rect>, <circle> or <path>")
        }
        if kind == .setting, !anchors.contains(where: { $0.name == AssetAnchorRules.floor }) {
            return AssetProblem(
                "the setting has no floor anchor, so Hearth does not know where people stand",
                fix: "add <rect data-anchor=\"floor\" x=… y=… width=… height=…/>: its top edge is the floor line")
        }
        return nil
    }
}
