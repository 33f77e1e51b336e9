import HearthGeometry

/// A shared drawing's identity, computed from everything it draws.
///
/// A `Symbol` is written once per PDF and kept between documents of a batch by its id, so two drawings with one
/// id must be the same drawing. Ids built by hand from a drawing's parameters go wrong the day a parameter is added
/// and forgotten (a person in pyjamas on one page would reuse their day clothes' drawing); an id hashed from the
/// items themselves cannot: any change a reader could see changes it, and equal drawings share it.
public enum ContentID {
    /// `kind` followed by the stable hash of the items, e.g. `person 3f9a…`; the same in every process.
    public static func of(_ items: [FrameItem], kind: String) -> String {
        var hash = StableHash()
        for item in items { hash.add(item) }
        return kind + " " + String(hash.value, radix: 16)
    }
}

extension StableHash {
    mutating func add(_ item: FrameItem) {
        switch item {
        case .shape(let shape):
            combine(byte: 1)
            add(shape.path)
            add(shape.fill)
            if let stroke = shape.stroke {
                combine(byte: 1)
                add(stroke.width)
                add(stroke.color)
                add(Double(stroke.dash.count))
                for d in stroke.dash { add(d) }
            } else {
                combine(byte: 0)
            }
        case .text(let line):
            combine(byte: 2)
            add(line.text)
            add(line.origin)
            add(line.width)
            add(line.height)
            add(line.style.size)
            add(line.style.weight.rawValue)
            add(line.style.language ?? "")
            add(line.color)
            add(line.direction.rawValue)
        case .image(let image):
            combine(byte: 3)
            add(Double(image.bitmap.width))
            add(Double(image.bitmap.height))
            for byte in image.bitmap.rgba { combine(byte: byte) }
            add(image.rect.minX)
            add(image.rect.minY)
            add(image.rect.width)
            add(image.rect.height)
        case .group(let tag, let items):
            combine(byte: 4)
            add(String(describing: tag))
            add(Double(items.count))
            for item in items { add(item) }
        case .clipped(let path, let items):
            combine(byte: 5)
            add(path)
            add(Double(items.count))
            for item in items { add(item) }
        case .symbol(let symbol, let placement):
            combine(byte: 6)
            add(symbol.id)
            add(placement.offset)
            add(placement.scale)
        }
    }

    mutating func add(_ path: Path) {
        add(Double(path.ops.count))
        for op in path.ops {
            switch op {
            case .move(let p): combine(byte: 1); add(p)
            case .line(let p): combine(byte: 2); add(p)
            case .curve(let a, let b, let c): combine(byte: 3); add(a); add(b); add(c)
            case .close: combine(byte: 4)
            }
        }
    }

    mutating func add(_ color: Color?) {
        guard let color else { return combine(byte: 0) }
        combine(byte: 1)
        add(color.red); add(color.green); add(color.blue); add(color.alpha)
    }

    mutating func add(_ p: Point) {
        add(p.x)
        add(p.y)
    }

    mutating func add(_ x: Double) {
        var bits = x.bitPattern
        for _ in 0..<8 {
            combine(byte: UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func add(_ string: String) {
        combine(string)
        combine(byte: Self.partSeparator)
    }
}
