import Yams

/// Rewrites libyaml's parser messages ("mapping values are not allowed in this context") into what
/// went wrong in the writer's terms and how to fix it, at the position libyaml gives.
enum SyntaxErrorTranslator {
    static func diagnostic(for error: YamlError, in text: String, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return translate(problem: problem, context: context, line: mark.line, column: mark.column, text: text, file: file)
        case .reader(let problem, let offset, let value, _):
            let position = TextPosition.lineAndColumn(ofCharacterOffset: offset ?? 0, in: text)
            let location = SourceLocation(file: file, line: position.line, column: position.column)
            if problem.contains("control characters"), value >= 0 {
                let hex = String(value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                return Diagnostic(
                    location: location, keyPath: "",
                    message: "the file contains an invisible control character (\(code)) that YAML does not allow",
                    fix: "delete it; such characters often come from copying text out of another program")
            }
            _ = problem
            return Diagnostic(location: location, keyPath: "", message: "the file holds something here that is not text",
                              fix: "save the file as plain UTF-8 text")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = Suggestion.list(duplicates)
            return Diagnostic(
                location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column), keyPath: "",
                message: "\(keys) is written more than once in the same block",
                fix: "keep only one of them")
        default:
            return Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), keyPath: "",
                              message: "the file could not be read as a case file",
                              fix: "compare it with the template made by 'hearth new'")
        }
    }

    private static func translate(
        problem: String, context: YamlError.Context?, line: Int, column: Int, text: String, file: String
    ) -> Diagnostic {
        let here = SourceLocation(file: file, line: line, column: column)
        let character = TextPosition.character(atLine: line, column: column, in: text)
        let lines = TextPosition.lines(of: text)
        let before = lines.dropFirst(max(0, line - 1)).first.map { String($0.unicodeScalars.prefix(max(0, column - 1))) } ?? ""
        let above = lines.prefix(max(0, line - 1)).last { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
        let explained = explanation(
            problem: problem, contextText: context?.text ?? "", character: character, before: before, above: above)
        // An unclosed quote is only found at the end of the file; where it opened is more useful.
        let location: SourceLocation
        if explained.pointsAtContext, let context {
            location = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        } else {
            location = here
        }
        return Diagnostic(location: location, keyPath: "", message: explained.message, fix: explained.fix)
    }

    private struct Explanation {
        var message: String
        var fix: String
        var pointsAtContext = false
    }

    /// - Parameters:
    ///   - before: the text of the line up to the problem, to tell a mid-line problem from an
    ///     indentation one.
    ///   - above: the nearest non-blank line above, to tell a missing ':' there from bad indentation here.
    private static func explanation(
        problem: String, contextText: String, character: Character?, before: String, above: String
    ) -> Explanation {
        let midLine = before.contains { !$0.isWhitespace }
        if character == "\t" || problem.contains("tab character") {
            return Explanation(
                message: "a tab is used for indentation here, but YAML only allows spaces",
                fix: "replace the tab with spaces (most editors have a setting to insert spaces for the Tab key)")
        }
        if problem.hasPrefix("Maximum nesting level") {
            return Explanation(
                message: "blocks are nested too deep here (more than a thousand '[', '{' or indented levels)",
                fix: "check for brackets that are opened and never closed; a case file needs only a few levels")
        }
        switch problem {
        case "did not find expected <document start>":
            return Explanation(
                message: "the case seems to end before this line, so the line cannot be read",
                fix: "check the line above: a top-level line is 'key: value' starting at the left edge, and '...' ends a file")
        case "found character that cannot start any token":
            let shown = character.map { "'\($0)'" } ?? "this character"
            return Explanation(
                message: "\(shown) cannot start a value in YAML",
                fix: "put the whole text in double quotes, e.g. \"\(character.map(String.init) ?? "")…\"")
        case "mapping values are not allowed in this context" where !before.contains(":") && above.contains(":"):
            let key = before.trimmingWhitespace()
            return Explanation(
                message: "this line is indented further than the line above, so YAML reads it as part of the value above",
                fix: "start '\(key)' in the same column as the key above it")
        case "mapping values are not allowed in this context" where !before.contains(":"):
            return Explanation(
                message: "the line above has no ':', so YAML joins it to this line",
                fix: "add ': ' after the key on the line above, or delete that line")
        case "mapping values are not allowed in this context":
            return Explanation(
                message: "a second ': ' on this line makes YAML read the text as another key",
                fix: "put the text after the first ': ' in double quotes, e.g. name: \"Mia: the eldest\"")
        case "did not find expected key" where midLine:
            return Explanation(
                message: "there is more text after the end of this value",
                fix: "put all of the text inside the quotation marks; inside '…' write an apostrophe as two ('Mia''s'), or use \"…\" instead")
        case "did not find expected key":
            return Explanation(
                message: "this line does not line up with the lines above it",
                fix: "check the indentation: lines in the same block must start in the same column, using spaces")
        case "did not find expected '-' indicator":
            return Explanation(
                message: "this line does not line up with the list above it",
                fix: "start each item of a list with '- ' in the same column")
        case "could not find expected ':'":
            return Explanation(
                message: "expected a 'key: value' line here, but there is no ':'",
                fix: "add ': ' after the key; if the line continues the text above, put that text in quotes",
                pointsAtContext: true)
        case "found unexpected end of stream" where contextText.contains("quoted scalar"):
            return Explanation(
                message: "a quotation mark opened here is never closed",
                fix: "add the closing quotation mark at the end of the text", pointsAtContext: true)
        case "did not find expected node content":
            return Explanation(
                message: "a value is missing here, or starts with a character YAML cannot read",
                fix: "write the value after the key, and put text that starts with a symbol in double quotes")
        case "block sequence entries are not allowed in this context":
            return Explanation(
                message: "a '- ' list item cannot start on the same line as its key",
                fix: "move the '- ' item onto the next line, indented")
        case "found unknown escape character":
            return Explanation(
                message: "a backslash '\\' inside double quotes starts a code YAML does not know",
                fix: "use single quotes around this text instead, or write '\\\\' for a backslash")
        case "found undefined alias":
            return Explanation(
                message: "'*' refers to an anchor ('&name') that is not defined above",
                fix: "put text starting with '*' in double quotes")
        case "did not find expected alphabetic or numeric character":
            return Explanation(
                message: "'&' or '*' at the start of a value must be followed by a name",
                fix: "put text starting with '&' or '*' in double quotes")
        case "but found another document":
            return Explanation(
                message: "the file holds more than one document (a '---' line part-way down)",
                fix: "keep one case per file and remove the extra '---' line")
        case "did not find expected ',' or ']'":
            return Explanation(
                message: "a list in [ ] is not closed properly",
                fix: "check for a missing ',' between items or a missing ']'")
        case "did not find expected ',' or '}'":
            return Explanation(
                message: "a block in { } is not closed properly",
                fix: "check for a missing ',' between entries or a missing '}'")
        case "did not find expected comment or line break":
            return Explanation(
                message: "there is more text after the end of this value",
                fix: "put all of the text inside the quotation marks")
        case "found undefined tag handle", "did not find expected tag URI":
            return Explanation(
                message: "text starting with '!' is read as a YAML tag",
                fix: "put text starting with '!' in double quotes")
        default:
            // libyaml's own words ("found unexpected end of stream"…) mean nothing to the reader; the place does.
            _ = contextText
            return Explanation(
                message: "this line is not valid YAML: the reader could not go on from here",
                fix: "compare this line and the one above with the template made by 'hearth new'; put text with symbols in double quotes")
        }
    }
}
