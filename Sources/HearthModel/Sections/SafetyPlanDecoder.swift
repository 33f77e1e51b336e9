import Yams

/// Reads `safety_plan:`: the rules (each with who makes sure and their phone number), warning signs, what
/// happens if the plan is not working, the network's jobs, who the child can talk to, and the review date.
///
/// ```yaml
/// safety_plan:
///   rules:
///     - rule: Mum does not drink alcohol when she is looking after Mia and Leo.
///       child: Mummy does not drink beer or wine when she looks after us.
///       who: [nana]
///       phone: 07700 900123
///   network:
///     - who: nana
///       job: Nana visits every morning before school.
///   talk_to:
///     - who: nana
///       how: phone Nana on 07700 900123
///   review: 2026-06-19
///   safe_place: Mia goes to her room and closes the door.   # where the child goes if someone is being hurt
/// ```
enum SafetyPlanDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> SafetyPlan? {
        reader.mapping(
            object: "safety_plan",
            expected: "the plan's parts, written as lines like 'rules:', 'network:' and 'review:'",
            fix: "put 'rules:', 'warning_signs:', 'if_not_working:', 'network:', 'talk_to:' and 'review:' on their own lines under 'safety_plan:', indented"
        ) { map in
            var plan = SafetyPlan()
            plan.rules = map.optional("rules").map { decodeRules($0, references: references) } ?? []
            plan.warningSigns = map.optional("warning_signs")
                .map { StatementDecoder.list($0, kind: .statement, what: "warning signs", references: references) } ?? []
            plan.ifNotWorking = map.optional("if_not_working")
                .map { StatementDecoder.list($0, kind: .statement, what: "things to do if the plan is not working", references: references) } ?? []
            plan.network = map.optional("network").map { decodeNetwork($0, references: references) } ?? []
            plan.review = map.optional("review")?.date(what: "the review date")
            plan.talkTo = map.optional("talk_to").map { decodeTalkTo($0, references: references) } ?? []
            plan.safePlace = map.optional("safe_place").flatMap {
                StatementDecoder.decode(
                    $0, kind: .wording, references: references, inList: false, what: "the child's safe place",
                    example: "'safe_place: Amira goes to her room and closes the door'")
            }
            plan.outOfHours = map.optional("out_of_hours").flatMap(decodeOutOfHours)
            plan.signedBy = map.optional("signed_by").map { decodeSigners($0, references: references) } ?? []
            return plan
        }
    }

    // MARK: Rules

    private static func decodeRules(_ reader: NodeReader, references: CaseReferences) -> [SafetyRule] {
        if case .text = reader.shape {
            reader.report("expected a list of rules, found a single rule", fix: "put each rule on its own line starting with '- rule: '")
            return []
        }
        let items = reader.list(
            expected: "a list of rules",
            whenSingle: "write each rule as lines under 'rules:', the first starting with '- rule: '",
            whenMapping: "start each rule with '- rule: ' (a dash and a space first), and indent its other lines to match")
        return (items ?? []).compactMap { decodeRule($0, references: references) }
    }

    private static func decodeRule(_ item: NodeReader, references: CaseReferences) -> SafetyRule? {
        guard case .mapping(let mapping) = item.node, !mapping.isEmpty,
              StatementDecoder.isFullForm(mapping, object: "rule") || StatementDecoder.isFullForm(mapping, object: "wording") else {
            // The short form, `- Mum does not drink when…`, is read as a statement with only a wording.
            return StatementDecoder.decode(item, kind: .wording, references: references, noun: "rule").map {
                SafetyRule($0.text, location: $0.location, keyPath: $0.keyPath)
            }
        }
        return item.mapping(
            object: "rule",
            expected: "a rule, written as lines like 'rule: …', 'who: [nana]' and 'phone: …'",
            fix: "start the rule with '- rule: ' and put 'who:' and 'phone:' on the next lines, indented to match"
        ) { map -> SafetyRule? in
            let ruleReader = map.required(
                "rule", what: "the rule", example: "rule: Mum does not drink when she looks after the children",
                fix: "add a line 'rule: …' saying what must happen")
            let wording = ruleReader.flatMap {
                StatementDecoder.decode(
                    $0, kind: .wording, references: references, inList: false,
                    what: "the rule", example: "'rule: Mum does not drink when she looks after the children'")
            }
            let childReader = map.optional("child")
            var child = childReader.flatMap { StatementDecoder.childWording($0, references: references) }
            var childLocation = child == nil ? nil : childReader?.location
            if let inner = wording?.child {
                if child != nil, let childReader {
                    childReader.report(
                        "the child's wording is written twice, here and under 'rule:'",
                        fix: "keep one: either 'child:' beside 'rule:', or 'child:' inside 'rule:'")
                }
                child = inner
                childLocation = wording?.childLocation
            }
            let who = map.optional("who").map { decodeWhoMakesSure($0, references: references) } ?? []
            let phone = map.optional("phone").flatMap(phoneNumber)
            let picture = map.optional("picture").flatMap(references.picture)
            let when = map.optional("when")?.text(what: "when the rule applies", example: "'when: every evening after 6'")
            let ifNotKept = map.optional("if_not_kept")?.text(
                what: "what happens if the rule is not kept", example: "'if_not_kept: Nana phones Ellie the same day'")
            guard let wording else { return nil }
            var rule = SafetyRule(
                wording.text, child: child, who: who, phone: phone, picture: picture, location: item.location,
                childLocation: childLocation, keyPath: item.path.description)
            rule.when = when
            rule.ifNotKept = ifNotKept
            return rule
        } ?? nil
    }

    /// Who makes sure a rule is kept: grown-ups the child is safe with, never the children themselves.
    private static func decodeWhoMakesSure(_ reader: NodeReader, references: CaseReferences) -> [String] {
        let read = references.ids(reader, allowing: .anyoneOrRole, example: "who: [nana, mum]")
        for (id, idReader) in read {
            if references.childIDs?.contains(id) == true {
                idReader.report(
                    "'\(id)' is one of the children; keeping the children safe is the grown-ups' job",
                    fix: "name the grown-ups who make sure this rule is kept" + grownUpsHint(references))
            } else if references.isNotSafe(id) {
                idReader.report(
                    "the child is not safe with '\(id)' (not_safe: yes), so they cannot be the one who makes sure a rule is kept",
                    fix: "name a grown-up the child is safe with" + grownUpsHint(references))
            }
        }
        return read.map(\.id)
    }

    private static func grownUpsHint(_ references: CaseReferences) -> String {
        let network = references.networkIDs
        return network.isEmpty ? "" : ", e.g. someone from the safety network (\(Suggestion.list(network)))"
    }

    // MARK: Network

    private static func decodeNetwork(_ reader: NodeReader, references: CaseReferences) -> [NetworkJob] {
        let items = reader.list(
            expected: "a list of network members",
            whenSingle: "write each member as lines under 'network:', the first starting with '- who: ', e.g. '- who: nana'",
            whenMapping: "start each member with '- who: ' (a dash and a space first), e.g. '- who: nana', and put 'job:' on the next line, indented to match")
        var jobs: [NetworkJob] = []
        for item in items ?? [] {
            guard let (job, whoReader) = decodeMember(item, references: references) else { continue }
            if jobs.contains(where: { $0.who == job.who }) {
                whoReader.report(
                    "'\(job.who)' is already in this list",
                    fix: "list each network member once, with all their jobs in one 'job:'")
                continue
            }
            jobs.append(job)
        }
        return jobs
    }

    private static func decodeMember(_ item: NodeReader, references: CaseReferences) -> (NetworkJob, NodeReader)? {
        if case .scalar = item.node {
            // `- nana`: a member with no job written.
            guard let who = item.identifier(what: "the network member's id", example: "'- who: nana'") else { return nil }
            guard checkNetworkMember(who, at: item, references: references) else { return nil }
            return (NetworkJob(who: who, location: item.location), item)
        }
        return item.mapping(
            object: "network_member",
            expected: "a network member, written as lines like 'who: nana' and 'job: …'",
            fix: "start the member with '- who: nana' and put 'job: …' on the next line, indented to match"
        ) { map -> (NetworkJob, NodeReader)? in
            let whoReader = map.required("who", what: "the network member's id", example: "who: nana")
            let who = whoReader?.identifier(what: "the network member's id", example: "'who: nana'")
            let job = map.optional("job").flatMap {
                StatementDecoder.decode(
                    $0, kind: .wording, references: references, inList: false,
                    what: "the network member's job", example: "'job: Nana visits every morning before school'")
            }
            let phone = map.optional("phone").flatMap(phoneNumber)
            guard let who, let whoReader, checkNetworkMember(who, at: whoReader, references: references) else { return nil }
            return (NetworkJob(who: who, job: job, phone: phone, location: item.location), whoReader)
        } ?? nil
    }

    /// A network member must be a person marked `network: yes` (and so never someone the child is not safe with).
    private static func checkNetworkMember(_ id: String, at reader: NodeReader, references: CaseReferences) -> Bool {
        let network = references.networkIDs
        let listed = network.isEmpty ? "" : " (the network is \(Suggestion.list(network)))"
        if references.childIDs?.contains(id) == true {
            reader.report(
                "'\(id)' is one of the children; the safety network is the grown-ups around them",
                fix: "use the id of someone under 'people:' with 'network: yes'\(listed)")
            return false
        }
        guard let personIDs = references.personIDs else { return true }
        guard personIDs.contains(id) else {
            if references.childIDs == nil { return true }
            let fix = Suggestion.didYouMean(id, in: network.isEmpty ? personIDs : network).map { "\($0)\(listed)" }
                ?? "add them under 'people:' with 'id: \(NodeShape.excerpt(id))' and 'network: yes'\(listed)"
            reader.report("there is no person with the id '\(NodeShape.excerpt(id))'", fix: fix)
            return false
        }
        guard let person = references.people[id] else { return true }
        if person.notSafe {
            reader.report(
                "the child is not safe with '\(id)' (not_safe: yes), so they cannot be in the safety network",
                fix: "take '\(id)' out of the network")
            return false
        }
        if !person.network {
            let line = person.location.map { " (line \($0.line))" } ?? ""
            reader.report(
                "'\(id)' is not marked as being in the safety network",
                fix: "add 'network: yes' to '\(id)' under 'people:'\(line), or take them out of this list")
            return false
        }
        return true
    }

    // MARK: Talk to

    private static func decodeTalkTo(_ reader: NodeReader, references: CaseReferences) -> [TalkTo] {
        let items = reader.list(
            expected: "a list of people the child can talk to",
            whenSingle: "write each one as lines under 'talk_to:', the first starting with '- who: ', e.g. '- who: nana'",
            whenMapping: "start each one with '- who: ' (a dash and a space first), e.g. '- who: nana', and indent its other lines to match")
        return (items ?? []).compactMap { decodeOneTalkTo($0, references: references) }
    }

    private static func decodeOneTalkTo(_ item: NodeReader, references: CaseReferences) -> TalkTo? {
        if case .scalar = item.node {
            guard let who = item.identifier(what: "the id of who the child can talk to", example: "'- who: nana'") else { return nil }
            guard checkSafeToTalkTo(who, at: item, references: references) else { return nil }
            return TalkTo(who: who, location: item.location)
        }
        return item.mapping(
            object: "talk_to",
            expected: "someone the child can talk to, written as lines like 'who: nana' and 'how: phone Nana on 07700 900123'",
            fix: "start with '- who: nana' and put 'how:' and 'phone:' on the next lines, indented to match"
        ) { map -> TalkTo? in
            let whoReader = map.optional("who")
            let who = whoReader?.identifier(what: "the id of who the child can talk to", example: "'who: nana'")
            let safe = who.flatMap { who in whoReader.map { checkSafeToTalkTo(who, at: $0, references: references) } } ?? true
            let how = map.optional("how")?.text(what: "what the child can do", example: "'how: phone Nana on 07700 900123'")
            let phone = map.optional("phone").flatMap(phoneNumber)
            if whoReader == nil, map.optional("how") == nil {
                item.report(
                    "this says neither who the child can talk to nor how",
                    fix: "add 'who: nana' (an id or a role word such as 'teacher'), or 'how: phone Childline on 0800 1111'")
                return nil
            }
            guard safe, who != nil || whoReader == nil else { return nil }
            return TalkTo(who: who, how: how, phone: phone, location: item.location)
        } ?? nil
    }

    private static func checkSafeToTalkTo(_ id: String, at reader: NodeReader, references: CaseReferences) -> Bool {
        guard references.check(id, at: reader, allowing: .anyoneOrRole) else { return false }
        guard references.isNotSafe(id) else { return true }
        let network = references.networkIDs
        reader.report(
            "the child is not safe with '\(id)' (not_safe: yes), so they cannot be someone the child talks to when worried",
            fix: network.isEmpty
                ? "choose a grown-up the child is safe with"
                : "choose a grown-up the child is safe with, e.g. someone from the safety network (\(Suggestion.list(network)))")
        return false
    }

    // MARK: Out of hours and signatures

    /// `out_of_hours: { who: the Emergency Duty Team, phone: 0113 496 0123 }`.
    private static func decodeOutOfHours(_ reader: NodeReader) -> OutOfHours? {
        reader.mapping(
            object: "out_of_hours",
            expected: "whom to ring out of hours, written as lines like 'who: the Emergency Duty Team' and 'phone: 0113 496 0123'",
            fix: "put 'who:' and 'phone:' on their own lines under 'out_of_hours:', indented"
        ) { map -> OutOfHours? in
            let who = map.required(
                "who", what: "who answers out of hours", example: "who: the Emergency Duty Team",
                fix: "add a line 'who: …' naming the service the family rings, e.g. 'who: the Emergency Duty Team'")?
                .text(what: "who answers out of hours", example: "'who: the Emergency Duty Team'")
            let phone = map.required(
                "phone", what: "the out-of-hours number", example: "phone: 0113 496 0123",
                fix: "add a line 'phone: …' with the number the family rings, e.g. 'phone: 0113 496 0123'")
                .flatMap(phoneNumber)
            guard let who, let phone else { return nil }
            return OutOfHours(who: who, phone: phone, location: reader.location)
        } ?? nil
    }

    /// Who signs the family's plan, in order: anyone in the case (a parent the child is not safe with may still
    /// agree the plan's rules, so they may be listed).
    private static func decodeSigners(_ reader: NodeReader, references: CaseReferences) -> [String] {
        references.ids(reader, allowing: .anyone, example: "signed_by: [mum, nana]").map(\.id)
    }

    // MARK: Phone numbers

    /// A phone number someone can ring, as written; see ``PhoneNumber``.
    static func phoneNumber(_ reader: NodeReader) -> String? {
        let allowed = "digits, spaces, brackets, dashes and a + at the start"
        if case .scalar(let scalar) = reader.node, !scalar.isExplicitText, PlainScalar(scalar.string) == .integer {
            // 07700900123 unquoted is a number to YAML 1.2 tools, which drop the leading 0.
            let digits = scalar.string
            reader.report(
                "expected a phone number written as text, found the number \(NodeShape.excerpt(digits))",
                fix: "put it in quotes, \"\(digits)\", or write it with spaces as you would say it, e.g. 07700 900123")
            return nil
        }
        guard let text = reader.text(what: "the phone number", example: "'phone: 07700 900123'") else { return nil }
        switch PhoneNumber.problem(with: text) {
        case nil:
            return text
        case .notFigures(let character):
            let found = character == "+" ? "a '+' that is not at the start" : character.isLetter ? "letters" : "'\(character)'"
            reader.report(
                "'\(NodeShape.excerpt(text))' is not a phone number: it has \(found) in it",
                fix: "write only the number, in figures, e.g. 'phone: 07700 900123' (\(allowed)); put words such as who to ask for in 'how:' or the rule")
        case .tooFewDigits(let count):
            reader.report(
                "'\(NodeShape.excerpt(text))' has \(count) digit\(count == 1 ? "" : "s"); a phone number needs at least \(PhoneNumber.digitRange.lowerBound), with its area code",
                fix: "write the whole number with its area code, e.g. '01632 960123' or '07700 900123' (short numbers such as 999, 101 and Childline's 0800 1111 are fine as they are)")
        case .tooManyDigits(let count):
            reader.report(
                "'\(NodeShape.excerpt(text))' has \(count) digits; a phone number has at most \(PhoneNumber.digitRange.upperBound)",
                fix: "check the number, and write only one number per 'phone:'")
        }
        return nil
    }
}
