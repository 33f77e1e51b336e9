/// The case-file keys the decoder understands, per kind of object, published so that the JSON Schema
/// in `Assets/schema/case.schema.json` and the decoder can be checked against each other, and so that
/// tools (such as `hearth new`) can list them.
///
/// Object names: `root` (the top of the file), `case`, `child`, `person` (one of `people`), `looks`
/// (a child's or person's), `three_houses` (one interview), `drawings`, `scene` (one picture under
/// `pictures`), `scene_person` (someone in a picture, in the long form `who: leo`) and `output`.
public enum CaseFileSchema {
    /// The only case-file format version this Hearth reads (key `hearth`).
    public static let currentVersion = 1

    public static let knownKeys: [String: Set<String>] = [
        "root": ["hearth", "case", "children", "people", "three_houses", "pictures", "output"],
        "case": ["author", "title"],
        "child": ["id", "name", "called", "age", "pronouns", "looks"],
        "person": ["id", "name", "called", "relation", "role", "looks", "network", "not_safe"],
        "looks": [
            "age", "skin", "hair", "hair_colour", "build", "clothes", "head_covering", "glasses", "beard",
            "hearing_aid", "mobility",
        ],
        "three_houses": [
            "child", "date", "recorded_by", "language", "questions", "worries", "good_things", "dreams", "drawings",
        ],
        "drawings": Set(House.allCases.map(\.rawValue)),
        "scene": ["place", "people", "things", "say", "think"],
        "scene_person": ["who", "feeling", "action", "crying"],
        "output": ["documents", "paper", "language"],
    ]

    /// Keys that must be present (and not empty) in each object.
    public static let requiredKeys: [String: Set<String>] = [
        "root": ["children"],
        "child": ["id", "name"],
        "person": ["id", "name"],
        "three_houses": ["child"],
        "scene_person": ["who"],
    ]

    /// Keys the design reserves for sections not built yet; they get "not supported yet" rather than
    /// "unknown key", so a worker who read the design is not told they made a typo.
    public static let reservedKeys: [String: Set<String>] = [
        "root": ["map", "safety_plan", "scales", "pages"],
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
