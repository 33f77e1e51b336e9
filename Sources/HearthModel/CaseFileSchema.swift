/// The case-file keys the decoder understands, per kind of object, published so that the JSON Schema
/// in `Assets/schema/case.schema.json` and the decoder can be checked against each other, and so that
/// tools (such as `hearth new`) can list them.
///
/// Object names: `root` (the top of the file), `case`, `story`, `child`, `person` (one of `people`), `looks`
/// (a child's or person's), `three_houses` (one interview), `drawings`, `scene` (one picture under
/// `pictures`, or a picture described where it is used), `scene_person` (someone in a picture, in the long
/// form `who: leo`), `map`, `statement` (one statement in full, `text:` with `child:`…), `worry` (one of
/// `map.worries` in full), `wording` (`text:` and `child:` only: a dispute's `about` and each view under
/// `says`, a rule's `rule`, a network job), `dispute`, `decided`, `safety_plan`, `rule`, `network_member`,
/// `talk_to`, `scale`, `out_of_hours` (whom the family rings out of hours), `my_safety_plan` (the child's safety
/// card), `pages` (the booklet's sections), `page` (one section's changes) and `output`.
public enum CaseFileSchema {
    /// The only case-file format version this Hearth reads (key `hearth`).
    public static let currentVersion = 1

    public static let knownKeys: [String: Set<String>] = [
        "root": [
            "hearth", "case", "story", "children", "people", "three_houses", "pictures", "map", "disputes",
            "safety_plan", "scales", "pages", "output", "private", "history",
            // The safety tools (safety-house, fairy-wizard, safety-circles).
            "fairy_wizard", "safety_house", "safety_circles",
            "my_safety_plan",
        ],
        "case": ["author", "title"],
        "story": ["children", "title", "date", "review", "order", "pages", "written_by", "messages", "agree_page", "per_child"],
        "child": ["id", "name", "called", "age", "age_months", "pronouns", "looks"],
        "person": ["id", "name", "called", "relation", "role", "looks", "network", "not_safe", "private", "family"],
        "looks": [
            "age", "skin", "hair", "hair_colour", "build", "clothes", "head_covering", "glasses", "beard",
            "hearing_aid", "mobility", "wears",
        ],
        "three_houses": [
            "child", "date", "recorded_by", "language", "questions", "worries", "good_things", "dreams", "drawings",
        ],
        "drawings": Set(House.allCases.map(\.rawValue)),
        "scene": ["place", "where", "people", "things", "say", "think", "not", "worry", "one_day", "decided"],
        "scene_decided": ["people", "where", "by"],
        "scene_person": [
            "who", "feeling", "action", "crying", "at", "in", "on", "sits", "lies", "kneels", "walks", "hugs",
            "holds_hands", "hand_on_shoulder", "carries", "sits_on_lap", "gives", "reads_to", "comforts", "phones",
            "talks_to", "holds", "says", "thinks", "wears",
        ],
        "map": ["harm", "worries", "complicating", "working_well", "goals", "next_steps"],
        "statement": ["text", "child", "who", "picture"],
        "worry": ["text", "child", "who", "worried", "picture"],
        "wording": ["text", "child"],
        "dispute": ["about", "says", "decided", "picture"],
        "decided": ["by", "text", "child"],
        "safety_plan": [
            "rules", "warning_signs", "if_not_working", "network", "review", "talk_to", "safe_place",
            "out_of_hours", "signed_by",
        ],
        "rule": ["rule", "child", "who", "phone", "picture", "when", "if_not_kept"],
        "network_member": ["who", "job", "phone"],
        "talk_to": ["who", "how", "phone"],
        "scale": ["who", "score", "date", "about", "zero", "ten"],
        "pages": Set(BookletSection.allCases.map(\.rawValue)),
        "page": ["text", "picture", "skip"],
        "output": ["documents", "paper", "language", "age_band", "strings"],
        // The safety tools (safety-house, fairy-wizard, safety-circles).
        "fairy_wizard": [
            "child", "date", "recorded_by", "language", "questions", "helper", "take_away", "keep", "make_happen", "drawings",
        ],
        "fairy_wizard_drawings": Set(MagicWish.allCases.map(\.rawValue)),
        "safety_house": ["child", "date", "recorded_by", "lives_here", "visits", "rules", "score", "red_circle", "kept_by"],
        "safety_circles": ["child", "date", "live_with", "see_a_lot", "help"],
        // The family's printed plan and the child's safety card (safety-plan, my-safety-plan).
        "out_of_hours": ["who", "phone"],
        "my_safety_plan": ["children", "minimal", "number", "talk_to", "if_unsafe", "wallet_cards"],
    ]

    /// Keys that must be present (and not empty) in each object.
    public static let requiredKeys: [String: Set<String>] = [
        "root": ["children"],
        "child": ["id", "name"],
        "person": ["id", "name"],
        "three_houses": ["child"],
        "scene_person": ["who"],
        "scene_decided": ["people"],
        "statement": ["text"],
        "worry": ["text"],
        "wording": ["text"],
        "dispute": ["about", "says"],
        "decided": ["by", "text"],
        "rule": ["rule"],
        "network_member": ["who"],
        "scale": ["who", "score"],
        "fairy_wizard": ["child"],
        "safety_house": ["child"],
        "safety_circles": ["child"],
        "out_of_hours": ["who", "phone"],
    ]

    /// Keys the design reserves for sections not built yet; they get "not supported yet" rather than
    /// "unknown key", so a worker who read the design is not told they made a typo.
    public static let reservedKeys: [String: Set<String>] = [:]

    /// Keys written in the wrong object, with the object they belong in: `strings:` at the top of the file (as
    /// the design's wording may suggest) belongs under `output:`.
    public static let misplacedKeys: [String: [String: String]] = [
        "root": ["strings": "output"],
    ]

    /// Document kinds in the design that this version cannot produce yet.
    public static let plannedDocumentKinds: Set<String> = [
    ]

    /// The oldest age a case file may give; Hearth's documents are for children and young people.
    public static let ages: ClosedRange<Int> = 0...25
    /// A young child's age in months (`age_months`), for a baby's pose: lying, sitting, toddling.
    public static let months: ClosedRange<Int> = 0...47

    /// Drawing file types the renderer can place.
    public static let drawingExtensions: Set<String> = ["png", "jpg", "jpeg"]

    /// The safety scale (key `scales[].score`).
    public static let scaleScores: ClosedRange<Int> = ScaleScore.range

    /// The default for `output.language`.
    public static let defaultLanguage = "en-GB"
}
