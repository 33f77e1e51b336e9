import HearthModel

/// A Words and Pictures booklet in words: one idea per page, each a picture and a few sentences, in the order
/// the practice tells the story. Layout decides sizes and places.
public struct Booklet: Hashable, Sendable {
    public var title: String
    public var pages: [StoryPage]
    public var metadata: SheetMetadata
    /// The reader's age band: it sets the type size.
    public var ageBand: AgeBand
    /// What a screen reader says for the parts of its pictures, in the booklet's language.
    public var pictureWords: PictureWords = .english
}

/// One page of the story.
public struct StoryPage: Hashable, Sendable {
    public var section: BookletSection
    /// The small heading above the page ("What happened"); nil on the cover.
    public var heading: String?
    public var sentences: [SheetText]
    public var scene: SceneContent?
    /// The cover sets its title large; the last page leaves room for the child's drawing.
    public var isCover: Bool
    public var drawingSpace: String?
    /// The stamp on a draft page: set only when the page prints professional wording (or is the cover) and the
    /// practitioner asked for a draft.
    public var draftMark: DraftStamp?
    /// Small pictures, each with its own words, sharing the page like a storyboard (all the rules on one page).
    /// When there are panels, the page's own sentences and scene are empty.
    public var panels: [StoryPanel] = []
    /// Names to sign above ("We agree this is our story"), each with a line; empty on every other page.
    public var signatures: [String] = []
    /// What the line beside each signature is for ("Date").
    public var signatureLabel: String = ""

    /// Whether any sentence is the professional wording standing in for words not yet agreed for the child.
    public var carriesProfessionalWording: Bool {
        (sentences + panels.flatMap(\.sentences)).contains { $0.voice == .professional }
    }

    /// Every sentence the page prints, its panels' included.
    public var allSentences: [SheetText] { sentences + panels.flatMap(\.sentences) }

    public init(
        section: BookletSection, heading: String?, sentences: [SheetText], scene: SceneContent?, isCover: Bool = false,
        drawingSpace: String? = nil
    ) {
        self.section = section
        self.heading = heading
        self.sentences = sentences
        self.scene = scene
        self.isCover = isCover
        self.drawingSpace = drawingSpace
    }
}

extension Booklet {
    /// The same booklet as a draft: every page that prints professional wording, and the cover, stamped with
    /// `mark`, and the title saying so, so a draft is never mistaken for the finished story.
    public func markedAsDraft(_ mark: DraftStamp, title draftTitle: String) -> Booklet {
        var out = self
        for i in out.pages.indices where out.pages[i].carriesProfessionalWording || out.pages[i].isCover {
            out.pages[i].draftMark = mark
        }
        out.metadata.title = draftTitle
        return out
    }
}

/// What a draft page is stamped with: a large word ("DRAFT") and why ("not yet agreed for the child").
public struct DraftStamp: Hashable, Sendable {
    public var word: String
    public var note: String

    public init(word: String, note: String) {
        self.word = word
        self.note = note
    }
}

/// One small picture and its words on a storyboard page: what one page of the story would say, drawn smaller so that
/// a list of like things (the rules) reads as one page.
public struct StoryPanel: Hashable, Sendable {
    public var sentences: [SheetText]
    public var scene: SceneContent?

    public init(sentences: [SheetText], scene: SceneContent?) {
        self.sentences = sentences
        self.scene = scene
    }
}
