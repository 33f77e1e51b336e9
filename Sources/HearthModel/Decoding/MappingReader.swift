import Yams

/// Reads the keys of one YAML mapping and reports the ones nobody asked for as unknown (with the
/// nearest known key) or as reserved for a later version.
///
/// Which keys are legal comes from ``CaseFileSchema``, not from what happened to be asked, so a
/// section that stops early after a problem does not also call its remaining keys "unknown". The
/// keys asked are still recorded, so a test can prove the decoder and the schema list the same ones.
struct MappingReader {
    private struct Entry {
        let key: Node
        let value: Node
    }

    /// A ``CaseFileSchema`` object name, e.g. `child`.
    let object: String
    let owner: NodeReader
    private let entries: [Entry]

    init(object: String, mapping: Node.Mapping, owner: NodeReader) {
        self.object = object
        self.owner = owner
        self.entries = mapping.map { Entry(key: $0.key, value: $0.value) }
    }

    private var known: Set<String> { CaseFileSchema.knownKeys[object] ?? [] }
    private var reserved: Set<String> { CaseFileSchema.reservedKeys[object] ?? [] }

    /// The value under `key`, or `nil` when the key is absent or its value is empty/`~`/`null`.
    func optional(_ key: String) -> NodeReader? {
        guard let value = present(key), !value.node.isNull else { return nil }
        return value
    }

    /// The value under `key`; reports a missing or empty value and returns `nil`.
    /// - Parameters:
    ///   - what: names the value in messages, e.g. "the child's name".
    ///   - example: a whole line to show in the fix, e.g. `name: Mia Smith`.
    ///   - fix: the fix when the value is missing or empty, if the one built from `example` is not enough.
    func required(_ key: String, what: String, example: String, fix: String? = nil) -> NodeReader? {
        guard let value = present(key) else {
            owner.context.report(
                at: owner.mark, path: owner.path.appending(key: key),
                "\(what) is missing", fix: fix ?? "add a line '\(example)'")
            return nil
        }
        guard !value.node.isNull else {
            value.report("\(what) is empty", fix: fix ?? "write it after the key, e.g. '\(example)'")
            return nil
        }
        return value
    }

    private func present(_ key: String) -> NodeReader? {
        assert(known.contains(key), "'\(key)' must be listed in CaseFileSchema.knownKeys[\(object)]")
        owner.context.noteAsked(key, in: object)
        guard let entry = entries.first(where: { $0.key.scalar?.string == key }) else { return nil }
        owner.context.noteFound(key, in: object)
        return NodeReader(node: entry.value, path: owner.path.appending(key: key), context: owner.context, keyMark: entry.key.mark)
    }

    func reportUnknownKeys() {
        for entry in entries {
            guard let scalar = entry.key.scalar else {
                owner.context.report(
                    at: entry.key.mark, path: owner.path,
                    "a key must be a single word, found \(NodeShape(entry.key).phrase)",
                    fix: "write keys as plain words followed by ':', e.g. 'name: Mia'")
                continue
            }
            let key = scalar.string
            guard !known.contains(key) else { continue }
            let path = owner.path.appending(key: NodeShape.excerpt(key))
            if reserved.contains(key) {
                owner.context.report(
                    at: entry.key.mark, path: path,
                    "'\(key)' is not supported by this version of Hearth yet",
                    fix: "remove the '\(key)' section, or turn it into a comment by starting its lines with '#'")
                continue
            }
            if let home = CaseFileSchema.misplacedKeys[object]?[key] {
                owner.context.report(
                    at: entry.key.mark, path: path, "'\(key)' belongs under '\(home):'",
                    fix: "move the '\(key):' lines under '\(home):', indented one step further")
                continue
            }
            let allowed = "the keys allowed in \(MappingReader.objectDescription(object)) are \(Suggestion.list(known))"
            let fix = Suggestion.didYouMean(key, in: known).map { "\($0) (\(allowed))" } ?? allowed
            owner.context.report(
                at: entry.key.mark, path: path,
                "'\(NodeShape.excerpt(key))' is not a key Hearth knows here", fix: fix)
        }
    }

    static func objectDescription(_ object: String) -> String {
        switch object {
        case "root": "the top level of the file"
        case "case": "'case'"
        case "child": "a child"
        case "three_houses": "a Three Houses interview"
        case "drawings": "'drawings'"
        case "output": "'output'"
        case "person": "a person"
        case "looks": "'looks'"
        case "scene": "a picture"
        case "scene_person": "someone in a picture"
        case "story": "'story'"
        case "map": "'map'"
        case "statement": "a statement"
        case "worry": "a worry"
        case "wording": "this wording"
        case "dispute": "a dispute"
        case "decided": "'decided'"
        case "safety_plan": "'safety_plan'"
        case "rule": "a rule"
        case "network_member": "a network member"
        case "talk_to": "someone to talk to"
        case "scale": "a scale score"
        case "pages": "'pages' (the booklet's sections)"
        case "page": "a page"
        default: "'\(object)'"
        }
    }
}
