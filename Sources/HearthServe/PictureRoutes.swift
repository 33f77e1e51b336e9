import HTTPTypes
import Hearth
import Hummingbird
import HummingbirdCore
import NIOCore
import Synchronization

/// `GET /api/pictures`: the vocabulary for the form's drop-downs, read from the assets once.
struct PictureRoutes {
    let queue: RenderQueue
    let cache: VocabularyCache

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/pictures") { _, _ -> Response in
            if let known = cache.value.withLock({ $0 }) { return JSONBody.response(known) }
            let vocabulary = try await queue.run { bench throws(APIError) in
                do throws(HearthError) { return PictureVocabulary(assets: try bench.pictures(), fixedWords: try bench.fixedWords()) } catch {
                    throw APIError(.internalServerError, APIProblem.problems(in: error))
                }
            }
            cache.value.withLock { $0 = vocabulary }
            return JSONBody.response(vocabulary)
        }
    }
}

/// The vocabulary once read.
final class VocabularyCache: Sendable {
    let value = Mutex<PictureVocabulary?>(nil)
}
