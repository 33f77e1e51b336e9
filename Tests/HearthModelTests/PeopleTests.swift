import HearthGeometry
import HearthLooks
import Testing
@testable import HearthModel

@Suite("People and looks")
struct PeopleTests {
    private func location(_ line: Int, _ column: Int, file: String = "mia.yaml") -> HearthModel.SourceLocation {
        HearthModel.SourceLocation(file: file, line: line, column: column)
    }

    // MARK: Valid files

    @Test func fullFixturePeopleDecodeToExactValues() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        #expect(file.people.map(\.withoutClothes) == [
            Person(
                id: "mum", name: "Anna Kowalska", called: "Mama", relation: "mum",
                looks: PersonLooks(
                    age: .adult, skin: .fair, hair: .long, hairColour: .blonde, build: .slim, clothes: .teal,
                    headCovering: .hijab, glasses: false, beard: false, hearingAid: true, mobility: .wheelchair),
                network: true, location: location(45, 5)),
            Person(id: "tomasz", name: "Tomasz Kowalski", relation: "dad", notSafe: true, location: location(62, 5)),
            Person(id: "sam", name: "Sam Jones", relation: "social worker", role: .socialWorker, location: location(66, 5)),
        ].map(\.withoutClothes))
        #expect(file.person(id: "mum")?.looks.clothes == .teal, "written clothes are kept")
        #expect(file.person(id: "sam")?.looks.role == .socialWorker)
        #expect(file.person(id: "mum")?.displayName == "Mama")
        #expect(file.person(id: "tomasz")?.displayName == "Tomasz")
        #expect(file.person(id: "mia") == nil)
    }

    @Test func jsonPeopleDecodeLikeYAML() throws {
        let fromYAML = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        let fromJSON = try CaseFileLoader.parse(Fixtures.json, file: "mia.json")
        #expect(fromJSON.people.map { Person(id: $0.id, name: $0.name, called: $0.called, relation: $0.relation, role: $0.role, looks: $0.looks, network: $0.network, notSafe: $0.notSafe) }
            == fromYAML.people.map { Person(id: $0.id, name: $0.name, called: $0.called, relation: $0.relation, role: $0.role, looks: $0.looks, network: $0.network, notSafe: $0.notSafe) })
        #expect(fromJSON.children == fromYAML.children)
    }

    @Test func childLooksAreReadAndFilledIn() throws {
        let file = try CaseFileLoader.parse("""
        children:
          - id: mia
            name: Mia
            age: 7
            looks:
              skin: brown
              hair: afro
              hair_colour: black
              glasses: Yes
          - id: leo
            name: Leo
            age: 4
            looks: ~
        """, file: "t.yaml")
        let defaults = PersonLooks.defaults(for: "mia", age: .child)
        #expect(file.child(id: "mia")?.looks == PersonLooks(
            age: .child, skin: .brown, hair: .afro, hairColour: .black, clothes: defaults.clothes, glasses: true, years: 7))
        var leo = PersonLooks.defaults(for: "leo", age: .child)
        leo.years = 4
        #expect(file.child(id: "leo")?.looks.withoutClothes == leo.withoutClothes)
        #expect(file.child(id: "leo")?.withoutClothes == Child(id: "leo", name: "Leo", age: 4).withoutClothes)
    }

    @Test func writtenAgeGroupWinsOverTheAge() throws {
        let file = try CaseFileLoader.parse("children:\n  - id: mia\n    name: Mia\n    age: 12\n    looks:\n      age: teenager\n", file: "t.yaml")
        #expect(file.child(id: "mia")?.looks.age == .teenager)
        #expect(file.child(id: "mia")?.looks.hair == PersonLooks.defaults(for: "mia", age: .teenager).hair)
    }

    // MARK: Defaults

    @Test(arguments: [
        (0, AgeGroup.baby), (1, .baby), (2, .toddler), (3, .toddler), (4, .child), (12, .child),
        (13, .teenager), (17, .teenager), (18, .adult), (25, .adult),
    ])
    func childAgeGivesAgeGroup(age: Int, group: AgeGroup) throws {
        #expect(AgeGroup(age: age) == group)
        let file = try CaseFileLoader.parse("children:\n  - id: mia\n    name: Mia\n    age: \(age)\n", file: "t.yaml")
        #expect(file.child(id: "mia")?.looks.age == group)
    }

    @Test func childWithoutAgeIsDrawnAsAChild() throws {
        let file = try CaseFileLoader.parse(Fixtures.minimal, file: "t.yaml")
        #expect(file.children.first?.looks.age == .child)
    }

    @Test func personWithoutLooksIsAnAdultWithTheirRole() throws {
        let file = try CaseFileLoader.parse(Fixtures.minimal + "\npeople:\n  - id: dr\n    name: Dr Patel\n    role: doctor\n", file: "t.yaml")
        let looks = try #require(file.person(id: "dr")?.looks)
        #expect(looks.withoutClothes == PersonLooks.defaults(for: "dr", age: .adult, role: .doctor).withoutClothes)
        #expect(looks.age == .adult)
        #expect(looks.role == .doctor)
        #expect(looks.skin == .medium)
    }

    /// The defaults are pinned: a change here changes every undescribed person in every case file.
    @Test func undescribedPeopleVaryDeterministicallyByID() {
        let mum = PersonLooks.defaults(for: "mum", age: .adult)
        let dad = PersonLooks.defaults(for: "dad", age: .adult)
        #expect(mum == PersonLooks(age: .adult, hair: .short, hairColour: .brown, clothes: .yellow))
        #expect(dad == PersonLooks(age: .adult, hair: .bob, hairColour: .brown, clothes: .green))
        #expect(mum != dad)
        #expect(PersonLooks.defaults(for: "mum", age: .adult) == mum)
        #expect(PersonLooks.defaults(for: "nana", age: .older).hairColour == .grey)
        let ids = ["mum", "dad", "nana", "sam", "tomasz", "jo", "kim", "alex"]
        #expect(Set(ids.map { PersonLooks.defaults(for: $0, age: .adult) }).count == ids.count)
    }

    @Test func defaultsNeverVarySkinAndSuitTheAge() {
        for index in 0..<200 {
            for age in AgeGroup.allCases {
                let looks = PersonLooks.defaults(for: "p\(index)", age: age)
                #expect(looks.skin == .medium)
                #expect(looks.age == age)
                #expect(!looks.beard && !looks.glasses && looks.headCovering == nil && looks.mobility == nil)
                if age == .baby { #expect([.short, .curly, .bald].contains(looks.hair)) }
                if age == .older { #expect([.grey, .white].contains(looks.hairColour)) } else {
                    #expect(![.grey, .white, .blue, .pink].contains(looks.hairColour))
                }
            }
        }
    }

    @Test func fnv1aMatchesTheReferenceValues() {
        #expect(StableHash.fnv1a64("") == 0xCBF2_9CE4_8422_2325)
        #expect(StableHash.fnv1a64("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(StableHash.fnv1a64("foobar") == 0x8594_4171_F739_67E8)
    }

    /// `dad` and `una` hash to the same looks; the later one in the file gets the next variant.
    @Test func lookalikesInOneCaseAreSeparated() throws {
        #expect(PersonLooks.defaults(for: "dad", age: .adult) == PersonLooks.defaults(for: "una", age: .adult))
        let file = try CaseFileLoader.parse(
            Fixtures.minimal + "\npeople:\n  - id: dad\n    name: Dad\n  - id: una\n    name: Una\n", file: "t.yaml")
        let dad = try #require(file.person(id: "dad"))
        let una = try #require(file.person(id: "una"))
        #expect(dad.looks.withoutClothes == PersonLooks.defaults(for: "dad", age: .adult).withoutClothes)
        // Told apart: at least by clothes a clear step apart in lightness.
        #expect(dad.looks != una.looks)
        #expect(abs(dad.looks.clothes.lightness - una.looks.clothes.lightness) >= ClothesColour.lightnessStep)
        let again = try CaseFileLoader.parse(
            Fixtures.minimal + "\npeople:\n  - id: dad\n    name: Dad\n  - id: una\n    name: Una\n", file: "t.yaml")
        #expect(again == file)
    }

    @Test func peopleDescribedAlikeStayAlike() throws {
        let looks = "    looks: {skin: deep, hair: bun, hair_colour: black, clothes: red, build: broad}\n"
        let file = try CaseFileLoader.parse(
            Fixtures.minimal + "\npeople:\n  - id: a\n    name: A\n" + looks + "  - id: b\n    name: B\n" + looks, file: "t.yaml")
        #expect(file.people.map(\.looks.hair) == [.bun, .bun])
        #expect(file.people[0].looks == file.people[1].looks)
    }

    @Test func looksLookupCoversChildrenPeopleAndRoleWords() throws {
        let file = try CaseFileLoader.parse(Fixtures.full, file: "mia.yaml")
        #expect(file.looks(of: "mia") == file.child(id: "mia")?.looks)
        #expect(file.looks(of: "mum")?.headCovering == .hijab)
        #expect(file.looks(of: "sam")?.role == .socialWorker)
        #expect(file.looks(of: "police") == PersonLooks.defaults(for: "police", age: .adult, role: .police))
        #expect(file.looks(of: "foster-carer") == nil)
        #expect(file.looks(of: "nobody") == nil)
    }

    @Test func flagsAcceptYesNoAndTrueFalse() throws {
        for (word, value) in [("yes", true), ("Yes", true), ("true", true), ("TRUE", true), ("no", false), ("No", false), ("false", false), ("\"yes\"", true), ("'no'", false)] {
            let file = try CaseFileLoader.parse(
                Fixtures.minimal + "\npeople:\n  - id: mum\n    name: Anna\n    network: \(word)\n", file: "t.yaml")
            #expect(file.person(id: "mum")?.network == value, "\(word)")
        }
    }

    @Test func emptyPeopleListIsAllowed() throws {
        let file = try CaseFileLoader.parse(Fixtures.minimal + "\npeople: []\n", file: "t.yaml")
        #expect(file.people.isEmpty)
    }

    // MARK: Problems

    @Test func unknownLooksValueSuggestsNearest() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: mum\n    name: Anna\n    looks:\n      hair: curley\n")))
        #expect(problem.position == "12:13")
        #expect(problem.keyPath == "people[0].looks.hair")
        #expect(problem.message == "'curley' is not one of the choices for the hair style")
        #expect(problem.fix == "did you mean 'curly'? (the choices are 'afro', 'bald', 'bob', 'braids', 'bun', 'curly', 'long', 'ponytail', 'short' and 'spiky')")
    }

    @Test(arguments: [
        ("age", "adlt", "did you mean 'adult'?"), ("skin", "olve", "did you mean 'olive'?"),
        ("hair_colour", "blond", "did you mean 'blonde'?"), ("build", "slimm", "did you mean 'slim'?"),
        ("clothes", "purpel", "did you mean 'purple'?"), ("head_covering", "hijaab", "did you mean 'hijab'?"),
        ("mobility", "wheelchiar", "did you mean 'wheelchair'?"), ("wears", "pyjama", "did you mean 'pyjamas'?"),
    ])
    func everyLooksChoiceSuggests(key: String, value: String, suggestion: String) throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    looks:\n      \(key): \(value)\n"))
        #expect(problem.position == "5:\(9 + key.count)")
        #expect(problem.keyPath == "children[0].looks.\(key)")
        #expect(problem.fix?.hasPrefix(suggestion + " (the choices are ") == true)
    }

    @Test func childLooksValueWithNoNearWordListsTheChoices() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    looks:\n      skin: pale\n"))
        #expect(problem.position == "5:13")
        #expect(problem.keyPath == "children[0].looks.skin")
        #expect(problem.message == "'pale' is not one of the choices for the skin tone")
        #expect(problem.fix == "the choices are 'brown', 'dark', 'deep', 'fair', 'light', 'medium' and 'olive'")
    }

    @Test func looksKeyTypo() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    looks:\n      hair_color: red\n"))
        #expect(problem.position == "5:7")
        #expect(problem.keyPath == "children[0].looks.hair_color")
        #expect(problem.message == "'hair_color' is not a key Hearth knows here")
        #expect(problem.fix == "did you mean 'hair_colour'? (the keys allowed in 'looks' are 'age', 'beard', 'build', 'clothes', 'glasses', 'hair', 'hair_colour', 'head_covering', 'hearing_aid', 'mobility', 'skin' and 'wears')")
    }

    @Test func wornThingsAreOneWordOrAList() throws {
        let one = try CaseFileLoader.parse(withChildren("people:\n  - id: kai\n    name: Kai\n    looks: { wears: sling }\n"), file: "t.yaml")
        #expect(one.looks(of: "kai")?.wears == [.sling])
        let list = try CaseFileLoader.parse(withChildren("people:\n  - id: kai\n    name: Kai\n    looks: { wears: [pyjamas, arm-cast, leg-cast] }\n"), file: "t.yaml")
        #expect(list.looks(of: "kai")?.wears == [.pyjamas, .armCast, .legCast])
        let none = try CaseFileLoader.parse(withChildren("people:\n  - id: kai\n    name: Kai\n"), file: "t.yaml")
        #expect(none.looks(of: "kai")?.wears == [])
    }

    @Test func aWornThingMisspeltInAListSuggestsTheWord() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    looks:\n      wears: [pyjamas, slign]\n"))
        #expect(problem.keyPath == "children[0].looks.wears[1]")
        #expect(problem.fix?.hasPrefix("did you mean 'sling'?") == true)
    }

    @Test func badFlag() throws {
        let problem = try #require(singleProblem("children:\n  - id: mia\n    name: Mia\n    looks:\n      glasses: sometimes\n"))
        #expect(problem.position == "5:16")
        #expect(problem.keyPath == "children[0].looks.glasses")
        #expect(problem.message == "expected yes or no for glasses, found the text 'sometimes'")
        #expect(problem.fix == "write 'yes' or 'no'")
    }

    @Test func quotedTrueIsText() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: mum\n    name: Anna\n    network: \"true\"\n")))
        #expect(problem.position == "11:14")
        #expect(problem.keyPath == "people[0].network")
        #expect(problem.message == "expected yes or no for whether they are in the safety network, found the text 'true'")
        #expect(problem.fix == "remove the quotes around true")
    }

    @Test func flagWrittenAsOnOrOne() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: mum\n    name: Anna\n    not_safe: 1\n")))
        #expect(problem.message == "expected yes or no for whether the child is not safe with them, found the number 1")
        #expect(problem.fix == "write 'yes'")
    }

    @Test func duplicateIDAcrossChildrenAndPeople() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: leo\n    name: Leo Senior\n")))
        #expect(problem.position == "9:9")
        #expect(problem.keyPath == "people[0].id")
        #expect(problem.message == "the id 'leo' is already used by children[1] on line 5")
        #expect(problem.fix == "give each person a different id, e.g. 'leo-2'")
    }

    @Test func duplicateIDIsReportedAtTheLaterOneInTheFile() throws {
        let problem = try #require(singleProblem("people:\n  - id: mia\n    name: Mia's nana\nchildren:\n  - id: mia\n    name: Mia\n"))
        #expect(problem.position == "5:9")
        #expect(problem.keyPath == "children[0].id")
        #expect(problem.message == "the id 'mia' is already used by people[0] on line 2")
        #expect(problem.fix == "give each child a different id, e.g. 'mia-2'")
    }

    @Test func duplicateIDWithinPeople() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: mum\n    name: Anna\n  - id: mum\n    name: Ola\n")))
        #expect(problem.position == "11:9")
        #expect(problem.keyPath == "people[1].id")
        #expect(problem.message == "the id 'mum' is already used by people[0] on line 9")
    }

    @Test func roleTypoSuggests() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: sam\n    name: Sam\n    role: social worker\n")))
        #expect(problem.position == "11:11")
        #expect(problem.keyPath == "people[0].role")
        #expect(problem.message == "'social worker' is not one of the choices for a role")
        #expect(problem.fix == "did you mean 'social-worker'? (the choices are 'doctor', 'foster-carer', 'judge', 'nurse', 'police', 'social-worker' and 'teacher')")
    }

    @Test func notSafeAndInTheNetworkContradict() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: dad\n    name: Tomasz\n    network: yes\n    not_safe: yes\n")))
        #expect(problem.position == "12:15")
        #expect(problem.keyPath == "people[0].not_safe")
        #expect(problem.message == "someone the child is not safe with cannot be in the safety network")
        #expect(problem.fix == "write 'network: no' or 'not_safe: no', whichever is true")
    }

    @Test func personWithoutIdOrName() {
        let found = problems(withChildren("people:\n  - relation: nana\n"))
        #expect(found.map(\.keyPath) == ["people[0].id", "people[0].name"])
        #expect(found.map(\.position) == ["9:5", "9:5"])
        #expect(found.map(\.message) == ["the person's id is missing", "the person's name is missing"])
        #expect(found.first?.fix == "add a line 'id: mum'")
    }

    @Test func personKeyTypo() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: mum\n    name: Anna\n    relaton: mum\n")))
        #expect(problem.position == "11:5")
        #expect(problem.keyPath == "people[0].relaton")
        #expect(problem.fix?.hasPrefix("did you mean 'relation'? (the keys allowed in a person are 'called', 'family', 'id', 'looks', 'name', 'network', 'not_safe', 'private', 'relation' and 'role')") == true)
    }

    @Test func peopleWrittenAsOnePerson() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  id: mum\n  name: Anna\n")))
        #expect(problem.keyPath == "people")
        #expect(problem.message == "expected a list of people, found a set of 'key: value' lines")
        #expect(problem.fix == "start each person with '- ' (a dash and a space), e.g. '- id: mum', and indent its other lines to match")
    }

    @Test func looksWrittenAsAList() throws {
        let problem = try #require(singleProblem(withChildren("people:\n  - id: mum\n    name: Anna\n    looks: [curly, brown]\n")))
        #expect(problem.position == "11:12")
        #expect(problem.keyPath == "people[0].looks")
        #expect(problem.message == "expected lines such as 'hair: curly' and 'skin: brown', found a list")
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = problems(withChildren("""
        people:
          - id: mum
            name: Anna
            role: nurze
            looks:
              hair: curley
              beard: maybe
          - id: leo
            name: Leo
        """))
        #expect(found.map(\.keyPath) == ["people[0].role", "people[0].looks.hair", "people[0].looks.beard", "people[1].id"])
    }
}
