/// One statement of the Signs of Safety map, a safety plan or a dispute: the professional wording and,
/// where the family agreed one, the child's wording.
///
/// A case file writes a statement either as plain text (the professional wording only) or in full:
///
/// ```yaml
/// - text: On 2 March Leo was burnt by a pan of hot water while Mum was asleep on the sofa.
///   child: Leo hurt his arm on the cooker. Mummy was very poorly and could not wake up.
///   who: [mum]
///   picture: at_hospital
/// ```
///
/// Both wordings are kept verbatim apart from trimming the ends and folding line breaks, exactly as a
/// child's words are (the child's wording was agreed word for word with the family).
public struct Statement: Hashable, Sendable {
    /// The professional wording (key `text`, or the whole value in the short form).
    public var text: String
    /// The wording agreed with the family for the child (key `child`), if there is one.
    public var child: String?
    /// Who the statement is about, as ids of children or people, or role words (`doctor`, `police`…):
    /// who did it (harm), whose behaviour the worry is about (worries), who will do it (goals). In a
    /// dispute, who says it (`says`) or who decided (`decided.by`). In written order, never repeated.
    public var who: [String]
    /// Who is worried (key `worried`, only on `map.worries`): ids or role words, in written order.
    public var worried: [String]
    /// The picture for this statement (key `picture`), if one is chosen.
    public var picture: SceneRef?
    /// Where the statement starts in the case file.
    public var location: SourceLocation?
    /// Where the child's wording is written, so a later problem with it (a character no font has) can
    /// point at its own line.
    public var childLocation: SourceLocation?
    /// Where the statement sits in the case, e.g. `map.harm[0]`, for later diagnostics.
    public var keyPath: String

    public init(
        _ text: String, child: String? = nil, who: [String] = [], worried: [String] = [], picture: SceneRef? = nil,
        location: SourceLocation? = nil, childLocation: SourceLocation? = nil, keyPath: String = ""
    ) {
        self.text = text
        self.child = child
        self.who = who
        self.worried = worried
        self.picture = picture
        self.location = location
        self.childLocation = childLocation
        self.keyPath = keyPath
    }

    /// The words for a child's document: the child's wording when agreed, else the professional wording.
    public var wording: String { child ?? text }

    /// Whether the family agreed a wording for the child.
    public var hasChildWording: Bool { child != nil }
}

/// A picture chosen for a statement, rule or page: a name from `pictures:`, or a picture described right
/// where it is used.
public enum SceneRef: Hashable, Sendable {
    /// `picture: at_hospital`; the decoder guarantees the name is under `pictures:`.
    case named(String)
    /// `picture: { place: hospital, people: [leo: poorly] }`, read exactly like a picture under `pictures:`.
    case inline(SceneDescription)

    /// The picture itself, looked up in `caseFile.pictures` for a name.
    public func scene(in caseFile: CaseFile) -> SceneDescription? {
        switch self {
        case .named(let name): caseFile.pictures[name]
        case .inline(let scene): scene
        }
    }

    /// The name under `pictures:`, for a named picture.
    public var name: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}
