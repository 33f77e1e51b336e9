import Foundation
import HearthModel
import HearthTestSupport

@testable import HearthCompose

/// The real plain-words list from the repository's `Assets/`, read once, and a check of a case written in YAML.
enum LintFixture {
    static let assets = Repository.assets

    static let loaded = Result { () throws(ComposeError) -> PlainWords in try PlainWords.load(from: assets) }

    static func plainWords() throws -> PlainWords { try loaded.get() }

    static func findings(_ yaml: String) throws -> [StoryCheck.Finding] {
        StoryCheck(caseFile: try CaseFileLoader.parse(yaml, file: "case.yaml"), lexicon: try plainWords()).findings()
    }
}
