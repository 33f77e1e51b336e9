import Foundation
import Testing

/// `hearth check` reads the words of the other safety tools, as warnings at their line and column naming the
/// document, and leaves the child's own Fairy/Wizard words alone.
struct ToolCheckCommandTests {
    static let yaml = """
        children:
          - { id: mia, name: Mia, age: 6 }
        people:
          - { id: mum, name: Kay, called: Mummy, relation: mum, network: yes }
        safety_house:
          - child: mia
            lives_here: [mia, mum]
            rules:
              - Mummy has no contact with Craig.
        fairy_wizard:
          - child: mia
            take_away:
              - The contact at the centre.
        output:
          documents: [safety-house, fairy-wizard]

        """

    @Test func theSafetyHousesRulesAreReadAndTheChildsWishesAreNot() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.write("case.yaml", Self.yaml)
        let r = try cli.run(["check", "case.yaml"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains(
            "hearth: warning: case.yaml:9:9: safety_house[0].rules[0]: on the Safety House: 'contact' is a word from case files, not from a child's world\n  fix: say 'family time'"),
            "\(r.stdout)")
        #expect(!r.stdout.contains("fairy_wizard"), "the child's own words are quoted as said: \(r.stdout)")
        #expect(r.stdout.hasSuffix("case.yaml: 1 thing to look at; render will accept it\n"), "\(r.stdout)")
        #expect(try cli.run(["check", "case.yaml", "--strict"]).status == 1)
    }
}
