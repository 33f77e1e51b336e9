import HearthGeometry
import HearthModel

/// What a person wears, in colours: the top in their clothes colour, trousers to go with it, and a role's
/// uniform where the role has one (a police officer's navy, a judge's robe, a doctor's white coat, a nurse's
/// scrubs with short sleeves).
struct Outfit: Hashable, Sendable {
    var top: Color
    var trousers: Color
    var sleeves: Color
    var shortSleeves = false
    /// A judge's robe reaches below the knees; a doctor's coat hangs open over the top.
    var robe = false
    var coat = false

    init(_ looks: PersonLooks) {
        top = PeoplePalette.clothes(looks.clothes)
        trousers = PeoplePalette.trousers(with: looks.clothes)
        sleeves = top
        switch looks.role {
        case .police:
            top = PeoplePalette.police
            trousers = Color(hex: 0x2A2F40)
            sleeves = top
        case .judge:
            top = PeoplePalette.robe
            sleeves = top
            robe = true
        case .doctor:
            sleeves = PeoplePalette.coat
            coat = true
        case .nurse:
            trousers = top
            shortSleeves = true
        default: break
        }
    }
}
