import Yams

/// Reads `pictures:`, named pictures that documents refer to by name:
///
/// ```yaml
/// pictures:
///   at_hospital:
///     place: hospital
///     people: [leo: poorly, mum: worried, doctor]
/// ```
///
/// Each value is read by ``SceneDescriptionDecoder``.
enum PicturesDecoder {
    struct Decoded {
        /// The pictures read without problems.
        var pictures: [String: SceneDescription]
        /// Every name written, even for a picture with problems, so a reference to it is not also reported.
        var names: [String]
    }

    static func decode(_ reader: NodeReader, knownIDs: [String]?) -> Decoded? {
        guard case .mapping(let mapping) = reader.node else {
            reader.reportMismatch(
                expected: "named pictures, written as a name such as 'at_hospital:' with the picture's lines under it",
                fix: "write each picture's name on its own line under 'pictures:', followed by ':', and its 'place:', 'people:'… lines under the name, indented")
            return nil
        }
        var pictures: [String: SceneDescription] = [:]
        var names: [String] = []
        for pair in mapping {
            let keyPath = pair.key.scalar.map { reader.path.appending(key: NodeShape.excerpt($0.string)) } ?? reader.path
            let key = NodeReader(node: pair.key, path: keyPath, context: reader.context, keyMark: pair.key.mark)
            guard let name = pictureName(key) else { continue }
            names.append(name)
            let value = NodeReader(
                node: pair.value, path: reader.path.appending(key: NodeShape.excerpt(name)),
                context: reader.context, keyMark: pair.key.mark)
            guard !value.node.isNull else {
                value.report(
                    "the picture '\(NodeShape.excerpt(name))' is empty",
                    fix: "describe it under its name with 'place:', 'people:' or 'things:' lines, indented, or delete it")
                continue
            }
            if let scene = SceneDescriptionDecoder.decode(value, knownIDs: knownIDs) {
                pictures[name] = scene
            }
        }
        return Decoded(pictures: pictures, names: names)
    }

    /// A picture's name: one word, since documents will refer to it as `picture: at_hospital`.
    private static func pictureName(_ key: NodeReader) -> String? {
        let fix = "name the picture with one word, e.g. 'at_hospital:'"
        guard case .scalar(let scalar) = key.node else {
            key.reportMismatch(expected: "a picture's name", fix: fix)
            return nil
        }
        let name = scalar.string.trimmingWhitespace()
        guard !name.isEmpty else {
            key.report("a picture needs a name", fix: fix)
            return nil
        }
        guard !name.contains(where: \.isWhitespace) else {
            let joined = name.split(whereSeparator: \.isWhitespace).joined(separator: "_")
            key.report(
                "a picture's name must be one word without spaces, found '\(NodeShape.excerpt(name))'",
                fix: "join the words, e.g. '\(NodeShape.excerpt(joined)):'")
            return nil
        }
        return name
    }
}
