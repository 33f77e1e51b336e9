import HearthGeometry
import HearthLooks

/// What a person wears, in colours: the top in their clothes colour, trousers to go with it, and a role's
/// uniform where the role has one (a police officer's navy under a hi-vis vest, a judge's robe, a doctor's white
/// coat, a nurse's blue scrubs with short sleeves).
struct Outfit: Hashable, Sendable {
    var top: Color
    var trousers: Color
    var sleeves: Color
    var shortSleeves = false
    /// A judge's robe reaches below the knees; a doctor's coat hangs open over the top.
    var robe = false
    var coat = false
    /// Pyjamas: top and trousers alike in a pale version of the clothes colour, with stripes in a deeper one.
    var stripes: Color? = nil

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
            top = PeoplePalette.scrubs
            trousers = top
            sleeves = top
            shortSleeves = true
        default: break
        }
        if looks.wears.contains(.pyjamas) && !robe {
            let colour = PeoplePalette.clothes(looks.clothes)
            top = colour.tint(0.5)
            trousers = top
            sleeves = top
            shortSleeves = false
            coat = false
            stripes = colour.shade(0.15)
        }
        let skin = PeoplePalette.skin(looks.skin)
        top = Self.apart(top, from: skin)
        sleeves = Self.apart(sleeves, from: skin)
    }

    /// Clothes too close to the skin beside them (brown on brown skin) are moved a little away from it in
    /// lightness, so hands and necks never melt into sleeves and tops.
    static func apart(_ clothes: Color, from skin: Color) -> Color {
        guard clothes.distance(to: skin) < 22 else { return clothes }
        // On dark skin, lighter (darker still would lose the clothes in black and white).
        let lighter = clothes.lab.l >= skin.lab.l || skin.lab.l < 50
        var moved = clothes
        for _ in 0..<16 where moved.distance(to: skin) < 22 {
            moved = lighter ? moved.tint(0.06) : moved.shade(0.06)
        }
        return moved
    }
}
