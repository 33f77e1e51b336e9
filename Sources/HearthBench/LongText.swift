import Foundation
import Hearth

/// DESIGN.md §8's "work grows near-linearly with the text": a Three Houses interview with 500 worries (the most a list
/// may hold) rendered whole-process, and one worry of 2,000 characters (the longest a text may be) laid out warm.
/// Both cases are written here, the same every run, so the figures compare across commits.
enum LongText {
    static let words = [
        "when", "Mummy", "and", "Daddy", "shout", "I", "hide", "under", "my", "bed", "with", "Biscuit", "and", "wait",
        "for", "it", "to", "stop", "because", "the", "noise", "makes", "my", "tummy", "hurt",
    ]

    /// About `characters` characters of the child's words, cut at a word, starting `offset` words in.
    static func sentence(characters: Int, offset: Int) -> String {
        var out = ""
        var i = offset
        while true {
            let word = words[i % words.count]
            if out.count + word.count + 1 > characters { break }
            out += out.isEmpty ? word.capitalized : " " + word
            i += 1
        }
        return out + "."
    }

    static func interview(worries: [String]) -> String {
        """
        hearth: 1
        children:
          - id: mia
            name: Mia Thompson
            called: Mia
            age: 7
        three_houses:
          - child: mia
            date: 2026-03-12
            recorded_by: Sam Okafor (social worker)
            worries:
        \(worries.map { "      - \"\($0)\"" }.joined(separator: "\n"))
            good_things:
              - Biscuit my dog. He licks my face.
            dreams:
              - I want to be a vet when I grow up.
        output:
          documents: [three-houses]

        """
    }

    static func run(binary: URL, root: URL, scratch: URL) {
        let many = scratch.appendingPathComponent("five-hundred-worries.yaml")
        let long = scratch.appendingPathComponent("one-long-worry.yaml")
        do {
            try interview(worries: (0..<500).map { sentence(characters: 30 + $0 % 40, offset: $0) })
                .write(to: many, atomically: true, encoding: .utf8)
            try interview(worries: [sentence(characters: 2_000, offset: 0)]).write(to: long, atomically: true, encoding: .utf8)
        } catch {
            print("long-text cases could not be written: \(error)")
            return
        }
        var samples: [Double] = []
        var peak = 0
        for _ in 0..<5 {
            let (elapsed, rss) = spawn(binary.path, ["render", many.path, "-o", scratch.path + "/"])
            samples.append(elapsed * 1000)
            peak = max(peak, rss)
        }
        print(Measurement(name: "whole process: 500 worries", samples: samples, unit: "ms", budget: "< 1000 ms").line)
        print("    peak memory: \(peak / 1024) MiB")
        do {
            // Cold: the first layout in a fresh workbench, shaping the worry for the first time.
            var cold: [Double] = []
            for _ in 0..<5 {
                let fresh = try Workbench(resources: Resources(root: root))
                let parsed = try fresh.load(long)
                cold.append(try seconds { _ = try fresh.documents(for: parsed, at: long) } * 1000)
            }
            print(Measurement(name: "one 2,000-character worry laid out (cold)", samples: cold, unit: "ms", budget: "< 50 ms").line)
            let bench = try Workbench(resources: Resources(root: root))
            let parsed = try bench.load(long)
            _ = try bench.documents(for: parsed, at: long)
            var fit: [Double] = []
            for _ in 0..<10 { fit.append(try seconds { _ = try bench.documents(for: parsed, at: long) } * 1000) }
            print(Measurement(name: "one 2,000-character worry laid out (warm)", samples: fit, unit: "ms", budget: "< 50 ms").line)
        } catch {
            print("long-text layout failed: \(error)")
        }
    }
}
