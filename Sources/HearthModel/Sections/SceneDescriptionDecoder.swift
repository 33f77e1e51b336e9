import HearthLooks
import Yams

/// Reads one picture described in words — the value of a named picture under `pictures:` now, and of
/// a page's `picture:` in later sections:
///
/// ```yaml
/// place: hospital
/// people: [leo: poorly, mum: worried, doctor]
/// things: [bed]
/// say: { mum: "Leo is poorly" }
/// think: { leo: "I want to go home" }
/// ```
///
/// A person in `people` is an id, `id: feeling` (or `id: action`), or the long form
/// `{who: leo, feeling: poorly, action: lying-in-bed, crying: yes}`. The id must be a child's or a
/// person's, or a role word (`doctor`, `police`…) for someone not in the case. Bubbles are keyed by
/// someone in the picture and hold a few words, quoted verbatim.
enum SceneDescriptionDecoder {
    /// - Parameter knownIDs: the children's and people's ids, or `nil` when they could not be read (then
    ///   every reference would look wrong, which is noise, not help).
    static func decode(_ reader: NodeReader, knownIDs: [String]?) -> SceneDescription? {
        let scene = reader.mapping(
            object: "scene",
            expected: "a picture, written as lines like 'place: hospital' and 'people: [leo, mum]'",
            fix: "put 'place:', 'people:', 'things:', 'say:' or 'think:' on their own lines under the picture's name, indented"
        ) { map -> SceneDescription? in
            if case .mapping(let mapping) = reader.node, mapping.isEmpty {
                reader.report("this picture is empty", fix: "add a 'place:', 'people:' or 'things:' line to describe it")
                return nil
            }
            var place = map.optional("place")?.identifier(what: "the place", example: "'place: hospital'")
            if let whereReader = map.optional("where") {
                let word = whereReader.identifier(what: "the place", example: "'where: kitchen'")
                if place != nil {
                    whereReader.report("'where' and 'place' say the same thing", fix: "keep one of them")
                } else {
                    place = word
                }
            }
            var things = map.optional("things").flatMap(decodeThings) ?? []
            // No 'people:' is an empty cast (a bubble then has no one to belong to); an unreadable one
            // is no cast at all, so its bubbles are not checked against it.
            let cast = map.optional("people").map { decodePeople($0, knownIDs: knownIDs, things: things) } ?? Cast(participants: [], refs: [])
            // What people hold, read to or phone with is in the picture too.
            for p in cast?.participants ?? [] {
                let needed = [p.holding, p.action == .phoning ? "phone" : nil, p.action == .readingTo ? "book" : nil]
                for case let thing? in needed where !things.contains(thing) { things.append(thing) }
            }
            var bubbles: [BubbleDescription] = []
            for (key, thought) in [("say", false), ("think", true)] {
                let own = (cast?.bubbles ?? []).filter { $0.thought == thought }
                if let value = map.optional(key) {
                    let written = decodeBubbles(value, thought: thought, cast: cast, knownIDs: knownIDs) ?? []
                    for b in written where own.contains(where: { $0.speaker == b.speaker }) {
                        value.report(
                            "'\(b.speaker)' already \(thought ? "thinks" : "says") something in this picture",
                            fix: "keep one bubble: the '\(thought ? "thinks" : "says"):' line with the person, or this one")
                    }
                    bubbles += written.filter { b in !own.contains { $0.speaker == b.speaker } }
                }
                bubbles += own
            }
            let notThings = map.optional("not").map { decodeInsetWords($0, key: "not", people: nil) } ?? []
            let worry = map.optional("worry").map { decodeInsetWords($0, key: "worry", people: knownIDs) } ?? []
            let oneDay = map.optional("one_day")?.flag(what: "whether the picture is the hoped-for day") ?? false
            let decided = map.optional("decided").flatMap { decodeDecision($0, knownIDs: knownIDs, cast: cast?.refs ?? []) }
            return SceneDescription(
                place: place, people: cast?.participants ?? [], things: things, bubbles: bubbles,
                notThings: notThings, worry: worry, oneDay: oneDay, decided: decided, location: reader.location)
        }
        return scene ?? nil
    }

