import Foundation
import HearthTestSupport
import Testing
@testable import HearthModel

/// The published JSON Schema, ``CaseFileSchema`` and the decoder must describe the same file format.
@Suite("JSON Schema agrees with the decoder")
struct SchemaAgreementTests {
    static let schemaURL = Repository.url("Assets/schema/case.schema.json")

    private func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: SchemaAgreementTests.schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func object(_ name: String, in schema: [String: Any]) throws -> [String: Any] {
        if name == "root" { return schema }
        let defs = try #require(schema["$defs"] as? [String: Any])
        return try #require(defs[name] as? [String: Any], "no $defs/\(name) in the schema")
    }

    @Test func declaresDraft2020_12() throws {
        #expect(try schema()["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test(arguments: [
        "root", "case", "child", "three_houses", "drawings", "output", "story", "map", "statement", "worry", "wording",
        "dispute", "decided", "safety_plan", "rule", "network_member", "talk_to", "scale", "pages", "page",
        "fairy_wizard", "fairy_wizard_drawings", "safety_house", "safety_circles",
        "out_of_hours", "my_safety_plan",
    ])
    func propertiesMatchKnownKeys(objectName: String) throws {
        let definition = try object(objectName, in: schema())
        let properties = try #require(definition["properties"] as? [String: Any])
        #expect(Set(properties.keys) == CaseFileSchema.knownKeys[objectName])
        #expect(definition["additionalProperties"] as? Bool == false)
        #expect(definition["type"] as? String == "object")
        let required = Set(definition["required"] as? [String] ?? [])
        #expect(required == CaseFileSchema.requiredKeys[objectName] ?? [])
        for (key, value) in properties {
            let property = try #require(value as? [String: Any])
            #expect((property["description"] as? String)?.isEmpty == false, "\(objectName).\(key) needs a description")
        }
    }

    @Test func everyKnownObjectIsInTheSchema() throws {
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        for name in CaseFileSchema.knownKeys.keys where name != "root" {
            #expect(defs[name] != nil, "$defs/\(name) missing")
        }
    }

    @Test func enumsMatch() throws {
        let output = try object("output", in: schema())
        let properties = try #require(output["properties"] as? [String: Any])
        let documents = try #require(properties["documents"] as? [String: Any])
        let items = try #require(documents["items"] as? [String: Any])
        #expect(items["enum"] as? [String] == DocumentKind.allCases.map(\.rawValue))
        let paper = try #require(properties["paper"] as? [String: Any])
        let paperValues = try #require(paper["enum"] as? [Any])
        #expect(paperValues.compactMap { $0 as? String } == Paper.allCases.map(\.rawValue))
        #expect(paperValues.contains { $0 is NSNull })
    }

    @Test func ageRangeMatches() throws {
        let child = try object("child", in: schema())
        let age = try #require((child["properties"] as? [String: Any])?["age"] as? [String: Any])
        #expect(age["minimum"] as? Int == CaseFileSchema.ages.lowerBound)
        #expect(age["maximum"] as? Int == CaseFileSchema.ages.upperBound)
    }

    @Test func reservedKeysAreNotAccepted() throws {
        for (objectName, reserved) in CaseFileSchema.reservedKeys {
            let properties = try #require(try object(objectName, in: schema())["properties"] as? [String: Any])
            #expect(reserved.isDisjoint(with: properties.keys), "\(objectName) must not accept \(reserved)")
            #expect(reserved.isDisjoint(with: CaseFileSchema.knownKeys[objectName] ?? []))
        }
    }

    /// Decoding the full fixture must ask for exactly the keys the schema lists, so a key added to
    /// the decoder but not to the schema (or the other way round) fails here.
    @Test func decoderAsksForExactlyTheKnownKeys() {
        let context = DecodeContext(file: "mia.yaml")
        let decoded = CaseFileLoader.decode(Fixtures.full, context: context)
        #expect(decoded != nil)
        #expect(context.diagnostics.isEmpty)
        #expect(context.askedKeys == CaseFileSchema.knownKeys)
    }
}

/// The limits the decoder enforces are the ones the schema and the README publish.
struct PublishedLimitsTests {
    @Test func theSchemaStatesTheDecodersLimits() throws {
        let data = try Data(contentsOf: SchemaAgreementTests.schemaURL)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        for name in ["text", "sentence", "identifier"] {
            let def = try #require(defs[name] as? [String: Any])
            #expect(def["maxLength"] as? Int == CaseFileLimits.textCharacters, "\(name)")
        }
        let sentences = try #require(defs["sentences"] as? [String: Any])
        #expect(sentences["maxItems"] as? Int == CaseFileLimits.listItems)
        let properties = try #require(schema["properties"] as? [String: Any])
        for name in ["children", "people", "three_houses"] {
            let list = try #require(properties[name] as? [String: Any])
            #expect(list["maxItems"] as? Int == CaseFileLimits.listItems, "\(name)")
        }
    }

    @Test func theReadmeStatesTheDecodersLimits() throws {
        let readme = try String(
            contentsOf: SchemaAgreementTests.schemaURL.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(CaseFileLimits.fileBytes == 2 * 1024 * 1024 && readme.contains("at most 2 MB"))
        #expect(CaseFileLimits.textCharacters == 2_000 && readme.contains("at most 2,000 characters"))
        #expect(CaseFileLimits.listItems == 500 && readme.contains("at most 500 items"))
        #expect(CaseFileLimits.values == 250_000 && readme.contains("250,000 values"))
    }

    @Test func aListAtTheLimitIsReadAndOnePastItIsRefused() throws {
        func interview(_ n: Int) -> String {
            "hearth: 1\nchildren:\n  - id: mia\n    name: Mia\nthree_houses:\n  - child: mia\n    worries:\n"
                + (0..<n).map { "      - worry \($0)\n" }.joined()
        }
        let read = try CaseFileLoader.parse(interview(CaseFileLimits.listItems), file: "mia.yaml")
        #expect(read.threeHouses[0].worries.count == CaseFileLimits.listItems)
        #expect(throws: CaseFileError.self) { try CaseFileLoader.parse(interview(CaseFileLimits.listItems + 1), file: "mia.yaml") }
    }
}
