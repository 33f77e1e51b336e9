import HearthGeometry

/// Decoded pixels, such as a child's own drawing, ready to be placed on a page.
public struct Bitmap: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// Straight (not premultiplied) RGBA, row after row, `width * 4` bytes a row.
    public var rgba: [UInt8]
    /// The JPEG file these pixels were decoded from, when a PDF can carry it as it is (same size, upright, a
    /// kind every reader shows): a photo of a drawing then keeps its own compression instead of growing sixfold.
    public var jpeg: [UInt8]?

    public init(width: Int, height: Int, rgba: [UInt8], jpeg: [UInt8]? = nil) {
        self.width = width
        self.height = height
        self.rgba = rgba
        self.jpeg = jpeg
    }

    public var size: Size { Size(width: Double(width), height: Double(height)) }
}

/// A bitmap drawn into a box on the page (already aspect-fitted by layout).
public struct ImageItem: Hashable, Sendable {
    public var bitmap: Bitmap
    public var rect: Rect
    /// A short name for the text dump, such as the file name.
    public var label: String

    public init(bitmap: Bitmap, rect: Rect, label: String) {
        self.bitmap = bitmap
        self.rect = rect
        self.label = label
    }
}
