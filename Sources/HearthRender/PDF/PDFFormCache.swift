/// Shared drawings already written as form XObjects, kept from one document to the next.
///
/// A batch renders the same people and places in booklet after booklet; a form that names no other object (no
/// fonts, no images, no nested forms) is the same bytes in every file, so it is drawn, formatted and compressed
/// once. One cache serves one thread's renderer.
final class PDFFormCache {
    struct Form {
        /// The compressed content stream.
        var data: PDFStreamData
        /// The dictionary entries besides the length and filter: type, bounding box and inline resources.
        var dictionary: [UInt8]
    }

    private var forms: [String: Form] = [:]
    /// Enough for every drawing of a long batch of varied booklets (a booklet uses about fifty), and at most a few
    /// megabytes.
    static let limit = 1_000

    subscript(id: String) -> Form? {
        get { forms[id] }
        set {
            if forms.count >= Self.limit { forms.removeAll(keepingCapacity: true) }
            forms[id] = newValue
        }
    }
}
