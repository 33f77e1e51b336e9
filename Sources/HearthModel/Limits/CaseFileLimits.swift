/// The sizes Hearth refuses, in one place: far beyond any case a person writes, and low enough that reading,
/// checking and fitting a file within them takes well under a second.
///
/// The longest worked example is under 20 KB, its longest sentence under 300 characters and its longest list
/// under 20 items. A file past these limits is a pasted log, a mistake or an attack; grinding through it would only
/// make the reader wait, so it is refused at once with the line to look at. README's "Limits" and the schema's
/// `maxLength`/`maxItems` say the same numbers; a test checks they agree.
public enum CaseFileLimits {
    /// Bytes in one case file: 2 MB.
    public static let fileBytes = 2 * 1024 * 1024
    /// Characters (Unicode code points) in one piece of text: a sentence of the child's words, a name, a rule.
    /// About a page of print; a Three Houses interview with a 2,000-character worry still fits in a house.
    public static let textCharacters = 2_000
    /// Items in one list (worries, people, rules…) or entries in one block (named pictures): 500, enough for a
    /// Three Houses interview written down over many sessions.
    public static let listItems = 500
    /// Values in the whole file, counting every repeat an alias (`*name`) makes: a file of 2 MB holds at most
    /// about 200,000 short values, but ten nested aliases can describe billions.
    public static let values = 250_000
    /// Blocks inside blocks: a case file nests five or six deep.
    public static let depth = 64
}
