import HearthCompose

extension Workbench {
    /// The plain-words list `hearth check` reads, from the assets beside the fonts; a mistake in it is a
    /// ``HearthError`` naming the file and line, reported like any other.
    public func plainWords() throws(HearthError) -> PlainWords {
        do { return try PlainWords.load(from: resources.assets) } catch { throw .compose(error) }
    }
}
