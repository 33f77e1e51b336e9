import Foundation
#if HEARTH_LIBFUZZER
import CHearthFuzz
#endif

/// `hearth-fuzz`: Hearth's fuzz target. Built by `make fuzz` with libFuzzer's coverage instrumentation, it hands its
/// command line to libFuzzer (a corpus folder, `-max_total_time=`…), which feeds it mutated case files. Built
/// ordinarily, it replays the files it is given (a corpus, or an input libFuzzer saved from a crash) and prints
/// what became of each, so a finding can be reproduced without the fuzzing build.
@main
enum HearthFuzz {
    nonisolated(unsafe) static var pipeline: FuzzPipeline?

    static func main() {
        pipeline = FuzzPipeline()
        #if HEARTH_LIBFUZZER
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            _ = HearthFuzz.pipeline?.run(bytes)
            return 0
        })
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    /// Runs every file named (folders: every file inside) once, printing each outcome.
    static func replay(_ paths: [String]) {
        guard !paths.isEmpty else {
            print("usage: hearth-fuzz FILE-OR-FOLDER…  (replays inputs; `make fuzz` builds the libFuzzer target)")
            exit(64)
        }
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let inside = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += inside.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let outcome = pipeline!.run(Array(data))
            print("\(file): \(outcome)")
        }
    }
}
