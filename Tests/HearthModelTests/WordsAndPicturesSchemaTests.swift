import Foundation
import Testing
@testable import HearthModel

/// The JSON Schema's Words and Pictures objects agree with the decoder and the model's enums.
@Suite("JSON Schema for the Words and Pictures sections")
struct WordsAndPicturesSchemaTests {
    private func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: SchemaAgreementTests.schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func def(_ name: String) throws -> [String: Any] {
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        return try #require(defs[name] as? [String: Any], "no $defs/\(name)")
    }

    private func property(_ key: String, of object: String) throws -> [String: Any] {
        let properties = try #require(try def(object)["properties"] as? [String: Any])
        return try #require(properties[key] as? [String: Any], "no \(object).\(key)")
    }

    private func enumWords(_ value: [String: Any]) throws -> [String] {
        let values = try #require(value["enum"] as? [Any])
        return values.compactMap { $0 as? String }
    }

    @Test func rootListsTheNewSections() throws {
        let properties = try #require(try schema()["properties"] as? [String: Any])
        for key in ["story", "map", "disputes", "safety_plan", "scales", "pages"] {
            let value = try #require(properties[key] as? [String: Any], "root.\(key)")
            #expect((value["description"] as? String)?.isEmpty == false)
        }
        #expect(properties["strings"] == nil)
        #expect(CaseFileSchema.reservedKeys["root"] == nil)
        #expect(CaseFileSchema.misplacedKeys["root"]?["strings"] == "output")
    }

    @Test func outputEnumsMatchTheModel() throws {
        let documents = try property("documents", of: "output")
        let items = try #require(documents["items"] as? [String: Any])
        #expect(try enumWords(items) == DocumentKind.allCases.map(\.rawValue))
        #expect(try enumWords(try property("paper", of: "output")) == Paper.allCases.map(\.rawValue))
        let ageBand = try property("age_band", of: "output")
        #expect(try enumWords(ageBand) == AgeBand.allCases.map(\.rawValue))
        #expect((ageBand["enum"] as? [Any])?.contains { $0 is NSNull } == true)
        #expect(CaseFileSchema.plannedDocumentKinds.isDisjoint(with: DocumentKind.allCases.map(\.rawValue)))
    }

    @Test func pagesListTheSectionsInBookletOrder() throws {
        let properties = try #require(try def("pages")["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(BookletSection.allCases.map(\.rawValue)))
        // JSONSerialization loses key order, so read the order from the text.
        let text = try String(contentsOf: SchemaAgreementTests.schemaURL, encoding: .utf8)
        let pages = try #require(text.range(of: "\"pages\": {\n      \"description\": \"Changes to the booklet's sections"))
        let positions = BookletSection.allCases.map { section in
            text.range(of: "\"\(section.rawValue)\": {", range: pages.upperBound..<text.endIndex)?.lowerBound
        }
        let found = positions.compactMap { $0 }
        #expect(found.count == BookletSection.allCases.count)
        #expect(found == found.sorted())
    }

    @Test func scoreRangeMatches() throws {
        let score = try property("score", of: "scale")
        #expect(score["type"] as? String == "integer")
        #expect(score["minimum"] as? Int == CaseFileSchema.scaleScores.lowerBound)
        #expect(score["maximum"] as? Int == CaseFileSchema.scaleScores.upperBound)
    }

    @Test func talkToNeedsWhoOrHow() throws {
        let forms = try #require(try def("talk_to")["anyOf"] as? [[String: Any]])
        #expect(forms.compactMap { $0["required"] as? [String] } == [["who"], ["how"]])
    }

    /// The schema's phone pattern accepts exactly what the decoder accepts.
    @Test(arguments: [
        "07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123", "(01632) 960-001", "999", "0800 1111",
        "116 123", "116111", "101", "111", "112", " 07700 900123 ", "0770 090", "99", "0800 111", "07700 900123 45678",
        "07700 900123 / 07700 900124", "07700+900123", "call Nana", "+", "", "1-1-6-1-2-3", "(999)", "0800-1111",
    ])
    func phonePatternAgreesWithTheDecoder(number: String) throws {
        let phone = try def("phone")
        let forms = try #require(phone["anyOf"] as? [[String: Any]])
        let pattern = try #require(forms.compactMap { $0["pattern"] as? String }.first)
        let regex = try NSRegularExpression(pattern: pattern)
        let matches = regex.firstMatch(in: number, range: NSRange(number.startIndex..., in: number)) != nil
        #expect(matches == PhoneNumber.isValid(number.trimmingWhitespace()), "\(number)")
        if !number.trimmingWhitespace().isEmpty {
            let decodes = problems(withChildren("safety_plan:\n  talk_to:\n    - how: ring\n      phone: \"\(number)\"\n")).isEmpty
            #expect(decodes == matches, "\(number)")
        }
    }

    @Test func statementListsAcceptTextOrTheFullForm() throws {
        let statements = try def("statements")
        let items = try #require(statements["items"] as? [String: Any])
        let forms = try #require(items["anyOf"] as? [[String: Any]])
        #expect(forms.compactMap { $0["$ref"] as? String } == ["#/$defs/text", "#/$defs/statement"])
        let worries = try property("worries", of: "map")
        let worryItems = try #require(worries["items"] as? [String: Any])
        let worryForms = try #require(worryItems["anyOf"] as? [[String: Any]])
        #expect(worryForms.compactMap { $0["$ref"] as? String } == ["#/$defs/text", "#/$defs/worry"])
        for key in ["harm", "complicating", "working_well", "goals", "next_steps"] {
            #expect(try property(key, of: "map")["$ref"] as? String == "#/$defs/statements", "map.\(key)")
        }
    }

    @Test func sayingsAreKeyedByOneWord() throws {
        let says = try property("says", of: "dispute")
        #expect(says["type"] as? String == "object")
        #expect(says["minProperties"] as? Int == 1)
        #expect((says["propertyNames"] as? [String: Any])?["pattern"] as? String == "^\\S+$")
    }

    @Test func everyPictureRefersToPictureRef() throws {
        for object in ["statement", "worry", "dispute", "rule", "page"] {
            #expect(try property("picture", of: object)["$ref"] as? String == "#/$defs/pictureRef", "\(object).picture")
        }
        let forms = try #require(try def("pictureRef")["anyOf"] as? [[String: Any]])
        #expect(forms.compactMap { $0["$ref"] as? String } == ["#/$defs/identifier", "#/$defs/scene"])
    }
}
