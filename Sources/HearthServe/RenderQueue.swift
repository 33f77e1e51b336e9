import Dispatch
import Foundation
import Hearth
import HTTPTypes
import Synchronization

/// Renders on a fixed set of threads, one per core by default, each with its own ``Workbench`` (fonts, Pango and
/// Cairo belong to one thread). A burst of requests waits its turn instead of laying out twenty booklets at once
/// and exhausting memory; past `maxWaiting` waiting jobs, more are refused at once as busy.
public final class RenderQueue: Sendable {
    /// Work for one thread: given the thread's workbench, or the reason it could not be made.
    typealias Job = @Sendable (Result<Workbench, BenchFailure>) -> Void

    struct State {
        var jobs: [Job] = []
        /// Accepted and not yet finished: waiting or running.
        var pending = 0
    }

    /// What the threads and the callers share: the jobs, and a count of them to wait on.
    final class Board: Sendable {
        let state = Mutex(State())
        let ready = DispatchSemaphore(value: 0)
    }

    public let workers: Int
    public let maxWaiting: Int
    private let board = Board()

    public init(resources: Resources, workers: Int = ProcessInfo.processInfo.activeProcessorCount, maxWaiting: Int = 64) {
        self.workers = max(1, workers)
        self.maxWaiting = maxWaiting
        for i in 0..<self.workers {
            let thread = Thread { [board, alone = self.workers == 1] in
                // The workbench is made on first use, on this thread, and stays here.
                var bench: Result<Workbench, BenchFailure>?
                while true {
                    board.ready.wait()
                    guard let job = board.state.withLock({ $0.jobs.isEmpty ? nil : $0.jobs.removeFirst() }) else { continue }
                    if bench == nil {
                        do throws(HearthError) { bench = .success(try Workbench(resources: resources, alongsideOthers: !alone)) } catch {
                            bench = .failure(BenchFailure(problems: APIProblem.problems(in: error)))
                        }
                    }
                    job(bench!)
                    board.state.withLock { $0.pending -= 1 }
                }
            }
            thread.name = "hearth-render-\(i + 1)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Jobs waiting or running now.
    public var load: Int { board.state.withLock { $0.pending } }

    /// Runs `work` on one of the render threads when one is free, and returns what it made.
    public func run<Output: Sendable>(_ work: @escaping @Sendable (Workbench) throws(APIError) -> Output) async throws(APIError) -> Output {
        let result: Result<Output, APIError> = await withCheckedContinuation { continuation in
            let job: Job = { bench in
                switch bench {
                case .failure(let failure): continuation.resume(returning: .failure(APIError(.internalServerError, failure.problems)))
                case .success(let workbench):
                    do throws(APIError) { continuation.resume(returning: .success(try work(workbench))) } catch {
                        continuation.resume(returning: .failure(error))
                    }
                }
            }
            let accepted = board.state.withLock { s -> Bool in
                guard s.jobs.count < maxWaiting else { return false }
                s.jobs.append(job)
                s.pending += 1
                return true
            }
            if accepted {
                board.ready.signal()
            } else {
                continuation.resume(returning: .failure(APIError(
                    .serviceUnavailable, message: "the editor is busy with other pages", fix: "try again in a moment")))
            }
        }
        return try result.get()
    }
}

/// Why a render thread has no workbench (its fonts could not be loaded), as the problems to answer with.
struct BenchFailure: Error, Sendable {
    let problems: [APIProblem]
}
