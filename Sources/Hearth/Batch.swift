import Dispatch
import Foundation
import HearthModel
import Synchronization

/// Many case files rendered at once on every core: a trainer's folder of examples, or a service's queue.
///
/// Fonts, Pango and Cairo objects belong to one thread, so each worker makes its own `Workbench` and keeps it for
/// every case it takes; cases are handed out one at a time, so a long booklet does not hold up the rest.
public struct Batch: Sendable {
    /// One case file and how to render it.
    public struct Job: Sendable {
        public var caseFile: URL
        public var paper: Paper?
        public var format: OutputFormat
        public var dpi: Double
        public var firstPageOnly: Bool
        /// Render a draft: professional wording stands in, on pages stamped DRAFT, where no child wording is agreed.
        public var draft: Bool

        public init(
            caseFile: URL, paper: Paper? = nil, format: OutputFormat = .pdf, dpi: Double = 96, firstPageOnly: Bool = false,
            draft: Bool = false
        ) {
            self.caseFile = caseFile
            self.paper = paper
            self.format = format
            self.dpi = dpi
            self.firstPageOnly = firstPageOnly
            self.draft = draft
        }
    }

    /// What became of a job: its files and the files it read (which output must never overwrite), or why not.
    public enum Outcome: Sendable {
        case rendered(files: [OutputFile], inputs: [URL])
        case failed(HearthError)
    }

    public var resources: Resources
    /// Worker threads; at least one.
    public var workers: Int

    public init(resources: Resources, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.resources = resources
        self.workers = max(1, workers)
    }

    /// Every job's outcome, in the order of `jobs`. Nothing is written: the caller decides what to do with failures.
    public func run(_ jobs: [Job]) -> [Outcome] {
        map(jobs.count, failed: { .failed($0) }) { bench, i in Self.outcome(jobs[i], on: bench) }
    }

    /// Runs tasks 0..<count on the workers, each with its worker's workbench, and returns their results in task
    /// order. `failed` stands in for tasks that had no workbench because the fonts could not be loaded.
    public func map<T: Sendable>(
        _ count: Int, failed: @Sendable (HearthError) -> T, _ task: @Sendable (Workbench, Int) -> T
    ) -> [T] {
        let next = Atomic<Int>(0)
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        let resources = self.resources
        let alongsideOthers = min(workers, count) > 1
        DispatchQueue.concurrentPerform(iterations: min(workers, max(count, 1))) { _ in
            // Workbenches may be made at once: FontLibrary makes its fontconfig configuration current under a lock.
            let bench = Result { () throws(HearthError) in try Workbench(resources: resources, alongsideOthers: alongsideOthers) }
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < count else { break }
                let result: T
                switch bench {
                case .success(let bench): result = task(bench, i)
                case .failure(let error): result = failed(error)
                }
                results.withLock { $0[i] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// One job start to finish on one workbench.
    public static func outcome(_ job: Job, on bench: Workbench) -> Outcome {
        do {
            let parsed = try bench.load(job.caseFile)
            var files: [OutputFile] = []
            for document in try bench.documents(for: parsed, at: job.caseFile, paper: job.paper, draft: job.draft) {
                files += try bench.encode(document, as: job.format, dpi: job.dpi, firstPageOnly: job.firstPageOnly)
            }
            return .rendered(files: files, inputs: bench.inputs(of: parsed, at: job.caseFile))
        } catch {
            return .failed(error)
        }
    }
}
