import Testing

@testable import HearthModel

/// `output.language`: BCP 47 codes in any case, matched to a language Hearth has words for, with sensible
/// fallbacks and a located error listing the languages otherwise.
struct LanguageTests {
    func decode(_ language: String) throws -> CaseFile {
        try CaseFileLoader.parse(Fixtures.minimal + "\noutput:\n  language: \(language)\n", file: "mia.yaml")
    }

    func problem(_ language: String) throws -> Diagnostic {
        let error = try #require(throws: CaseFileError.self) { try decode(language) }
        return try #require(error.diagnostics.first)
    }

    @Test(arguments: [
        ("en-GB", "en-GB"), ("en-gb", "en-GB"), ("EN", "en-GB"), ("en", "en-GB"), ("PL", "pl"), ("Ur", "ur"),
        ("pt-PT", "pt"), ("pa-Guru", "pa"), ("cy-GB", "cy"),
    ])
    func codesMatchWhateverTheirCase(written: String, code: String) throws {
        let caseFile = try decode(written)
        #expect(caseFile.output.language == code)
        if written.lowercased() != "cy-gb" { #expect(caseFile.output.notes.isEmpty) }
    }

    @Test func aRegionHearthHasNoWordsForPrintsTheLanguageWithANote() throws {
        let caseFile = try decode("pt-BR")
        #expect(caseFile.output.language == "pt")
        let note = try #require(caseFile.output.notes.first)
        #expect(note.location?.description == "mia.yaml:5:13")
        #expect(note.keyPath == "output.language")
        #expect(note.message.hasPrefix("Hearth has one set of Portuguese words, so 'pt-BR' prints them ('pt')"))
        #expect(try decode("en-US").output.language == "en-GB")
    }

    @Test func anUnknownLanguageIsLocatedAndListsTheLanguages() throws {
        let problem = try problem("fr")
        #expect(problem.location?.description == "mia.yaml:5:13")
        #expect(problem.keyPath == "output.language")
        #expect(problem.message == "Hearth has no words in 'fr' yet")
        let fix = try #require(problem.fix)
        for language in Languages.supported { #expect(fix.contains(language.code + " (")) }
        #expect(fix.contains("pl (Polish, polski)"))
    }

    /// Shahmukhi Panjabi readers cannot read the Gurmukhi words: no silent fallback.
    @Test func anotherScriptIsRefused() throws {
        let problem = try problem("pa-Arab")
        #expect(problem.message == "Hearth's Panjabi words are written in Gurmukhi, not Arabic script (Shahmukhi)")
    }

    @Test func aLanguageNameSuggestsItsCode() throws {
        #expect(try problem("Polish").fix?.hasPrefix("did you mean 'pl'?") == true)
    }

    @Test func rightToLeftComesFromTheLanguageOrItsScript() {
        #expect(Languages.isRightToLeft("ur"))
        #expect(Languages.isRightToLeft("AR-eg"))
        #expect(Languages.isRightToLeft("ckb"))
        #expect(Languages.isRightToLeft("pa-Arab"))
        #expect(!Languages.isRightToLeft("pa"))
        #expect(!Languages.isRightToLeft("en-GB"))
        #expect(!Languages.isRightToLeft("az-Latn"))
    }

    @Test func theCasesOwnWordsAreReadWithTheirPlaces() throws {
        let caseFile = try CaseFileLoader.parse(
            Fixtures.minimal + "\noutput:\n  language: pl\n  strings:\n    house.worries: Domek Smutków\n", file: "mia.yaml")
        #expect(caseFile.output.strings == [StringOverride(
            key: "house.worries", text: "Domek Smutków", location: SourceLocation(file: "mia.yaml", line: 7, column: 20),
            keyPath: "output.strings.house.worries")])
    }

    @Test func stringsMustBeAMapping() throws {
        let error = try #require(throws: CaseFileError.self) {
            try CaseFileLoader.parse(Fixtures.minimal + "\noutput:\n  strings: Worry House\n", file: "mia.yaml")
        }
        #expect(error.diagnostics.first?.keyPath == "output.strings")
    }
}
