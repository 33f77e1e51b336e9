import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// The safety network on the family's plan, as cards two to a row.
extension FamilyPlanLayout {
    /// The network two members to a row, each as a card: their name in bold, who they are, their number, then
    /// their job. A row never splits across pages.
    func place(_ members: [PlanMember], into flow: inout PageFlow) throws(LayoutError) {
        var listed: [FrameItem] = []
        for row in try memberRows(members) {
            if row.height > flow.room && !flow.atTop {
                if !listed.isEmpty { flow.add([.group(.list, listed)]) }
                listed = []
                flow.newPage()
            }
            listed += row.cards.map { $0.offset(by: Point(0, flow.y)) }
            flow.y += row.height
        }
        if !listed.isEmpty { flow.add([.group(.list, listed)]) }
        flow.y += 4 * u
    }

    /// The members' cards in rows of two, each row with its top at y = 0 and its height (the space under it
    /// included).
    func memberRows(_ members: [PlanMember]) throws(LayoutError) -> [(cards: [FrameItem], height: Double)] {
        let gutter = 22 * u
        let cell = (width - gutter) / 2
        var rows: [(cards: [FrameItem], height: Double)] = []
        for start in stride(from: 0, to: members.count, by: 2) {
            var cards: [FrameItem] = []
            var height = 0.0
            for (column, member) in members[start..<min(start + 2, members.count)].enumerated() {
                let (items, h) = try memberCard(member, x: margin + Double(column) * (cell + gutter), width: cell)
                cards.append(.group(.listItem, items))
                height = max(height, h)
            }
            rows.append((cards, height + 14 * u))
        }
        return rows
    }

    /// One member's card at the left edge `x`, its top at y = 0, and its height.
    func memberCard(_ member: PlanMember, x: Double, width: Double) throws(LayoutError) -> (items: [FrameItem], height: Double) {
        var items: [FrameItem] = []
        var y = 0.0
        let name = try column([member.name], origin: nil, x: x, width: width, size: body, weight: .bold)
        items += name.lines.map { .text($0) }
        y = (name.bottom ?? 0) + 1 * u
        for detail in [member.about, member.phone].compactMap({ $0 }) {
            let fitted = try column([detail], origin: nil, x: x, width: width, size: body)
            items += fitted.lines.map { FrameItem.text($0).offset(by: Point(0, y)) }
            y += (fitted.bottom ?? 0)
        }
        if let job = member.job {
            y += 3 * u
            let fitted = try column([job.text], origin: job.origin, x: x, width: width, size: small)
            items += fitted.lines.map { FrameItem.text($0).offset(by: Point(0, y)) }
            y += (fitted.bottom ?? 0)
        }
        return (items, y)
    }

}
