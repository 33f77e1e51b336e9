import Foundation

/// A short reason a file could not be opened, without Foundation's long error domains and codes.
enum FileReadFailure {
    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "there is no such file"
            case NSFileReadNoPermissionError: return "permission to read it was refused"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
