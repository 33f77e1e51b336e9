import Testing
@testable import HearthModel

/// The keys the family's safety plan and the child's safety card add: each reads as documented, and each mistake is
/// reported at its line and column, with its key path, in plain words with a fix.
@Suite("Safety plan and safety card keys")
struct SafetyPlanKeysTests {
    /// Children on lines 1–7, people on 8–12 (dad is not safe, gary is private), then `rest` from line 13.
    private func withPeople(_ rest: String) -> String {
        withChildren("""
        people:
          - { id: mum, name: Anna Kowalska, called: Mummy, network: yes }
          - { id: dad, name: Tom Kowalski, called: Daddy, not_safe: yes }
          - { id: gary, name: Gary Pemberton, called: Uncle G, network: yes, private: yes }
          - { id: nana, name: Jean Kowalska, called: Nana, network: yes }

        """ + rest)
    }

    @Test func everyNewKeyIsRead() throws {
        let file = try CaseFileLoader.parse(withPeople("""
        safety_plan:
          rules:
            - rule: Mum does not drink when she looks after Mia and Leo.
              who: [nana]
              when: every day
              if_not_kept: Nana takes over
          network:
            - who: nana
              phone: 07700 900123
          out_of_hours: { who: the Emergency Duty Team, phone: 01632 960000 }
          signed_by: [mum, nana]
        my_safety_plan:
          children: [mia]
          minimal: yes
          number: "999"
          talk_to: [mum, nana]
          if_unsafe: [I go to my room.]
          wallet_cards: no

        """), file: "t.yaml")
        let rule = try #require(file.safetyPlan.rules.first)
        #expect(rule.when == "every day" && rule.ifNotKept == "Nana takes over")
        #expect(file.safetyPlan.network.first?.phone == "07700 900123")
        #expect(file.safetyPlan.outOfHours == OutOfHours(who: "the Emergency Duty Team", phone: "01632 960000", location: file.safetyPlan.outOfHours?.location))
        #expect(file.safetyPlan.signedBy == ["mum", "nana"])
        let card = try #require(file.safetyCard)
        #expect(card.children == ["mia"] && card.minimal && card.minimalNumber == "999" && card.talkTo == ["mum", "nana"])
        #expect(card.ifUnsafe.map(\.text) == ["I go to my room."] && card.ifUnsafe.first?.location?.line == 29)
        #expect(!card.walletCards)
    }

    @Test func aCardWithNothingChosenUses999AndWalletCards() throws {
        let file = try CaseFileLoader.parse(withPeople("my_safety_plan:\n  minimal: yes\n"), file: "t.yaml")
        #expect(file.safetyCard?.minimalNumber == "999")
        #expect(file.safetyCard?.walletCards == true)
        #expect(file.safetyCard?.talkTo == nil)
    }

    /// One mistake per new key, with where it must be reported and words the message must hold.
    @Test(arguments: [
        ("safety_plan:\n  rules:\n    - rule: Mum is sober.\n      when: 7\n", "16:13", "safety_plan.rules[0].when", "expected when the rule applies written as text"),
        ("safety_plan:\n  rules:\n    - rule: Mum is sober.\n      if_not_kept: [Nana, Sam]\n", "16:20", "safety_plan.rules[0].if_not_kept", "expected what happens if the rule is not kept written as text"),
        ("safety_plan:\n  network:\n    - who: nana\n      phone: call Nana\n", "16:14", "safety_plan.network[0].phone", "is not a phone number"),
        ("safety_plan:\n  out_of_hours:\n    who: the Emergency Duty Team\n", "15:5", "safety_plan.out_of_hours.phone", "the out-of-hours number is missing"),
        ("safety_plan:\n  out_of_hours:\n    who: EDT\n    phone: \"0113\"\n", "16:12", "safety_plan.out_of_hours.phone", "a phone number needs at least 10"),
        ("safety_plan:\n  out_of_hours: the duty team\n", "14:17", "safety_plan.out_of_hours", "expected whom to ring out of hours"),
        ("safety_plan:\n  out_of_hours:\n    who: EDT\n    phone: 01632 960000\n    hours: 5pm\n", "17:5", "safety_plan.out_of_hours.hours", "hours"),
        ("safety_plan:\n  signed_by: [mum, granny]\n", "14:20", "safety_plan.signed_by[1]", "no child or person with the id 'granny'"),
        ("my_safety_plan:\n  children: [nana]\n", "14:14", "my_safety_plan.children[0]", "nana"),
        ("my_safety_plan:\n  minimal: maybe\n", "14:12", "my_safety_plan.minimal", "expected yes or no"),
        ("my_safety_plan:\n  number: 999\n", "14:11", "my_safety_plan.number", "expected a phone number written as text"),
        ("my_safety_plan:\n  number: ring the police\n", "14:11", "my_safety_plan.number", "is not a phone number"),
        ("my_safety_plan:\n  talk_to: [mum, dad]\n", "14:18", "my_safety_plan.talk_to[1]", "not safe with 'dad'"),
        ("my_safety_plan:\n  talk_to: [mia]\n", "14:13", "my_safety_plan.talk_to[0]", "one of the children"),
        ("my_safety_plan:\n  minimal: yes\n  talk_to: [mum, gary]\n", "15:18", "my_safety_plan.talk_to[1]", "marked private"),
        ("my_safety_plan:\n  if_unsafe: Go to my room.\n", "14:14", "my_safety_plan.if_unsafe", "expected a list of things to do"),
        ("my_safety_plan:\n  wallet_cards: perhaps\n", "14:17", "my_safety_plan.wallet_cards", "expected yes or no"),
        ("my_safety_plan:\n  minimall: yes\n", "14:3", "my_safety_plan.minimall", "minimal"),
        ("my_safety_plan: yes\n", "13:17", "my_safety_plan", "expected what goes on the child's safety card"),
    ])
    func eachMistakeIsLocated(_ yaml: String, at position: String, keyPath: String, words: String) throws {
        let found = problems(withPeople(yaml))
        let problem = try #require(found.first { $0.keyPath == keyPath }, "no problem at \(keyPath): \(CaseFileError(diagnostics: found))")
        #expect(problem.position == position)
        #expect(problem.message.contains(words) || (problem.fix ?? "").contains(words), "\(problem)")
        #expect(problem.fix?.isEmpty == false)
        #expect(problem.location?.file == "mia.yaml")
    }

    @Test func theNewDocumentKindsAreAccepted() throws {
        let file = try CaseFileLoader.parse(withPeople("output:\n  documents: [safety-plan, my-safety-plan]\n"), file: "t.yaml")
        #expect(file.output.documents == [.safetyPlan, .mySafetyPlan])
    }
}