    // MARK: People

    /// The people of a scene: those read without problems, and every name written (even with a problem
    /// elsewhere in its entry), so a bubble for them is not also reported.
    struct Cast {
        var participants: [SceneParticipant]
        /// Every name written, known or not.
        var refs: [String]
        /// The names that are a child, a person or a role word, to suggest and list in messages.
        var knownRefs: [String] = []
        /// Bubbles written with the person (`says:`, `thinks:`).
        var bubbles: [BubbleDescription] = []
    }

    private static func decodePeople(_ reader: NodeReader, knownIDs: [String]?, things: [String]) -> Cast? {
        let items: [NodeReader]?
        if case .mapping(let mapping) = reader.node {
            // `people: {jayden: {at: cupboard}, mum: poorly}`: each key one person.
            items = mapping.map { pair in
                NodeReader(
                    node: .mapping(Node.Mapping([(pair.key, pair.value)])), path: reader.path, context: reader.context,
                    keyMark: pair.key.mark)
            }
        } else {
            items = reader.list(
                expected: "a list of people",
                whenSingle: "put the people in square brackets, e.g. 'people: [leo, mum: worried]', or each on its own line starting with '- '",
                whenMapping: nil)
        }
        guard let items else { return nil }
        var cast = Cast(participants: [], refs: [])
        var firstUse: [String: NodeReader] = [:]
        var partners: [(ref: String, partner: String, action: Action?, reader: NodeReader)] = []
        for item in items {
            let entry = decodeEntry(item, knownIDs: knownIDs, things: things)
            guard let ref = entry.ref, let refReader = entry.refReader else { continue }
            if let earlier = firstUse[ref] {
                let line = earlier.location.flatMap { $0.line == refReader.location?.line ? nil : " on line \($0.line)" } ?? ""
                let fix = SceneDescription.strangerRole(ref) != nil && !(knownIDs ?? []).contains(ref)
                    ? "list each person once; to draw two people in the role '\(ref)', add them under 'people:' at the top level with their own ids"
                    : "list each person once: delete one of them"
                refReader.report("'\(ref)' is already in this picture\(line)", fix: fix)
                continue
            }
            firstUse[ref] = refReader
            cast.refs.append(ref)
            if entry.isKnown { cast.knownRefs.append(ref) }
            if let participant = entry.participant {
                cast.participants.append(participant)
                if let partner = participant.partner, let partnerReader = entry.partnerReader {
                    partners.append((ref, partner, participant.action, partnerReader))
                }
            }
            cast.bubbles += entry.bubbles
        }
        // Whoever is hugged, carried or read to must be in the picture too; only a phone call reaches someone away.
        for (ref, partner, action, partnerReader) in partners {
            if partner == ref {
                partnerReader.report("'\(ref)' cannot do this to themselves", fix: "name someone else in the picture")
                cast.participants.removeAll { $0.ref == ref }
                continue
            }
            if cast.refs.contains(partner) { continue }
            let exists = (knownIDs ?? []).contains(partner) || SceneDescription.strangerRole(partner) != nil
            if action == .phoning && (exists || knownIDs == nil) { continue }
            let present = cast.knownRefs.filter { $0 != ref }
            let listed = present.isEmpty ? "" : " (the people in this picture are \(Suggestion.list(present)))"
            let fix = exists
                ? "add '\(partner)' to the picture's 'people:'"
                : Suggestion.didYouMean(partner, in: present).map { $0 + listed } ?? "name someone in the picture\(listed)"
            partnerReader.report("'\(NodeShape.excerpt(partner))' is not in this picture", fix: fix)
            cast.participants.removeAll { $0.ref == ref }
        }
        return cast
    }

