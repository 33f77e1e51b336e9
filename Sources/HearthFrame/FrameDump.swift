import HearthGeometry

/// A stable text form of a frame (coordinates rounded) so tests can assert layout by reading it.
extension Frame {
    public func dump(decimals: Int = 1) -> String {
        var out = "frame \(fmt(size.width, decimals))x\(fmt(size.height, decimals))"
        if let bookmark { out += " bookmark=\(bookmark)" }
        out += "\n"
        for item in items { dumpItem(item, indent: 1, decimals: decimals, into: &out) }
        return out
    }

    private func dumpItem(_ item: FrameItem, indent: Int, decimals: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch item {
        case .shape(let s):
            let b = s.path.bounds
            out += pad + "shape ops=\(s.path.ops.count)"
            if let b { out += " bounds=" + fmtRect(b, decimals) }
            if let f = s.fill { out += " fill=\(f.hexString)" }
            if let st = s.stroke { out += " stroke=\(st.color.hexString)/\(fmt(st.width, decimals))" }
            out += "\n"
        case .text(let t):
            out += pad + "text \(t.direction.rawValue) \(fmt(t.style.size, decimals))pt"
            out += t.style.weight == .bold ? " bold" : ""
            out += " at=" + fmtRect(t.bounds, decimals) + " \"\(t.text)\"\n"
        case .image(let i):
            out += pad + "image \(i.label) \(i.bitmap.width)x\(i.bitmap.height) at=" + fmtRect(i.rect, decimals) + "\n"
        case .group(let tag, let children):
            out += pad + "group \(tag)\n"
            for c in children { dumpItem(c, indent: indent + 1, decimals: decimals, into: &out) }
        case .clipped(let path, let children):
            out += pad + "clip" + (path.bounds.map { " to=" + fmtRect($0, decimals) } ?? "") + "\n"
            for c in children { dumpItem(c, indent: indent + 1, decimals: decimals, into: &out) }
        case .symbol(let symbol, let placement):
            // Shown placed on the page, so a dump reads the same whether or not a drawing is shared.
            out += pad + "symbol \(symbol.id) scale=\(fmt(placement.scale, 3))\n"
            for c in symbol.items { dumpItem(c.placed(by: placement), indent: indent + 1, decimals: decimals, into: &out) }
        }
    }
}

func fmt(_ v: Double, _ decimals: Int) -> String {
    var p = 1.0
    for _ in 0..<decimals { p *= 10 }
    let r = (v * p).rounded() / p
    let s = r == 0 ? 0 : r
    var str = "\(s)"
    if str.hasSuffix(".0") && decimals == 0 { str.removeLast(2) }
    return str
}

func fmtRect(_ r: Rect, _ d: Int) -> String {
    "[\(fmt(r.x, d)) \(fmt(r.y, d)) \(fmt(r.width, d)) \(fmt(r.height, d))]"
}
