import Foundation

/// Timings of one thing done repeatedly, summarised as a median with its range.
struct Measurement {
    var name: String
    var samples: [Double]
    var unit: String
    var budget: String

    var median: Double {
        let s = samples.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    var line: String {
        let s = samples.sorted()
        func f(_ v: Double) -> String { String(format: v >= 100 ? "%.0f" : "%.2f", v) }
        let range = s.isEmpty ? "" : " (\(f(s[0]))–\(f(s[s.count - 1])))"
        return "\(name.padding(toLength: 46, withPad: " ", startingAt: 0)) \(f(median)) \(unit)\(range)   budget: \(budget)"
    }
}

/// Seconds of wall time for `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
