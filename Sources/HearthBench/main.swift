import Foundation
import Hearth
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch
import Synchronization

/// `make bench`: how fast Hearth is on this machine, beside the budgets in DESIGN.md §8. It reports and never fails.
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let binary = root.appendingPathComponent(".build/release/hearth")
let examples = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Examples").path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.sorted()
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bench-\(getpid())")
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

print("Hearth benchmark — \(ProcessInfo.processInfo.activeProcessorCount) cores, release build\n")

// `hearth-bench long-text` measures only the long-text cases (a shared machine need not run everything to see them).
if CommandLine.arguments.dropFirst().first == "long-text" {
    LongText.run(binary: binary, root: root, scratch: scratch)
    try? FileManager.default.removeItem(at: scratch)
    exit(0)
}

// Whole process, YAML to PDF, as a social worker runs it. The budget is for a 12-page booklet; each line says
// how many pages the example has. Page counts are found afterwards: a child's peak memory on Linux starts from its
// parent's at the fork, so this process stays small while it spawns.
var wholeProcess: [(example: String, samples: [Double], peak: Int)] = []
for example in examples {
    var samples: [Double] = []
    var peak = 0
    for _ in 0..<10 {
        let (elapsed, rss) = spawn(binary.path, ["render", "Examples/\(example)", "-o", scratch.path + "/"])
        samples.append(elapsed * 1000)
        peak = max(peak, rss)
    }
    wholeProcess.append((example, samples, peak))
}
// Pages per example, and whether it is a booklet: DESIGN's budgets are set for a 12-page booklet.
let pageCounts: [String: (pages: Int, booklet: Bool)] = {
    guard let bench = try? Workbench(resources: Resources(root: root)) else { return [:] }
    var out: [String: (pages: Int, booklet: Bool)] = [:]
    for example in examples {
        let url = root.appendingPathComponent("Examples/\(example)")
        if let parsed = try? bench.load(url), let docs = try? bench.documents(for: parsed, at: url) {
            out[example] = (docs.reduce(0) { $0 + $1.frames.pages.count }, parsed.output.documents.contains(.wordsAndPictures))
        }
    }
    return out
}()
for (example, samples, peak) in wholeProcess {
    let count = pageCounts[example]
    let pages = count.map { $0.pages == 1 ? ", 1 page" : ", \($0.pages) pages" } ?? ""
    let booklet = count?.booklet ?? true
    print(Measurement(
        name: "whole process: \(example.replacingOccurrences(of: ".yaml", with: ""))\(pages)", samples: samples, unit: "ms",
        budget: booklet ? "≤ 40 ms (12-page booklet)" : "— (a worksheet)").line)
    print("    peak memory: \(peak / 1024) MiB   budget: ≤ 40 MiB")
}

LongText.run(binary: binary, root: root, scratch: scratch)

// A batch as a service or a trainer runs it: 100 booklets of one case, each with a different child's name, in one
// process on every core (and on one, for comparison).
do {
    let url = root.appendingPathComponent("Examples/oakley-drinking.yaml")
    let parsed = try Workbench(resources: Resources(root: root)).load(url)
    let first = ["Amani", "Bartek", "Chloe", "Dawit", "Ewa", "Farah", "Gabriel", "Hana", "Idris", "Jade"]
    let second = ["", " Rose", " Ali", " May", " Jon", " Lee", " Ann", " Kai", " Sol", " Bea"]
    let variants: [CaseFile] = (0..<100).map { i in
        var c = parsed
        c.children[0].name = first[i % 10] + second[i / 10]
        c.children[0].called = nil
        return c
    }
    let pages = Mutex(0)
    for workers in [ProcessInfo.processInfo.activeProcessorCount, 1] {
        var rounds: [Double] = []
        for _ in 0..<3 {
            let t = seconds {
                let counts = Batch(resources: Resources(root: root), workers: workers).map(100, failed: { _ in 0 }) { bench, i in
                    guard let docs = try? bench.documents(for: variants[i], at: url) else { return 0 }
                    for d in docs { _ = try? bench.encode(d, as: .pdf) }
                    return docs.reduce(0) { $0 + $1.frames.pages.count }
                }
                pages.withLock { $0 = counts.reduce(0, +) }
            }
            rounds.append(100 / t)
        }
        let label = "warm batch, 100 names, \(workers) thread\(workers == 1 ? "" : "s")"
        print(Measurement(name: label, samples: rounds, unit: "booklets/s", budget: workers == 1 ? "—" : "≥ 200 booklets/s on all cores").line)
    }
    print("    each booklet: Oakley and Ruby's story, \(pages.withLock { $0 } / 100) pages")
} catch {
    print("batch measurement failed: \(error)")
}

