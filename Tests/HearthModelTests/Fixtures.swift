import Testing
@testable import HearthModel

/// Case files shared by the tests. Kept as string literals so the test target needs no resources.
enum Fixtures {
    /// A complete, valid case file using every key the decoder knows. Line numbers matter: tests
    /// assert positions in it.
    static let full = """
    # Mia and Leo: Three Houses, March 2026
    hearth: 1
    case:
      author: Sam Jones, social worker
      title: Mia's Three Houses
    children:
      - id: mia
        name: Mia Kowalska
        called: Mimi
        age: 7
        pronouns: she/her
      - id: leo
        name: Leo Kowalski
        age: 4
    three_houses:
      - child: mia
        date: 2026-03-14
        recorded_by: Sam Jones
        questions:
          - What are you worried about?
          - What is good in your life?
        worries:
          - Boję się, kiedy tata krzyczy
          - "Mum said: no more school"
          - no
        good_things:
          - مجھے اپنی امی سے پیار ہے
          - |
            My nana's
            cat Biscuit
        dreams:
          - >
            I wish we could
            all live together
        drawings:
          worries: drawings/mia-worries.png
          dreams: drawings/mia-dreams.JPG
      - child: leo
    output:
      documents:
        - three-houses
      paper: a4-landscape
      language: pl
    people:
      - id: mum
        name: Anna Kowalska
        called: Mama
        relation: mum
        network: yes
        looks:
          age: adult
          skin: fair
          hair: long
          hair_colour: blonde
          build: slim
          clothes: teal
          head_covering: hijab
          glasses: no
          beard: false
          hearing_aid: yes
          mobility: wheelchair
      - id: tomasz
        name: Tomasz Kowalski
        relation: dad
        not_safe: yes
      - id: sam
        name: Sam Jones
        relation: social worker
        role: social-worker
    pictures:
      at_hospital:
        place: hospital
        people:
          - leo: poorly
          - mum: worried
          - doctor
          - who: mia
            feeling: sad
            action: holding-hands
            crying: yes
        things: [bed]
        say:
          mum: Leo is poorly
        think:
          mia: |
            I want
            to go home
    """

    /// The smallest valid case file.
    static let minimal = """
    children:
      - id: mia
        name: Mia Kowalska
    """

    /// The same case as `full` (minus comments), written as JSON.
    static let json = """
    {
      "hearth": 1,
      "case": {"author": "Sam Jones, social worker", "title": "Mia's Three Houses"},
      "children": [
        {"id": "mia", "name": "Mia Kowalska", "called": "Mimi", "age": 7, "pronouns": "she/her"},
        {"id": "leo", "name": "Leo Kowalski", "age": 4}
      ],
      "three_houses": [
        {
          "child": "mia",
          "date": "2026-03-14",
          "recorded_by": "Sam Jones",
          "questions": ["What are you worried about?", "What is good in your life?"],
          "worries": ["Boję się, kiedy tata krzyczy", "Mum said: no more school", "no"],
          "good_things": ["مجھے اپنی امی سے پیار ہے", "My nana's cat Biscuit"],
          "dreams": ["I wish we could all live together"],
          "drawings": {"worries": "drawings/mia-worries.png", "dreams": "drawings/mia-dreams.JPG"}
        },
        {"child": "leo"}
      ],
      "output": {"documents": ["three-houses"], "paper": "a4-landscape", "language": "pl"},
      "people": [
        {
          "id": "mum", "name": "Anna Kowalska", "called": "Mama", "relation": "mum", "network": true,
          "looks": {
            "age": "adult", "skin": "fair", "hair": "long", "hair_colour": "blonde", "build": "slim", "clothes": "teal",
            "head_covering": "hijab", "glasses": false, "beard": false, "hearing_aid": "yes", "mobility": "wheelchair"
          }
        },
        {"id": "tomasz", "name": "Tomasz Kowalski", "relation": "dad", "not_safe": true},
        {"id": "sam", "name": "Sam Jones", "relation": "social worker", "role": "social-worker"}
      ],
      "pictures": {
        "at_hospital": {
          "place": "hospital",
          "people": [
            {"leo": "poorly"}, {"mum": "worried"}, "doctor",
            {"who": "mia", "feeling": "sad", "action": "holding-hands", "crying": true}
          ],
          "things": ["bed"],
          "say": {"mum": "Leo is poorly"},
          "think": {"mia": "I want\nto go home"}
        }
      }
    }
    """
}

/// Decodes and returns the diagnostics, or an empty list when the file is valid.
func problems(_ text: String, file: String = "mia.yaml") -> [Diagnostic] {
    do {
        _ = try CaseFileLoader.parse(text, file: file)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The one diagnostic a file should produce; records a test issue (showing them all) otherwise.
func singleProblem(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let found = problems(text)
    #expect(found.count == 1, "expected one diagnostic, got:\n\(CaseFileError(diagnostics: found))", sourceLocation: sourceLocation)
    return found.count == 1 ? found.first : nil
}

/// A file with a valid `children` section and `rest` appended, so a test only writes what it is about.
/// The children take lines 1–7; `rest` starts on line 8.
func withChildren(_ rest: String) -> String {
    """
    children:
      - id: mia
        name: Mia Kowalska
        age: 7
      - id: leo
        name: Leo Kowalski
        age: 4

    """ + rest
}

extension Diagnostic {
    /// `line:column` for compact assertions.
    var position: String {
        location.map { "\($0.line):\($0.column)" } ?? "-"
    }
}
