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

    /// A layout problem pointing at the case-file line its words come from. Layout knows the line of the words it
    /// was given with their origin (a house's sentences, the title's name); for the rest (a picture's name, a
    /// phrase Hearth placed) the words are looked up among every text the case file holds.
    static func layout(_ error: LayoutError, in caseFile: CaseFile) -> HearthError {
        .layout(error.located(in: caseFile.texts))
    }
}
