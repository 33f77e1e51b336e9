import HearthGeometry

/// The words a `class` attribute may use besides colour names.
enum AssetClassWord: String, CaseIterable {
    case line, hatch, cross, thin
}

/// Reads a `class` attribute into paint, or says what is wrong with it.
enum AssetClassReader {
    /// The paint for `value`, or a message and a fix.
    static func paint(_ value: String) -> Result<AssetPaint, AssetProblem> {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map(String.init)
        var colour: AssetColour?
        var modifiers = Set<AssetClassWord>()
        for word in words {
            if let modifier = AssetClassWord(rawValue: word) {
                modifiers.insert(modifier)
            } else if let found = AssetPalette.colour(named: word) {
                if let colour, colour != found {
                    return .failure(AssetProblem(
                        "two colours in one class (\"\(colour.name)\" and \"\(found.name)\")",
                        fix: "keep one colour per shape; draw a second shape for the other colour"))
                }
                colour = found
            } else {
                return .failure(unknownWord(word))
            }
        }
        if modifiers.contains(.hatch) && modifiers.contains(.cross) {
            return .failure(AssetProblem(
                "\"hatch\" and \"cross\" together", fix: "choose one: \"hatch\" for lines one way, \"cross\" for both ways"))
        }
        let thin = modifiers.contains(.thin)
        if modifiers.contains(.line) {
            if modifiers.contains(.hatch) || modifiers.contains(.cross) {
                return .failure(AssetProblem(
                    "a \"line\" has no inside to hatch", fix: "remove \"hatch\"/\"cross\", or remove \"line\" to fill the shape"))
            }
            return .success(AssetPaint(fill: nil, ink: colour?.pen ?? PenStyle.defaultInk, isThin: thin))
        }
        guard let colour else {
            return .failure(AssetProblem(
                words.isEmpty ? "empty class" : "no colour in class \"\(value)\"",
                fix: "add a colour (for example class=\"wall\") or use class=\"line\" for an ink line with no fill"))
        }
        if modifiers.contains(.hatch) { return .success(AssetPaint(fill: .hachure(colour.pen), isThin: thin)) }
        if modifiers.contains(.cross) { return .success(AssetPaint(fill: .crossHatch(colour.pen), isThin: thin)) }
        return .success(AssetPaint(fill: .solid(colour.fill), isThin: thin))
    }

    static func unknownWord(_ word: String) -> AssetProblem {
        let known = AssetPalette.names + AssetClassWord.allCases.map(\.rawValue)
        let list = "colours are " + AssetPalette.names.joined(separator: ", ")
            + "; other words are line, hatch, cross, thin"
        if let near = Suggestion.nearest(to: word, in: known) {
            return AssetProblem("unknown word \"\(word)\" in class", fix: "did you mean \"\(near)\"? (\(list))")
        }
        return AssetProblem("unknown word \"\(word)\" in class", fix: "use only palette words: \(list)")
    }
}