    private struct Entry {
        var ref: String?
        var refReader: NodeReader?
        var participant: SceneParticipant?
        /// The ref names a child, a person or a role, whatever else is wrong with the entry.
        var isKnown = false
        var partnerReader: NodeReader?
        var bubbles: [BubbleDescription] = []
    }

    private static let longFormKey = "who"

    private static func decodeEntry(_ item: NodeReader, knownIDs: [String]?, things: [String]) -> Entry {
        switch item.node {
        case .scalar:
            guard let ref = reference(item, knownIDs: knownIDs) else {
                return Entry(ref: referenceWord(item), refReader: item)
            }
            let participant = SceneParticipant(ref: ref.word, role: ref.role, location: item.location)
            return Entry(ref: ref.word, refReader: item, participant: participant, isKnown: true)
        case .mapping(let mapping) where mapping.isEmpty:
            item.report("this person is empty", fix: "write an id, e.g. '- leo', or delete the line")
            return Entry()
        case .mapping(let mapping) where mapping.contains { $0.key.scalar?.string == longFormKey }:
            return decodeLongForm(item, knownIDs: knownIDs, things: things)
        case .mapping(let mapping) where mapping.count == 1:
            return decodeShortForm(item, knownIDs: knownIDs, things: things)
        case .mapping(let mapping):
            let written = mapping.compactMap(\.key.scalar?.string).prefix(2).map { "'\(NodeShape.excerpt($0)): …'" }
            let found = written.isEmpty ? "" : " (\(written.joined(separator: ", ")))"
            item.report(
                "expected one person, found \(mapping.count) written together\(found)",
                fix: "start each person with '- ' on its own line, e.g. '- leo: poorly'; to describe one person in full, write '- leo: {hugs: mum, feeling: loved}' or '- who: leo' with 'feeling:' and 'action:' under it")
            return Entry()
        default:
            item.reportMismatch(
                expected: "a person: an id, 'id: feeling', or 'who: id' with 'feeling:' and 'action:' lines",
                fix: "write one person per entry, e.g. '- leo', '- mum: worried' or '- doctor'")
            return Entry()
        }
    }

    /// `leo: poorly` (a feeling), `mum: hugging` (an action) or `nanna: {hugs: ruby}` (plain words).
    private static func decodeShortForm(_ item: NodeReader, knownIDs: [String]?, things: [String]) -> Entry {
        guard case .mapping(let mapping) = item.node, let pair = mapping.first else { return Entry() }
        let key = NodeReader(node: pair.key, path: item.path, context: item.context, keyMark: pair.key.mark)
        guard case .scalar = pair.key else {
            key.reportMismatch(expected: "a person's id", fix: "write one person per entry, e.g. '- leo: poorly'")
            return Entry()
        }
        let ref = reference(key, knownIDs: knownIDs)
        let valueReader = NodeReader(
            node: pair.value, path: item.path.appending(key: NodeShape.excerpt(key.node.scalar?.string ?? "")),
            context: item.context, keyMark: pair.key.mark)
        if case .mapping = pair.value {
            return decodeDetails(valueReader, who: key, ref: ref, knownIDs: knownIDs, things: things, location: item.location)
        }
        var feeling: Feeling?
        var action: Action?
        if !valueReader.node.isNull {
            (feeling, action) = feelingOrAction(valueReader)
            if feeling == nil, action == nil {
                return Entry(ref: ref?.word ?? referenceWord(key), refReader: key, isKnown: ref != nil)
            }
        }
        guard let ref else { return Entry(ref: referenceWord(key), refReader: key) }
        let participant = SceneParticipant(
            ref: ref.word, role: ref.role, feeling: feeling, action: action, crying: action == .crying,
            location: item.location)
        return Entry(ref: ref.word, refReader: key, participant: participant, isKnown: true)
    }

