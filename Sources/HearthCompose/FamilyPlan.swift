import HearthModel

/// The family's printed safety plan (document `safety-plan`) in words: for the parents and the safety network, in
/// plain English at an Easy Read level, as a run of blocks that layout flows down A4 pages. It is not the child's:
/// it prints the professional wording the family agreed, full names and everyone's numbers.
public struct FamilyPlan: Hashable, Sendable {
    public var title: String
    public var blocks: [PlanBlock]
    public var metadata: SheetMetadata
    /// Stable text the pen's seeds derive from.
    public var seedKey: String
    /// "Page {page} of {pages}".
    public var pageLabel: String
    public var isBlank: Bool

    public init(title: String, blocks: [PlanBlock], metadata: SheetMetadata, seedKey: String, pageLabel: String, isBlank: Bool) {
        self.title = title
        self.blocks = blocks
        self.metadata = metadata
        self.seedKey = seedKey
        self.pageLabel = pageLabel
        self.isBlank = isBlank
    }

    /// The same plan with every text set as print wants it: curly apostrophes ("Nanna Pat’s").
    func typeset() -> FamilyPlan {
        func set(_ s: SheetText) -> SheetText {
            var s = s
            s.text = Typography.curlyApostrophes(s.text)
            return s
        }
        var out = self
        out.blocks = blocks.map { block in
            switch block {
            case .paragraphs(let texts): return .paragraphs(texts.map(set))
            case .bullets(let texts): return .bullets(texts.map(set))
            case .rule(var rule):
                rule.text = rule.text.map(set)
                rule.details = rule.details.map { PlanDetail(label: $0.label, value: $0.value.map(Typography.curlyApostrophes)) }
                return .rule(rule)
            case .members(let members):
                return .members(members.map { m in
                    PlanMember(name: m.name, about: m.about.map(Typography.curlyApostrophes), phone: m.phone, job: m.job.map(set))
                })
            default: return block
            }
        }
        return out
    }

    /// Every piece of text the plan prints, for checks and tests.
    public var printedTexts: [String] {
        [title] + blocks.flatMap(\.printedTexts)
    }
}

/// One part of the family's plan, in reading order.
public enum PlanBlock: Hashable, Sendable {
    /// A section heading ("Our rules"): kept on the same page as what follows it.
    case heading(String)
    /// Paragraphs of plain text.
    case paragraphs([SheetText])
    /// A bulleted list.
    case bullets([SheetText])
    /// One rule, with its details and the picture of it being kept.
    case rule(PlanRule)
    /// The members of the safety network.
    case members([PlanMember])
    /// Empty lines to write on (blank plans).
    case writingLines(Int)
    /// Lines to sign, each with a name under it (or empty for a blank plan) and a shorter line for the date.
    case signatures(names: [String], dateLabel: String)

    var printedTexts: [String] {
        switch self {
        case .heading(let text): [text]
        case .paragraphs(let texts), .bullets(let texts): texts.map(\.text)
        case .rule(let rule): [rule.number] + [rule.text?.text].compactMap { $0 } + rule.details.flatMap { [$0.label, $0.value ?? ""] }
            + (rule.scene?.people.compactMap(\.label) ?? []) + [rule.drawingPrompt].compactMap { $0 }
        case .members(let members): members.flatMap { [$0.name, $0.about, $0.phone, $0.job?.text].compactMap { $0 } }
        case .writingLines: []
        case .signatures(let names, let label): names + [label]
        }
    }
}

/// A rule of the plan: what must happen, who makes sure and when, what happens if it is not kept, and its picture.
public struct PlanRule: Hashable, Sendable {
    /// "Rule 1".
    public var number: String
    /// The rule as agreed; nil on a blank plan.
    public var text: SheetText?
    public var details: [PlanDetail]
    public var scene: SceneContent?
    /// A blank plan's empty picture box says what to draw.
    public var drawingPrompt: String?

    public init(number: String, text: SheetText?, details: [PlanDetail], scene: SceneContent?, drawingPrompt: String? = nil) {
        self.number = number
        self.text = text
        self.details = details
        self.scene = scene
        self.drawingPrompt = drawingPrompt
    }
}

/// "Who makes sure: Nana Jean and Ellie": a label and its value, or a line to write on when the value is nil.
public struct PlanDetail: Hashable, Sendable {
    public var label: String
    public var value: String?

    public init(label: String, value: String?) {
        self.label = label
        self.value = value
    }
}

/// A network member as the family's plan lists them.
public struct PlanMember: Hashable, Sendable {
    /// "Jean Example (Nana Jean)".
    public var name: String
    /// Who they are: "Mia's nana".
    public var about: String?
    public var phone: String?
    /// Their job in the plan.
    public var job: SheetText?

    public init(name: String, about: String?, phone: String?, job: SheetText?) {
        self.name = name
        self.about = about
        self.phone = phone
        self.job = job
    }
}
