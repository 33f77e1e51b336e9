/// Reads an interview's `drawings:`, one picture file per house.
///
/// Only the file name is checked here (PNG or JPEG); whether the file exists is checked when the
/// pictures are loaded, which is why each ``DrawingRef`` keeps its location.
enum DrawingsDecoder {
    static func decode(_ reader: NodeReader) -> HouseDrawings? {
        reader.mapping(
            object: "drawings",
            expected: "one picture file per house, written as lines like 'dreams: mia-dreams.png'",
            fix: "put 'worries:', 'good_things:' or 'dreams:' lines under 'drawings:', each with a picture file name"
        ) { map in
            var drawings = HouseDrawings()
            for house in House.allCases {
                guard let value = map.optional(house.rawValue) else { continue }
                drawings[house] = drawing(value)
            }
            return drawings
        }
    }

    static func drawing(_ reader: NodeReader) -> DrawingRef? {
        guard let path = reader.text(what: "the picture's file name", example: "'dreams: drawings/mia-dreams.png'") else {
            return nil
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let fileType = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last.map { $0.lowercased() }
        guard let fileType, CaseFileSchema.drawingExtensions.contains(fileType) else {
            let found = fileType.map { "a .\($0) file" } ?? "a file name without a type such as .png"
            reader.report(
                "a drawing must be a PNG or JPEG picture, found \(found): '\(NodeShape.excerpt(path))'",
                fix: "save or scan the drawing as .png or .jpg and write that file name here")
            return nil
        }
        return DrawingRef(path: path, location: reader.location, keyPath: reader.path.description)
    }
}
