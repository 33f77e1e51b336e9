import HearthFrame
import HearthSketch

/// Pen drawings become frame shapes one stroke each, in the pen's order (fills first, outlines on top).
extension Drawing {
    public var frameItems: [FrameItem] {
        strokes.map { stroke in
            switch stroke.paint {
            case .fill(let color): .shape(Shape(path: stroke.path, fill: color))
            case .stroke(let width, let color): .shape(Shape(path: stroke.path, stroke: Stroke(width: width, color: color)))
            }
        }
    }
}