// Warm, in one process: documents laid out and encoded back to back.
do {
    let bench = try Workbench(resources: Resources(root: root))
    // Where a booklet's time goes: reading, laying out, writing the PDF.
    let storyURL = root.appendingPathComponent("Examples/oakley-drinking.yaml")
    if let story = try? bench.load(storyURL) {
        var load: [Double] = [], layout: [Double] = [], encode: [Double] = []
        for _ in 0..<5 {
            load.append(try seconds { _ = try bench.load(storyURL) } * 1000)
            var docs: [Workbench.Document] = []
            layout.append(try seconds { docs = try bench.documents(for: story, at: storyURL) } * 1000)
            encode.append(try seconds { for d in docs { _ = try bench.encode(d, as: .pdf) } } * 1000)
        }
        print(Measurement(name: "  oakley: read and check the case", samples: load, unit: "ms", budget: "—").line)
        print(Measurement(name: "  oakley: compose and lay out", samples: layout, unit: "ms", budget: "—").line)
        print(Measurement(name: "  oakley: write the PDF", samples: encode, unit: "ms", budget: "—").line)
        // How much drawing the PDF carries: path operations in shapes, and how many text lines.
        if let doc = try bench.documents(for: story, at: storyURL).first {
            // A shared drawing counts once, as the PDF stores it once.
            var ops = 0, shapes = 0, lines = 0
            var symbols: Set<String> = []
            func walk(_ items: [FrameItem]) {
                for item in items {
                    switch item {
                    case .shape(let s): ops += s.path.ops.count; shapes += 1
                    case .text: lines += 1
                    case .image: break
                    case .group(_, let c), .clipped(_, let c): walk(c)
                    case .symbol(let s, _):
                        if symbols.insert(s.id).inserted { walk(s.items) }
                    }
                }
            }
            for page in doc.frames.pages { walk(page.items) }
            print("    oakley: \(doc.frames.pages.count) pages, \(shapes) shapes, \(ops) path operations, \(lines) text lines, \(symbols.count) shared drawings")
        }
    }
    let url = root.appendingPathComponent("Examples/mia.yaml")
    let parsed = try bench.load(url)

    let doc = try bench.documents(for: parsed, at: url)[0]
    var png: [Double] = []
    for _ in 0..<20 { png.append(try seconds { _ = try bench.encode(doc, as: .png, dpi: 96, firstPageOnly: true) } * 1000) }
    print(Measurement(name: "one page to PNG at 96 dpi (warm)", samples: png, unit: "ms", budget: "≤ 20 ms").line)

    var catalogue: [Double] = []
    for _ in 0..<5 {
        catalogue.append(try seconds {
            _ = try bench.encode(Workbench.Document(name: "pictures", frames: try bench.pictureCatalogue(paper: .a4Landscape)), as: .pdf)
        } * 1000)
    }
    print(Measurement(name: "picture catalogue to PDF (warm)", samples: catalogue, unit: "ms", budget: "fast (issue 3)").line)
} catch {
    print("in-process measurements failed: \(error)")
}

// Pictures on their own: every figure generated many times.
var figureTimes: [Double] = []
for age in AgeGroup.allCases {
    for feeling in Feeling.allCases {
        let looks = PersonLooks(age: age, hair: .curly, mobility: age == .child ? .wheelchair : nil)
        let t = seconds {
            for i in 0..<200 {
                _ = FigureArtist.draw(looks, feeling: feeling, feet: Point(0, 0), height: 200, seed: UInt32(i + 1))
            }
        }
        figureTimes.append(t / 200 * 1e6)
    }
}
print(Measurement(name: "one figure (every age × feeling)", samples: figureTimes, unit: "µs", budget: "< 1000 µs").line)
