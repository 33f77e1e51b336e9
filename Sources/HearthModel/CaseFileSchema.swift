/// The case-file keys the decoder understands, per kind of object, published so that the JSON Schema
/// in `Assets/schema/case.schema.json` and the decoder can be checked against each other, and so that
/// tools (such as `hearth new`) can list them.
///
/// Object names: `root` (the top of the file), `case`, `child`, `three_houses` (one interview),
/// `drawings` and `output`.
public enum CaseFileSchema {
    /// The only case-file format version this Hearth reads (key `hearth`).
    public static let currentVersion = 1

    public static let knownKeys: [String: Set<String>] = [
        "root": ["hearth", "case", "children", "three_houses", "output"],
        "case": ["author", "title"],
        "child": ["id", "name", "called", "age", "pronouns"],
        "three_houses": [
            "child", "date", "recorded_by", "language", "questions", "worries", "good_things", "dreams", "drawings",
        ],
        "drawings": Set(House.allCases.map(\.rawValue)),
        "output": ["documents", "paper", "language"],
    ]

    /// Keys that must be present (and not empty) in each object.
    public static let requiredKeys: [String: Set<String>] = [
        "root": ["children"],
        "child": ["id", "name"],
        "three_houses": ["child"],
    ]

    /// Keys the design reserves for sections not built yet; they get "not supported yet" rather than
    /// "unknown key", so a worker who read the design is not told they made a typo.
    public static let reservedKeys: [String: Set<String>] = [
        "root": ["people", "map", "safety_plan", "scales", "pages"],
        "child": ["looks"],
        "output": ["age_band"],
    ]

    /// Document kinds in the design that this version cannot produce yet.
    public static let plannedDocumentKinds: Set<String> = [
        "words-and-pictures", "safety-house", "fairy-wizard", "safety-scale",
        "safety-circles", "safety-plan", "my-safety-plan",
    ]

    /// The oldest age a case file may give; Hearth's documents are for children and young people.
    public static let ages: ClosedRange<Int> = 0...25

    /// Drawing file types the renderer can place.
    public static let drawingExtensions: Set<String> = ["png", "jpg", "jpeg"]

    /// The default for `output.language`.
    public static let defaultLanguage = "en-GB"
}
