/// Case text as a message shows it: cut to about 80 characters, and every character that would act on the terminal
/// instead of showing (control characters, the escape that starts a colour code, a direction override) written as a
/// visible code such as `\u{1B}`.
///
/// A message repeats the words it is about so the reader can find them, but a pasted 10,000-character name must not
/// fill the screen, and an escape sequence in a case file must not recolour or clear it.
public enum Excerpt {
    /// The usual length of an echoed text, in characters.
    public static let length = 80

    public static func of(_ text: String, limit: Int = length) -> String {
        var out = ""
        var shown = 0
        var rest = Substring(text)
        while let c = rest.first, shown < limit {
            rest = rest.dropFirst()
            shown += 1
            if c.unicodeScalars.contains(where: isInvisible) {
                for s in c.unicodeScalars { out += isInvisible(s) ? code(s) : String(s) }
            } else {
                out.append(c)
            }
        }
        return rest.isEmpty ? out : out + "…"
    }

    /// Whether a character would act instead of show: C0 and C1 controls (tab and line breaks included, since an
    /// echo is on one line), the embeddings and overrides that reorder a line, and the zero-width space and byte-order
    /// mark that hide. The joiners Indic and Arabic words need, and the isolates Hearth puts around names, show as
    /// themselves.
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B, 0x202A...0x202E, 0xFEFF: true
        default: false
        }
    }

    /// `\u{1B}`: the way Swift and JSON-minded readers write a code point.
    public static func code(_ s: Unicode.Scalar) -> String {
        "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
    }

    /// Every invisible character of `text` made visible, nothing cut: for a whole message on its way to a terminal.
    public static func visible(_ text: String, keepingLineBreaks: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isInvisible($0) && !(keepingLineBreaks && $0 == "\n") }) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            out += isInvisible(s) && !(keepingLineBreaks && s == "\n") ? code(s) : String(s)
        }
        return out
    }
}
