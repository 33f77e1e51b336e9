import HearthLooks
import Yams

/// Reads one person of a picture written in plain words: `{who: nanna, hugs: ruby, feeling: loved}`, or the
/// same under the person's id, `nanna: {hugs: ruby}`.
///
/// It exists so a practitioner can write the event as they would say it — who hugs whom, who phones, who is in
/// bed, who sits on the sofa — and every word is checked: an action, a place or a person Hearth cannot draw is an
/// error with a did-you-mean, never a picture that silently leaves it out.
enum ScenePersonDecoder {
    /// Actions done to or with someone, by their key.
    static let partnerActions: [(key: String, action: Action)] = [
        ("hugs", .hugging), ("holds_hands", .holdingHands), ("hand_on_shoulder", .handOnShoulder),
        ("carries", .carrying), ("sits_on_lap", .onLap), ("gives", .giving), ("reads_to", .readingTo),
        ("comforts", .comforting), ("phones", .phoning), ("talks_to", .talking),
    ]

    /// What one person entry says, before the partners are checked against the whole picture.
    struct Details {
        var feeling: Feeling?
        var action: Action?
        var crying: Bool?
        var posture: Posture?
        var partner: String?
        var partnerReader: NodeReader?
        var anchor: String?
        var holding: String?
        var wears: Set<Wearable>?
        var says: (String, NodeReader)?
        var thinks: (String, NodeReader)?
    }

    /// Reads the keys of a person's mapping (`who` is read by the caller).
    static func details(_ map: MappingReader, things: [String]) -> Details {
        var d = Details()
        d.feeling = map.optional("feeling")?.choice(Feeling.self, what: "a feeling")
        d.action = map.optional("action")?.choice(Action.self, what: "an action")
        d.crying = map.optional("crying")?.flag(what: "crying")
        var actionReader: (String, NodeReader)? = d.action == nil ? nil : ("action", map.optional("action")!)
        func setAction(_ action: Action, key: String, reader: NodeReader) {
            if let (earlier, _) = actionReader {
                reader.report(
                    "'\(key)' and '\(earlier)' are two actions; a person does one thing in a picture",
                    fix: "keep one of them, or draw the other in its own picture")
                return
            }
            actionReader = (key, reader)
            d.action = action
        }
        for (key, action) in partnerActions {
            guard let reader = map.optional(key) else { continue }
            guard let id = reader.identifier(what: "who they \(key.split(separator: "_").joined(separator: " "))", example: "'\(key): ruby'") else { continue }
            setAction(action, key: key, reader: reader)
            d.partner = id
            d.partnerReader = reader
        }
        if let reader = map.optional("kneels") {
            d.posture = .kneeling
            if case .scalar(let scalar) = reader.node, NodeReader.flagWords[scalar.string] == nil {
                // `kneels: leo` kneels to Leo's height, facing them.
                if let id = reader.identifier(what: "who they kneel to", example: "'kneels: leo'"), d.partner == nil {
                    d.partner = id
                    d.partnerReader = reader
                }
            } else if reader.flag(what: "kneels") == false {
                d.posture = nil
            }
        }
        if let reader = map.optional("walks"), reader.flag(what: "walks") == true { d.posture = .walking }
        if let reader = map.optional("sits") { place(reader, posture: .sitting, key: "sits", allowed: SceneParticipant.seatWords, things: things, into: &d) }
        if let reader = map.optional("lies") { place(reader, posture: .lying, key: "lies", allowed: SceneParticipant.restWords, things: things, into: &d) }
        for key in ["at", "in", "on"] {
            guard let reader = map.optional(key) else { continue }
            place(reader, posture: nil, key: key, allowed: nil, things: things, into: &d)
        }
        if let reader = map.optional("holds"), let thing = reader.identifier(what: "the thing they hold", example: "'holds: teddy'") {
            d.holding = thing
        }
        d.wears = map.optional("wears").map(LooksDecoder.wears)
        if let reader = map.optional("says"), let text = reader.text(what: "what they say", example: "'says: Hello'") {
            d.says = (text, reader)
        }
        if let reader = map.optional("thinks"), let text = reader.text(what: "what they think", example: "'thinks: I want to go home'") {
            d.thinks = (text, reader)
        }
        return d
    }

    /// `sits: sofa`, `lies: yes`, `in: bed`, `at: cupboard`: a place in the setting, or a thing in the picture.
    private static func place(
        _ reader: NodeReader, posture: Posture?, key: String, allowed: Set<String>?, things: [String], into d: inout Details
    ) {
        if let posture, case .scalar(let scalar) = reader.node, let yes = NodeReader.flagWords[scalar.string] {
            if yes { d.posture = posture }
            return
        }
        guard let word = reader.identifier(what: "where they are", example: "'\(key): \(allowed?.sorted().first ?? "bed")'") else { return }
        // Sitting and lying down need a seat or a bed. `at:`, `in:` and `on:` may also name a place only a
        // trainer's setting declares, which the layout checks against the setting the picture is drawn in; a word
        // a letter from a known place is taken for a slip.
        let choices = allowed.map { Array($0).sorted() } ?? (SceneParticipant.anchorWords + things)
        let slip = choices.contains { Suggestion.distance(Suggestion.normalised(word), Suggestion.normalised($0)) <= 1 }
        guard choices.contains(word) || (allowed == nil && !slip) else {
            let listed = "the places are \(Suggestion.list(Set(choices)))"
                + (allowed == nil ? "" : ", or 'yes'")
            let fix = Suggestion.didYouMean(word, in: Set(choices)).map { "\($0) (\(listed))" } ?? listed
            reader.report("'\(NodeShape.excerpt(word))' is not a place Hearth can put someone \(phrase(key))", fix: fix)
            return
        }
        if d.anchor != nil {
            reader.report("this person is already put somewhere in the picture", fix: "keep one of 'at:', 'in:', 'on:', 'sits:' and 'lies:'")
            return
        }
        d.anchor = word
        switch posture ?? (key == "in" && ["bed", "cot"].contains(word) ? .lying : nil) {
        case .some(let p): d.posture = p
        case .none where key == "on" && ["sofa", "chair", "bench"].contains(word): d.posture = .sitting
        case .none: break
        }
    }

    private static func phrase(_ key: String) -> String {
        switch key {
        case "sits": "to sit"
        case "lies": "to lie down"
        default: "'\(key)'"
        }
    }
}
