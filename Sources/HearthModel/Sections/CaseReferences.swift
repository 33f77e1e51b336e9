import HearthLooks
import Yams

/// What the rest of a case file may refer to — the children's and people's ids, the people themselves (for
/// `network` and `not_safe`), and the names of pictures — and the checks that go with it.
///
/// A list that could not be read is `nil`: every reference into it would look wrong, which is noise, not
/// help, so those references are not checked.
struct CaseReferences {
    var childIDs: [String]?
    var personIDs: [String]?
    /// The people read without problems, by id.
    var people: [String: Person]
    /// The names under `pictures:`, including pictures with problems of their own.
    var pictureNames: [String]?

    init(childIDs: [String]?, personIDs: [String]?, people: [Person], pictureNames: [String]?) {
        self.childIDs = childIDs
        self.personIDs = personIDs
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.pictureNames = pictureNames
    }

    /// Everyone's ids, children first; `nil` when either list is unreadable.
    var knownIDs: [String]? {
        guard let childIDs, let personIDs else { return nil }
        return childIDs + personIDs
    }

    /// What a reference may name.
    enum Allowed {
        /// A child or a person.
        case anyone
        /// A child, a person or a role word (`doctor`, `judge`…) for someone not in the case.
        case anyoneOrRole
        /// One of the children.
        case child
    }

    private static var roleWords: [String] { SceneDescription.strangerRoles.map(\.rawValue) }

    /// Checks one id; reports and returns `false` when it names no one allowed.
    @discardableResult
    func check(_ id: String, at reader: NodeReader, allowing allowed: Allowed) -> Bool {
        switch allowed {
        case .child:
            return checkChild(id, at: reader)
        case .anyone, .anyoneOrRole:
            let roles = allowed == .anyoneOrRole
            guard let known = knownIDs else { return true }
            if known.contains(id) { return true }
            if roles, SceneDescription.strangerRole(id) != nil { return true }
            let idList = known.isEmpty ? "" : "the ids are \(Suggestion.list(known))"
            let roleList = roles ? "for someone not in the case, use a role word: \(Suggestion.list(Self.roleWords))" : ""
            let listed = [idList, roleList].filter { !$0.isEmpty }.joined(separator: "; ")
            let candidates = roles ? known + Self.roleWords : known
            let fix = Suggestion.didYouMean(id, in: candidates).map { "\($0) (\(listed))" }
                ?? "add them under 'people:' with 'id: \(NodeShape.excerpt(id))'" + (listed.isEmpty ? "" : " (\(listed))")
            reader.report("there is no child or person with the id '\(NodeShape.excerpt(id))'", fix: fix)
            return false
        }
    }

    private func checkChild(_ id: String, at reader: NodeReader) -> Bool {
        guard let childIDs, !childIDs.contains(id) else { return true }
        let known = "the children's ids are \(Suggestion.list(childIDs))"
        if personIDs?.contains(id) == true {
            reader.report("'\(id)' is a person, not one of the children", fix: "list only ids from 'children:' (\(known))")
            return false
        }
        let fix = Suggestion.didYouMean(id, in: childIDs).map { "\($0) (\(known))" } ?? "use one of the ids from 'children:' (\(known))"
        reader.report("there is no child with the id '\(NodeShape.excerpt(id))'", fix: childIDs.isEmpty ? "add the child under 'children:' first" : fix)
        return false
    }

    /// Reads and checks a list of ids (`who: [mum, nana]`, or one id alone), reporting any id listed twice.
    /// Returns the ids read, checked or not, so one bad id does not lose the rest.
    func ids(_ reader: NodeReader, allowing allowed: Allowed, example: String) -> [(id: String, reader: NodeReader)] {
        let listFix = "put the ids in square brackets, e.g. '\(example)'"
        let items: [NodeReader]
        switch reader.node {
        case .scalar(let scalar) where !scalar.isExplicitText && PlainScalar(scalar.string) != .string:
            items = [reader]
        case .scalar(let scalar):
            let text = TextFolding.fold(scalar.string)
            if text.contains(where: { $0.isWhitespace || $0 == "," }) {
                reader.report("expected a list of ids, found the text '\(NodeShape.excerpt(text))'", fix: listFix)
                return []
            }
            items = [reader]
        case .sequence:
            items = reader.list(expected: "a list of ids", whenSingle: listFix, whenMapping: listFix) ?? []
        default:
            reader.reportMismatch(expected: "a list of ids", fix: listFix)
            return []
        }
        var read: [(id: String, reader: NodeReader)] = []
        for item in items {
            guard let id = item.identifier(what: "the id", example: "'\(example)'") else { continue }
            if read.contains(where: { $0.id == id }) {
                item.report("'\(NodeShape.excerpt(id))' is listed twice", fix: "delete one of them")
                continue
            }
            check(id, at: item, allowing: allowed)
            read.append((id, item))
        }
        return read
    }

    /// Checks that a picture name is under `pictures:`.
    func checkPicture(_ name: String, at reader: NodeReader) {
        guard let names = pictureNames, !names.contains(name) else { return }
        let here = "or describe the picture here with 'place:', 'people:'… lines under 'picture:'"
        if names.isEmpty {
            reader.report(
                "there is no picture named '\(NodeShape.excerpt(name))'; there are no pictures under 'pictures:'",
                fix: "describe it under 'pictures:' with the name '\(NodeShape.excerpt(name)):', \(here)")
            return
        }
        let listed = "the pictures are \(Suggestion.list(names))"
        let fix = Suggestion.didYouMean(name, in: names).map { "\($0) (\(listed))" }
            ?? "describe it under 'pictures:' with the name '\(NodeShape.excerpt(name)):', \(here) (\(listed))"
        reader.report("there is no picture named '\(NodeShape.excerpt(name))'", fix: fix)
    }

    /// A `picture:` value: the name of a picture under `pictures:`, or a picture described in place.
    func picture(_ reader: NodeReader) -> SceneRef? {
        switch reader.node {
        case .mapping:
            return SceneDescriptionDecoder.decode(reader, knownIDs: knownIDs).map(SceneRef.inline)
        case .scalar(let scalar) where scalar.isExplicitText || PlainScalar(scalar.string) == .string:
            let name = TextFolding.fold(scalar.string)
            guard !name.contains(where: \.isWhitespace) else {
                let joined = name.split(whereSeparator: \.isWhitespace).joined(separator: "_")
                let suggestion = Suggestion.nearest(to: name, in: pictureNames ?? []) ?? joined
                reader.report(
                    "a picture's name is one word without spaces, found '\(NodeShape.excerpt(name))'",
                    fix: "write the picture's name as under 'pictures:', e.g. 'picture: \(NodeShape.excerpt(suggestion))'")
                return nil
            }
            guard let name = reader.identifier(what: "the picture's name", example: "'picture: at_hospital'") else { return nil }
            checkPicture(name, at: reader)
            return .named(name)
        default:
            reader.reportMismatch(
                expected: "the name of a picture from 'pictures:', or a picture described with 'place:' and 'people:' lines",
                fix: "write 'picture: at_hospital' to use a picture under 'pictures:', or describe it under 'picture:' with 'place:', 'people:'… lines, indented")
            return nil
        }
    }

    /// Whether the child is not safe with the person of this id.
    func isNotSafe(_ id: String) -> Bool {
        people[id]?.notSafe == true
    }

    /// The network members' ids (`network: yes`), for suggestions.
    var networkIDs: [String] {
        (personIDs ?? []).filter { people[$0]?.network == true }
    }
}
