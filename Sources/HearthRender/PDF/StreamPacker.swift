import CHearthDeflate
import Dispatch
import Synchronization

/// A stream's bytes as stored in the file.
struct PDFStreamData: Sendable {
    var bytes: [UInt8]
    var compressed: Bool
}

/// Which stream a `StreamPacker` is compressing.
struct PDFStreamTicket: Hashable, Sendable {
    let index: Int
}

/// Compresses stream data in zlib format at libdeflate's fastest level.
///
/// A lone render has a second core with nothing to do, so the packer compresses there while the pages are still
/// being painted; in a batch every core already renders a booklet, and it compresses in place. Either way one
/// compressor does every stream in turn (it is large, and a fresh one per stream would cost a page fault per
/// kilobyte of it).
final class StreamPacker: Sendable {
    private let background: DispatchQueue?
    private let group = DispatchGroup()
    private let results = Mutex<[PDFStreamTicket: PDFStreamData]>([:])
    private let issued = Atomic<Int>(0)
    private let compressor = Mutex(Compressor())

    init(inBackground: Bool) {
        background = inBackground ? DispatchQueue(label: "hearth.pdf.deflate", qos: .userInitiated) : nil
    }

    func pack(_ data: [UInt8]) -> PDFStreamTicket {
        let ticket = PDFStreamTicket(index: issued.wrappingAdd(1, ordering: .relaxed).oldValue)
        guard let background else {
            let packed = compressor.withLock { $0.compress(data) }
            results.withLock { $0[ticket] = packed }
            return ticket
        }
        background.async(group: group) { [self] in
            let packed = compressor.withLock { $0.compress(data) }
            results.withLock { $0[ticket] = packed }
        }
        return ticket
    }

    /// Every stream packed so far, once the last is done.
    func finish() -> [PDFStreamTicket: PDFStreamData] {
        group.wait()
        return results.withLock { $0 }
    }
}

/// One libdeflate compressor, freed with its owner.
private struct Compressor: ~Copyable {
    let handle: UnsafeMutableRawPointer?

    init() {
        handle = hearth_deflate_create()
    }

    deinit {
        hearth_deflate_destroy(handle)
    }

    /// The data compressed, or as it is when compressing would not make it smaller.
    func compress(_ data: [UInt8]) -> PDFStreamData {
        guard !data.isEmpty, let handle else { return PDFStreamData(bytes: data, compressed: false) }
        var packed = [UInt8](repeating: 0, count: hearth_deflate_bound(handle, data.count))
        let written = data.withUnsafeBufferPointer { src in
            packed.withUnsafeMutableBufferPointer { dst in
                hearth_deflate(handle, src.baseAddress, src.count, dst.baseAddress, dst.count)
            }
        }
        guard written > 0, written < data.count else { return PDFStreamData(bytes: data, compressed: false) }
        packed.removeSubrange(written...)
        return PDFStreamData(bytes: packed, compressed: true)
    }
}