    /// The value in `leo: poorly`: a feeling, or else an action.
    private static func feelingOrAction(_ reader: NodeReader) -> (Feeling?, Action?) {
        let feelings = Feeling.allCases.map(\.rawValue)
        let actions = Action.allCases.map(\.rawValue)
        let listed = "the feelings are \(Suggestion.list(feelings)); the actions are \(Suggestion.list(actions))"
        guard case .scalar(let scalar) = reader.node else {
            reader.reportMismatch(expected: "a feeling or an action (one word)", fix: listed)
            return (nil, nil)
        }
        let word = scalar.string
        if let feeling = Feeling(rawValue: word) { return (feeling, nil) }
        if let action = Action(rawValue: word) { return (nil, action) }
        let fix = Suggestion.didYouMean(word, in: feelings + actions).map { "\($0) (\(listed))" } ?? listed
        reader.report("'\(NodeShape.excerpt(word))' is not a feeling or an action Hearth can draw", fix: fix)
        return (nil, nil)
    }

    /// `{who: leo, feeling: poorly, action: lying-in-bed, crying: yes}`.
    private static func decodeLongForm(_ item: NodeReader, knownIDs: [String]?, things: [String]) -> Entry {
        decodeDetails(item, who: nil, ref: nil, knownIDs: knownIDs, things: things, location: item.location)
    }

    /// A person's mapping: `who:` (unless the id is its key, `who`) and the plain words of what they do.
    private static func decodeDetails(
        _ item: NodeReader, who: NodeReader?, ref known: (word: String, role: Role?)?, knownIDs: [String]?,
        things: [String], location: SourceLocation?
    ) -> Entry {
        let entry = item.mapping(
            object: "scene_person",
            expected: "a person in the picture",
            fix: "write 'who: leo' with 'feeling:', 'action:' or 'crying:' lines under it"
        ) { map -> Entry in
            var whoReader = who
            var ref = known
            if who == nil {
                whoReader = map.required("who", what: "the person's id", example: "who: leo")
                ref = whoReader.flatMap { reference($0, knownIDs: knownIDs) }
            } else if let extra = map.optional("who") {
                extra.report("the person is already named by the key above", fix: "delete the 'who:' line")
            }
            let d = ScenePersonDecoder.details(map, things: things)
            guard let whoReader else { return Entry() }
            guard let ref else { return Entry(ref: referenceWord(whoReader), refReader: whoReader) }
            let action = d.action
            let participant = SceneParticipant(
                ref: ref.word, role: ref.role, feeling: d.feeling, action: action,
                crying: d.crying ?? (action == .crying), posture: d.posture, partner: d.partner, anchor: d.anchor,
                holding: d.holding, location: location, wears: d.wears)
            var bubbles: [BubbleDescription] = []
            for (said, thought) in [(d.says, false), (d.thinks, true)] {
                guard let (text, reader) = said else { continue }
                let count = text.split(whereSeparator: \.isWhitespace).count
                if count > SceneDescription.maximumBubbleWords {
                    reader.report(
                        "this \(thought ? "thought" : "speech") bubble has \(count) words; a bubble holds at most \(SceneDescription.maximumBubbleWords)",
                        fix: "keep bubble words short; put the rest in the page's sentences")
                    continue
                }
                bubbles.append(BubbleDescription(speaker: ref.word, text: text, thought: thought, location: reader.location))
            }
            return Entry(
                ref: ref.word, refReader: whoReader, participant: participant, isKnown: true, partnerReader: d.partnerReader,
                bubbles: bubbles)
        }
        return entry ?? Entry()
    }

    /// The word written for a person, when it is at least one word of text, so a bubble for them is not
    /// reported too.
    private static func referenceWord(_ reader: NodeReader) -> String? {
        guard case .scalar(let scalar) = reader.node else { return nil }
        let word = scalar.string.trimmingWhitespace()
        return word.isEmpty || word.contains(where: \.isWhitespace) ? nil : word
    }

