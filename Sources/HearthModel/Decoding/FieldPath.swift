/// Where a value sits inside the case, written the way a worker reads it: `three_houses[0].worries[2]`.
struct FieldPath: Hashable, CustomStringConvertible {
    static let root = FieldPath(description: "")

    let description: String

    func appending(key: String) -> FieldPath {
        FieldPath(description: description.isEmpty ? key : "\(description).\(key)")
    }

    func appending(index: Int) -> FieldPath {
        FieldPath(description: "\(description)[\(index)]")
    }
}
