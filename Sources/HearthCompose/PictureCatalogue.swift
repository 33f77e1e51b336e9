import HearthModel

/// The picture vocabulary laid out for review: every feeling, age, look, aid and role, every place and thing,
/// and sample scenes, each labelled. The team's review sheet and a trainers' handout.
public struct PictureCatalogue: Hashable, Sendable {
    public var title: String
    public var subject: String
    public var pages: [CataloguePage]

    public init(title: String, subject: String, pages: [CataloguePage]) {
        self.title = title
        self.subject = subject
        self.pages = pages
    }
}

/// One page of the catalogue: a heading and a grid of labelled pictures.
public struct CataloguePage: Hashable, Sendable {
    public var title: String
    public var columns: Int
    public var cells: [CatalogueCell]

    public init(title: String, columns: Int, cells: [CatalogueCell]) {
        self.title = title
        self.columns = columns
        self.cells = cells
    }
}

public struct CatalogueCell: Hashable, Sendable {
    public var label: String
    public var picture: CataloguePicture

    public init(label: String, picture: CataloguePicture) {
        self.label = label
        self.picture = picture
    }
}

public enum CataloguePicture: Hashable, Sendable {
    case person(ScenePerson)
    case asset(String)
    case scene(SceneContent)
}