    /// Checks a person's id against the case; reports and returns `nil` when it is not one.
    static func reference(_ reader: NodeReader, knownIDs: [String]?) -> (word: String, role: Role?)? {
        guard let word = reader.identifier(what: "the person's id", example: "'leo'") else { return nil }
        if let knownIDs, knownIDs.contains(word) { return (word, nil) }
        if let role = SceneDescription.strangerRole(word) { return (word, role) }
        guard let knownIDs else { return (word, nil) }
        let roles = SceneDescription.strangerRoles.map(\.rawValue)
        let idList = knownIDs.isEmpty ? "" : "the ids are \(Suggestion.list(knownIDs)); "
        let known = "\(idList)for someone not in the case, use a role word: \(Suggestion.list(roles))"
        let fix = Suggestion.didYouMean(word, in: knownIDs + roles).map { "\($0) (\(known))" }
            ?? "add them under 'people:' with 'id: \(word)' (\(known))"
        reader.report("there is no child or person with the id '\(NodeShape.excerpt(word))'", fix: fix)
        return nil
    }

    // MARK: Things

    private static func decodeThings(_ reader: NodeReader) -> [String]? {
        let items = reader.list(
            expected: "a list of things",
            whenSingle: "put the things in square brackets, e.g. 'things: [bed, phone]'",
            whenMapping: "put the things in square brackets, e.g. 'things: [bed, phone]'")
        return items?.compactMap { $0.identifier(what: "a thing", example: "'things: [bed]'") }
    }

    // MARK: Crossed-out things and worries

    /// `not: bottle` or `worry: [road, car]`: one word or a list, each a thing that can be drawn small
    /// (``SceneDescription/insetThingWords``) or, for a worry, a child or person of the case (`worry: jayden`).
    private static func decodeInsetWords(_ reader: NodeReader, key: String, people: [String]?) -> [String] {
        let example = key == "not" ? "'not: bottle'" : "'worry: road'"
        let items: [NodeReader]
        if case .sequence = reader.node {
            items = reader.list(expected: "a list of things", whenSingle: nil, whenMapping: nil) ?? []
        } else {
            items = [reader]
        }
        let allowed = SceneDescription.insetThingWords + (people ?? [])
        let listed = "the things are \(Suggestion.list(SceneDescription.insetThingWords))"
            + (people.map { $0.isEmpty ? "" : "; the people are \(Suggestion.list($0))" } ?? "")
        var out: [String] = []
        for item in items {
            guard let word = item.identifier(what: key == "not" ? "the thing that does not happen" : "what the worry is about", example: example)
            else { continue }
            guard allowed.contains(word) else {
                let fix = Suggestion.didYouMean(word, in: allowed).map { "\($0) (\(listed))" } ?? listed
                item.report("'\(NodeShape.excerpt(word))' is not something Hearth can draw small in \(key == "not" ? "a crossed-out corner" : "a worry cloud")", fix: fix)
                continue
            }
            if !out.contains(word) { out.append(word) }
        }
        return out
    }

    // MARK: Bubbles

