import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// The lines to sign at the end of the family's plan, two people to a row.
extension FamilyPlanLayout {
    /// The least height of a row of lines to sign.
    var signatureRow: Double { 62 * u }
    /// The line to sign on: most of half the page (the rest is the date).
    var signatureWidth: Double { (width - 24 * u) / 2 * 0.7 }
    /// How far down a row its lines are.
    var signatureRise: Double { 30 * u }

    /// A signer's name, fitted under their line.
    func signatureLabel(_ name: String) throws(LayoutError) -> FittedText {
        try column([name], origin: nil, x: 0, width: signatureWidth, size: small, color: Palette.softInk)
    }

    /// The height of each row of lines to sign, two people to a row: taller where a long name wraps.
    func signatureHeights(_ names: [String]) throws(LayoutError) -> [Double] {
        var out: [Double] = []
        for start in stride(from: 0, to: names.count, by: 2) {
            var under = small * 1.2
            for name in names[start..<min(start + 2, names.count)] { under = max(under, try signatureLabel(name).bottom ?? 0) }
            out.append(max(signatureRow, signatureRise + 5 * u + under + 10 * u))
        }
        return out
    }

    /// Lines to sign, two people to a row, each with their name under a long line and "Date" under a short one; a
    /// name too long for its line wraps under it. A row never splits across pages.
    func signatures(_ names: [String], dateLabel: String, pen: inout RoughPen, into flow: inout PageFlow) throws(LayoutError) {
        let gutter = 24 * u
        let cell = (width - gutter) / 2
        let signWidth = signatureWidth
        let rise = signatureRise
        var rows: [FrameItem] = []
        let heights = try signatureHeights(names)
        for (row, start) in stride(from: 0, to: names.count, by: 2).enumerated() {
            let pair = Array(names[start..<min(start + 2, names.count)])
            let labels = try pair.map { name throws(LayoutError) in try signatureLabel(name) }
            let height = heights[row]
            if height > flow.room && !flow.atTop {
                if !rows.isEmpty { flow.add([.group(.list, rows)]) }
                rows = []
                flow.newPage()
            }
            let lineY = flow.y + rise
            for (column, (name, label)) in zip(pair, labels).enumerated() {
                let x = margin + Double(column) * (cell + gutter)
                let signEnd = x + signWidth
                let dateStart = signEnd + 12 * u
                var items = pen.line(from: Point(x, lineY), to: Point(signEnd, lineY)).frameItems
                items += pen.line(from: Point(dateStart, lineY), to: Point(x + cell, lineY)).frameItems
                if !name.isEmpty { items += label.lines.map { FrameItem.text($0).offset(by: Point(x, lineY + 5 * u)) } }
                if !dateLabel.isEmpty {
                    items.append(.text(line(dateLabel, x: dateStart, y: lineY + 5 * u, size: small, color: Palette.softInk)))
                }
                rows.append(.group(.listItem, items))
            }
            flow.y += height
        }
        if !rows.isEmpty { flow.add([.group(.list, rows)]) }
    }
}
