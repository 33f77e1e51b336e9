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
    story:
      children: [mia, leo]
      title: Mia and Leo's story
      date: 2026-03-20
      review: 2026-06-19
    map:
      harm:
        - text: On 2 March Leo was burnt by hot water while Mum was asleep on the sofa.
          child: Leo hurt his arm. Mummy was very poorly and could not wake up.
          who: [mum]
          picture: at_hospital
      worries:
        - text: Sam and the doctors are worried that if Mum drinks again, Mia or Leo could be badly hurt.
          child: The grown-ups are worried that Mummy might get poorly again.
          worried: [sam, doctor]
          who: mum
          picture: { place: home, people: [mum: poorly, mia: worried] }
      complicating:
        - Dad lives far away.
      working_well:
        - "Mum takes Mia to school every day: she is never late."
      goals:
        - text: Mum will be sober whenever she looks after the children, for the next six months.
          child: Mummy will always be well enough to look after us.
      next_steps:
        - Sam will visit every week.
    disputes:
      - about: How Leo's arm was burnt
        says:
          mum: Leo pulled the pan down himself.
          doctor:
            text: The burn does not look like a pan pulled down.
            child: The doctors think it happened another way.
        decided:
          by: judge
          text: The judge decided that Leo was burnt because nobody was watching him.
          child: The judge decided Leo got hurt because no grown-up was looking after him.
        picture: { place: court, people: [judge], decided: { people: [mia, leo, mum], where: home, by: judge } }
    safety_plan:
      rules:
        - rule: Mum does not drink alcohol when she is looking after Mia and Leo.
          child: Mummy does not drink beer or wine when she looks after us.
          who: [mum, sam]
          phone: 07700 900123
          picture: at_hospital
          when: every day
          if_not_kept: Nana comes over and phones Sam
        - rule:
            text: Mia and Leo go to bed by 8 o'clock.
            child: We go to bed at 8 o'clock.
        - Somebody is always with Mum when she opens the door.
      warning_signs:
        - Mum does not answer her phone in the morning.
      if_not_working:
        - text: Sam calls a network meeting within 7 days.
          who: [sam]
      network:
        - who: mum
          job: Mum phones Sam every Friday.
          phone: 07700 900124
      talk_to:
        - who: mum
          how: tell Mummy
        - who: teacher
          how: tell your teacher at school
        - how: phone Childline
          phone: 0800 1111
      review: 2026-06-19
      out_of_hours:
        who: the Emergency Duty Team
        phone: 01632 960000
      signed_by: [mum, sam]
    my_safety_plan:
      children: [mia]
      minimal: yes
      number: "999"
      talk_to: [mum]
      if_unsafe:
        - I go to my room.
      wallet_cards: no
    scales:
      - who: mum
        score: 6
        date: 2026-03-14
        about: Mum's drinking
        zero: Mia and Leo cannot live with Mum now
        ten: everyone is sure Mia and Leo are safe at home
      - who: mia
        score: 8
    pages:
      cover:
        picture: at_hospital
      what_happened:
        text:
          - One night Mummy was very poorly.
          - Leo hurt his arm.
      review:
        skip: yes
    fairy_wizard:
      - child: leo
        date: 2026-03-14
        recorded_by: Sam Jones
        language: en-GB
        questions: [What would you ask the wizard to take away?]
        helper: wizard
        take_away: [the shouting]
        keep: [my nana]
        make_happen: [Mummy feels better]
        drawings:
          take_away: drawings/leo-away.png
          keep: drawings/leo-keep.png
          make_happen: drawings/leo-happen.png
    safety_house:
      - child: mia
        date: 2026-03-14
        recorded_by: Sam Jones
        lives_here: [mum]
        visits: [sam]
        rules: [Nana picks me up from school]
        score: 7
        red_circle: yes
        kept_by: worker
    safety_circles:
      - child: mia
        date: 2026-03-14
        live_with: [mum]
        see_a_lot: [leo]
        help: [sam]
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
      },
      "story": {"children": ["mia", "leo"], "title": "Mia and Leo's story", "date": "2026-03-20", "review": "2026-06-19"},
      "map": {
        "harm": [
          {
            "text": "On 2 March Leo was burnt by hot water while Mum was asleep on the sofa.",
            "child": "Leo hurt his arm. Mummy was very poorly and could not wake up.",
            "who": ["mum"], "picture": "at_hospital"
          }
        ],
        "worries": [
          {
            "text": "Sam and the doctors are worried that if Mum drinks again, Mia or Leo could be badly hurt.",
            "child": "The grown-ups are worried that Mummy might get poorly again.",
            "worried": ["sam", "doctor"], "who": "mum",
            "picture": {"place": "home", "people": [{"mum": "poorly"}, {"mia": "worried"}]}
          }
        ],
        "complicating": ["Dad lives far away."],
        "working_well": ["Mum takes Mia to school every day: she is never late."],
        "goals": [
          {
            "text": "Mum will be sober whenever she looks after the children, for the next six months.",
            "child": "Mummy will always be well enough to look after us."
          }
        ],
        "next_steps": ["Sam will visit every week."]
      },
      "disputes": [
        {
          "about": "How Leo's arm was burnt",
          "says": {
            "mum": "Leo pulled the pan down himself.",
            "doctor": {"text": "The burn does not look like a pan pulled down.", "child": "The doctors think it happened another way."}
          },
          "decided": {
            "by": "judge",
            "text": "The judge decided that Leo was burnt because nobody was watching him.",
            "child": "The judge decided Leo got hurt because no grown-up was looking after him."
          },
          "picture": {"place": "court", "people": ["judge"], "decided": {"people": ["mia", "leo", "mum"], "where": "home", "by": "judge"}}
        }
      ],
      "safety_plan": {
        "rules": [
          {
            "rule": "Mum does not drink alcohol when she is looking after Mia and Leo.",
            "child": "Mummy does not drink beer or wine when she looks after us.",
            "who": ["mum", "sam"], "phone": "07700 900123", "picture": "at_hospital",
            "when": "every day", "if_not_kept": "Nana comes over and phones Sam"
          },
          {"rule": {"text": "Mia and Leo go to bed by 8 o'clock.", "child": "We go to bed at 8 o'clock."}},
          "Somebody is always with Mum when she opens the door."
        ],
        "warning_signs": ["Mum does not answer her phone in the morning."],
        "if_not_working": [{"text": "Sam calls a network meeting within 7 days.", "who": ["sam"]}],
        "network": [{"who": "mum", "job": "Mum phones Sam every Friday.", "phone": "07700 900124"}],
        "talk_to": [
          {"who": "mum", "how": "tell Mummy"},
          {"who": "teacher", "how": "tell your teacher at school"},
          {"how": "phone Childline", "phone": "0800 1111"}
        ],
        "review": "2026-06-19",
        "out_of_hours": {"who": "the Emergency Duty Team", "phone": "01632 960000"},
        "signed_by": ["mum", "sam"]
      },
      "my_safety_plan": {
        "children": ["mia"], "minimal": true, "number": "999", "talk_to": ["mum"],
        "if_unsafe": ["I go to my room."], "wallet_cards": false
      },
      "scales": [
        {
          "who": "mum", "score": 6, "date": "2026-03-14", "about": "Mum's drinking",
          "zero": "Mia and Leo cannot live with Mum now", "ten": "everyone is sure Mia and Leo are safe at home"
        },
        {"who": "mia", "score": 8}
      ],
      "pages": {
        "cover": {"picture": "at_hospital"},
        "what_happened": {"text": ["One night Mummy was very poorly.", "Leo hurt his arm."]},
        "review": {"skip": true}
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
