import HearthGeometry

/// One picture from Assets/pictures: its name (file stem), natural size (viewBox), and shapes in viewBox units.
///
/// Places and things (a home, a car, a cloud) are drawn by trainers as small SVG files in a fixed subset, so new
/// pictures need no code; this is such a file, read and checked, ready for the rough pen.
public struct AssetPicture: Hashable, Sendable {
    public var name: String
    /// The top-level `<title>`, a display name for catalogues; `nil` when the file has none.
    public var title: String?
    public var viewBox: Rect
    /// In painting order: later shapes cover earlier ones.
    public var shapes: [AssetShape]
    /// How big the thing stands beside people (`data-size`; medium when not written).
    public var size: AssetSize
    /// A thing, or a setting drawn around people (`data-kind`).
    public var kind: AssetKind
    /// Named places where people and things go, in the order written.
    public var anchors: [AssetAnchor]
    /// What a setting says about the places it stands for; nil for a thing.
    public var setting: AssetSetting?

    public init(
        name: String, title: String? = nil, viewBox: Rect, shapes: [AssetShape], size: AssetSize = .medium,
        kind: AssetKind = .thing, anchors: [AssetAnchor] = [], setting: AssetSetting? = nil
    ) {
        self.name = name
        self.title = title
        self.viewBox = viewBox
        self.shapes = shapes
        self.size = size
        self.kind = kind
        self.anchors = anchors
        self.setting = setting
    }

    /// The anchor with this name, if the picture has one.
    public func anchor(_ name: String) -> AssetAnchor? {
        anchors.first { $0.name == name }
    }

    /// Reads one file's text; `file` names it in errors. Never crashes, whatever the text.
    public static func parse(_ svg: String, name: String, file: String) throws(AssetError) -> AssetPicture {
        let reader = AssetReader(file: file)
        reader.read(svg)
        if let error = reader.error { throw error }
        let document = reader.document
        guard let viewBox = document.viewBox else {
            throw AssetError(
                file: file, line: 0, element: "", message: "there is no <svg> element",
                fix: "start the file with <svg viewBox=\"0 0 100 100\">")
        }
        return AssetPicture(
            name: name, title: document.title, viewBox: viewBox, shapes: document.shapes, size: document.size,
            kind: document.kind, anchors: document.anchors, setting: document.setting)
    }
}
