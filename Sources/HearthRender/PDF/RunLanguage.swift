import CHearthCairo
import HearthFrame

/// Which language a stretch of a line is in, when the line mixes scripts: an Urdu question in brackets inside an
/// English footer is Urdu, and a screen reader must be told so to read it in an Urdu voice.
///
/// A run whose script the line's language is not written in takes the first language of the document written
/// in that script (an interview in `ur` makes Arabic-script runs Urdu, not Arabic), else the script's usual
/// language as Pango knows it. Runs in characters every script shares (digits, punctuation) stay with the line.
struct RunLanguage {
    /// Every language tag the document's lines name, in the order first met.
    let documentLanguages: [String]

    init(_ document: FrameDocument) {
        var seen: [String] = []
        var symbols: Set<String> = []
        func walk(_ items: [FrameItem]) {
            for item in items {
                switch item {
                case .text(let line):
                    if let tag = line.style.language, !seen.contains(tag) { seen.append(tag) }
                case .group(_, let kids), .clipped(_, let kids): walk(kids)
                case .symbol(let symbol, _):
                    if symbols.insert(symbol.id).inserted { walk(symbol.items) }
                case .shape, .image: break
                }
            }
        }
        for page in document.pages { walk(page.items) }
        if let own = document.metadata.language, !seen.contains(own) { seen.append(own) }
        documentLanguages = seen
    }

    /// The language of a run in `script` on a line in `lineLanguage`; nil when it is the line's own.
    func language(ofScript script: Int32, onLineIn lineLanguage: String) -> String? {
        guard script > PANGO_SCRIPT_INHERITED.rawValue, script != PANGO_SCRIPT_UNKNOWN.rawValue else { return nil }
        let pangoScript = PangoScript(rawValue: script)
        guard pango_language_includes_script(pango_language_from_string(lineLanguage), pangoScript) == 0 else { return nil }
        for tag in documentLanguages where pango_language_includes_script(pango_language_from_string(tag), pangoScript) != 0 {
            return tag
        }
        guard let sample = pango_script_get_sample_language(pangoScript), let name = pango_language_to_string(sample)
        else { return nil }
        return String(cString: name)
    }
}
