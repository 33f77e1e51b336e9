import HearthCompose
import HearthLayout
import HearthModel
import HearthRender

/// Everything that can stop a render, from any stage, with a message a social worker can act on.
public enum HearthError: Error, CustomStringConvertible {
    case caseFile(CaseFileError)
    case compose(ComposeError)
    case layout(LayoutError)
    case render(RenderError)
    case resources(String)
    case output(String)
    case pictures(String)

    public var description: String {
        switch self {
        case .caseFile(let e): e.description
        case .compose(let e): e.description
        case .layout(let e): e.description
        case .render(let e): e.description
        case .resources(let s): s
        case .output(let s): s
        case .pictures(let s): s
        }
    }
}