    private static func decodeBubbles(
        _ reader: NodeReader, thought: Bool, cast: Cast?, knownIDs: [String]?
    ) -> [BubbleDescription]? {
        let kind = thought ? "thought" : "speech"
        let key = thought ? "think" : "say"
        let example = thought ? "'think: { leo: \"I want to go home\" }'" : "'say: { mum: \"Leo is poorly\" }'"
        guard case .mapping(let mapping) = reader.node else {
            reader.reportMismatch(
                expected: "\(kind) bubbles, written as 'who: words' lines",
                fix: "put each bubble on its own line under '\(key):', the person's id then the words, e.g. \(example)")
            return nil
        }
        var bubbles: [BubbleDescription] = []
        for pair in mapping {
            let keyReader = NodeReader(node: pair.key, path: reader.path, context: reader.context, keyMark: pair.key.mark)
            guard case .scalar(let scalar) = pair.key else {
                keyReader.reportMismatch(expected: "the id of who \(thought ? "thinks" : "says") it", fix: "write the person's id then the words, e.g. \(example)")
                continue
            }
            let speaker = scalar.string
            let value = NodeReader(
                node: pair.value, path: reader.path.appending(key: NodeShape.excerpt(speaker)),
                context: reader.context, keyMark: pair.key.mark)
            let words = thought ? "I want to go home" : "Hello"
            let text = value.text(what: "the \(kind) bubble", example: "'\(NodeShape.excerpt(speaker)): \(words)'")
            if let cast, !cast.refs.contains(speaker) {
                // Suggest only people who are really in the picture, and no near-miss for someone who
                // exists but was left out of it.
                let present = cast.knownRefs
                let exists = (knownIDs ?? []).contains(speaker) || SceneDescription.strangerRole(speaker) != nil
                let others = present.isEmpty ? "" : ", or give the words to someone in it (\(Suggestion.list(present)))"
                let add = "add '\(NodeShape.excerpt(speaker))' to the picture's 'people:' list\(others)"
                let suggestion = exists ? nil : Suggestion.didYouMean(speaker, in: present)
                let fix = suggestion.map { "\($0) (the people in this picture are \(Suggestion.list(present)))" } ?? add
                atKey(keyReader, path: value.path)
                    .report("'\(NodeShape.excerpt(speaker))' is not in this picture, so cannot have a \(kind) bubble", fix: fix)
                continue
            }
            guard let text else { continue }
            let count = text.split(whereSeparator: \.isWhitespace).count
            if count > SceneDescription.maximumBubbleWords {
                value.report(
                    "this \(kind) bubble has \(count) words; a bubble holds at most \(SceneDescription.maximumBubbleWords)",
                    fix: "keep bubble words short; put the rest in the page's sentences")
                continue
            }
            bubbles.append(BubbleDescription(speaker: speaker, text: text, thought: thought, location: value.location))
        }
        return bubbles
    }

    /// A reader at a bubble's key with the bubble's path, for problems with who is speaking.
    private static func atKey(_ key: NodeReader, path: FieldPath) -> NodeReader {
        NodeReader(node: key.node, path: path, context: key.context, keyMark: key.keyMark)
    }
}

extension CaseFileLoader {
    /// Reads one picture described in YAML (the form of a value under `pictures:`), checking who is in it
    /// against `caseFile`'s children and people. `file` only names the text in diagnostics; key paths are
    /// relative to the picture (`people[1]`, `say.mum`).
    public static func parseScene(_ yaml: String, file: String, in caseFile: CaseFile) throws(CaseFileError) -> SceneDescription {
        let context = DecodeContext(file: file, text: yaml)
        let withoutMark = yaml.first == "\u{FEFF}" ? String(yaml.dropFirst()) : yaml
        var scene: SceneDescription?
        if case .document(let root) = YAMLComposer.compose(withoutMark, context: context) {
            if let root, !root.isNull {
                let reader = NodeReader(node: root, path: .root, context: context)
                let ids = caseFile.children.map(\.id) + caseFile.people.map(\.id)
                scene = SceneDescriptionDecoder.decode(reader, knownIDs: ids)
            } else {
                context.report(Diagnostic(
                    location: SourceLocation(file: file, line: 1, column: 1), keyPath: "",
                    message: "the picture is empty", fix: "describe it with 'place:', 'people:' or 'things:' lines"))
            }
        }
        guard context.diagnostics.isEmpty, let scene else {
            let diagnostics = context.diagnostics.isEmpty
                ? [Diagnostic(location: nil, keyPath: "", message: "the picture could not be read", fix: nil)]
                : context.diagnostics
            throw CaseFileError(diagnostics: diagnostics)
        }
        return scene
    }
}
