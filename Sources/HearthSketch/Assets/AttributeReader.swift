import HearthGeometry

/// Reads an element's number attributes, with a message naming the attribute when one is wrong.
struct AttributeReader {
    var element: String
    var attributes: [String: String]

    func text(_ name: String) throws(AssetProblem) -> String {
        guard let value = attributes[name] else {
            throw AssetProblem("<\(element)> needs a \"\(name)\" attribute", fix: "add \(name)=\"…\"")
        }
        return value
    }

    func number(_ name: String, default fallback: Double) throws(AssetProblem) -> Double {
        guard attributes[name] != nil else { return fallback }
        return try number(name)
    }

    func number(_ name: String) throws(AssetProblem) -> Double {
        let value = try text(name)
        guard let numbers = SVGNumberScanner.numbers(in: value), numbers.count == 1 else {
            throw AssetProblem(
                "\(name)=\"\(value)\" is not a plain number",
                fix: "write a number in viewBox units, without px, % or other units, e.g. \(name)=\"10\"")
        }
        return numbers[0]
    }

    func positive(_ name: String) throws(AssetProblem) -> Double {
        let value = try number(name)
        guard value > 0 else {
            throw AssetProblem("\(name) must be more than 0 (it is \(value))", fix: "give \(name) a size above 0")
        }
        return value
    }

    func optionalNonNegative(_ name: String) throws(AssetProblem) -> Double? {
        guard attributes[name] != nil else { return nil }
        let value = try number(name)
        guard value >= 0 else {
            throw AssetProblem("\(name) must not be negative (it is \(value))", fix: "give \(name) 0 or more")
        }
        return value
    }

    func points(_ name: String) throws(AssetProblem) -> [Point] {
        let value = try text(name)
        guard let numbers = SVGNumberScanner.numbers(in: value) else {
            throw AssetProblem(
                "\(name)=\"\(value.prefix(40))\" is not a list of numbers", fix: "write points as \"x,y x,y …\"")
        }
        guard numbers.count % 2 == 0, numbers.count >= 4 else {
            throw AssetProblem(
                "\(name) needs at least two points, each an x and a y (it has \(numbers.count) numbers)",
                fix: "write points as \"x,y x,y …\" with an even count of numbers")
        }
        return stride(from: 0, to: numbers.count, by: 2).map { Point(numbers[$0], numbers[$0 + 1]) }
    }
}
