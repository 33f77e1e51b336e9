import Foundation
import HearthLooks
import Testing
@testable import HearthModel

/// The JSON Schema's people, looks and pictures agree with the decoder and the picture vocabulary.
@Suite("JSON Schema for people and pictures")
struct PeopleSchemaTests {
    private func defs() throws -> [String: Any] {
        let data = try Data(contentsOf: SchemaAgreementTests.schemaURL)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(schema["$defs"] as? [String: Any])
    }

    private func properties(of object: String) throws -> [String: Any] {
        let definition = try #require(try defs()[object] as? [String: Any])
        return try #require(definition["properties"] as? [String: Any])
    }

    private func words(_ property: String, in object: String) throws -> [String] {
        let value = try #require(try properties(of: object)[property] as? [String: Any])
        let values = try #require(value["enum"] as? [Any], "\(object).\(property) has no enum")
        #expect(values.contains { $0 is NSNull }, "\(object).\(property) must accept null")
        return values.compactMap { $0 as? String }
    }

    @Test(arguments: ["person", "looks", "scene", "scene_person"])
    func propertiesMatchKnownKeys(objectName: String) throws {
        let definition = try #require(try defs()[objectName] as? [String: Any])
        let properties = try #require(definition["properties"] as? [String: Any])
        #expect(Set(properties.keys) == CaseFileSchema.knownKeys[objectName])
        #expect(definition["additionalProperties"] as? Bool == false)
        #expect(definition["type"] as? String == "object")
        #expect(Set(definition["required"] as? [String] ?? []) == CaseFileSchema.requiredKeys[objectName] ?? [])
        for (key, value) in properties {
            let property = try #require(value as? [String: Any])
            #expect((property["description"] as? String)?.isEmpty == false, "\(objectName).\(key) needs a description")
        }
    }

    @Test func looksEnumsMatchTheVocabulary() throws {
        #expect(try words("age", in: "looks") == AgeGroup.allCases.map(\.rawValue))
        #expect(try words("skin", in: "looks") == SkinTone.allCases.map(\.rawValue))
        #expect(try words("hair", in: "looks") == HairStyle.allCases.map(\.rawValue))
        #expect(try words("hair_colour", in: "looks") == HairColour.allCases.map(\.rawValue))
        #expect(try words("build", in: "looks") == Build.allCases.map(\.rawValue))
        #expect(try words("clothes", in: "looks") == ClothesColour.allCases.map(\.rawValue))
        #expect(try words("head_covering", in: "looks") == HeadCovering.allCases.map(\.rawValue))
        #expect(try words("mobility", in: "looks") == MobilityAid.allCases.map(\.rawValue))
        #expect(try words("role", in: "person") == Role.allCases.map(\.rawValue))
        #expect(try words("feeling", in: "scene_person") == Feeling.allCases.map(\.rawValue))
        #expect(try words("action", in: "scene_person") == Action.allCases.map(\.rawValue))
    }

    @Test func shortFormAcceptsFeelingsAndActions() throws {
        let people = try #require(try properties(of: "scene")["people"] as? [String: Any])
        let items = try #require(people["items"] as? [String: Any])
        let forms = try #require(items["anyOf"] as? [[String: Any]])
        let short = try #require(forms.first { $0["maxProperties"] as? Int == 1 })
        // A feeling or action word, or what the person does in plain words.
        let value = try #require(short["additionalProperties"] as? [String: Any])
        let choices = try #require(value["anyOf"] as? [[String: Any]])
        #expect(choices.contains { $0["$ref"] as? String == "#/$defs/scene_person_words" })
        let allowed = try #require(choices.compactMap { $0["enum"] as? [Any] }.first).compactMap { $0 as? String }
        #expect(allowed == Feeling.allCases.map(\.rawValue) + Action.allCases.map(\.rawValue))
        let words = try #require(try defs()["scene_person_words"] as? [String: Any])
        let names = try #require((words["propertyNames"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(names) == CaseFileSchema.knownKeys["scene_person"]!.subtracting(["who"]))
    }

    @Test func flagWordsMatchTheDecoder() throws {
        let flag = try #require(try defs()["flag"] as? [String: Any])
        let forms = try #require(flag["anyOf"] as? [[String: Any]])
        let words = forms.compactMap { $0["enum"] as? [String] }.flatMap { $0 }
        let textWords = NodeReader.flagWords.keys.filter { PlainScalar($0) != .bool }
        #expect(Set(words) == Set(textWords))
        #expect(forms.contains { $0["type"] as? String == "boolean" })
    }

    @Test func bubblePatternAllowsTheMaximumWords() throws {
        let bubble = try #require(try defs()["bubble"] as? [String: Any])
        let pattern = try #require(bubble["pattern"] as? String)
        #expect(pattern.contains("{0,\(SceneDescription.maximumBubbleWords - 1)}"))
        let regex = try NSRegularExpression(pattern: pattern)
        func matches(_ text: String) -> Bool {
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        let words = (1...SceneDescription.maximumBubbleWords).map { "w\($0)" }
        #expect(matches(words.joined(separator: " ")))
        #expect(!matches((words + ["more"]).joined(separator: " ")))
        #expect(!matches("   "))
    }

    @Test func rootListsPeopleAndPictures() throws {
        let data = try Data(contentsOf: SchemaAgreementTests.schemaURL)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(properties["people"] != nil)
        #expect(properties["pictures"] != nil)
        #expect((CaseFileSchema.reservedKeys["root"] ?? []).contains("people") == false)
        #expect(CaseFileSchema.reservedKeys["child"] == nil)
    }
}
