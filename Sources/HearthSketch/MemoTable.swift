import Synchronization

/// Answers of a pure, costly function, remembered for the whole process and shared between threads.
///
/// Drawing a person or measuring the room every pose could need costs the same on every page and in every booklet
/// of a batch; the answer depends only on the arguments, so it is worked out once. The table forgets everything
/// when it holds `limit` answers, which bounds its memory whatever a long-running process renders.
public final class MemoTable<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let answers = Mutex<[Key: Value]>([:])
    private let limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    /// The remembered answer for `key`, or `make()`'s, remembered. `make` runs without the lock held, so it may
    /// use other tables; two threads asking at once may both compute the same (equal) answer.
    public func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = answers.withLock({ $0[key] }) { return known }
        let value = make()
        answers.withLock { table in
            if table.count >= limit { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }
}
