import HearthLooks
import HearthModel
import HearthSketch

/// The words the form's drop-downs offer, from the same lists the case file is checked against: feelings,
/// actions, every look a person can have, the catalogue's places and things with their display names, the
/// languages Hearth has words for (each in its own name) and its fixed words in English (for `output.strings`).
struct PictureVocabulary: Codable, Sendable, Equatable {
    struct Picture: Codable, Sendable, Equatable {
        var name: String
        var title: String
    }

    var feelings: [String]
    var actions: [String]
    /// By the key a case file writes under `looks:` (`hair_colour`…).
    var looks: [String: [String]]
    var roles: [String]
    var places: [Picture]
    var things: [Picture]
    /// The languages, by code, titled in their own name and in English ("polski (Polish)").
    var languages: [Picture]
    /// Hearth's fixed words, which a case may change under `output.strings`: each name with its English words.
    var fixedWords: [Picture]

    init(assets: [String: AssetPicture], fixedWords: [String: String]) {
        feelings = Feeling.allCases.map(\.rawValue)
        actions = Action.allCases.map(\.rawValue)
        looks = [
            "age": AgeGroup.allCases.map(\.rawValue), "skin": SkinTone.allCases.map(\.rawValue),
            "hair": HairStyle.allCases.map(\.rawValue), "hair_colour": HairColour.allCases.map(\.rawValue),
            "build": Build.allCases.map(\.rawValue), "clothes": ClothesColour.allCases.map(\.rawValue),
            "head_covering": HeadCovering.allCases.map(\.rawValue), "mobility": MobilityAid.allCases.map(\.rawValue),
        ]
        roles = Role.allCases.map(\.rawValue)
        let sorted = assets.values.sorted { $0.name < $1.name }
        places = sorted.filter { $0.kind == .setting }.map { Picture(name: $0.name, title: $0.title ?? $0.name) }
        things = sorted.filter { $0.kind == .thing }.map { Picture(name: $0.name, title: $0.title ?? $0.name) }
        languages = Languages.supported.map {
            Picture(name: $0.code, title: $0.ownName == $0.englishName ? $0.ownName : "\($0.ownName) (\($0.englishName))")
        }
        self.fixedWords = fixedWords.keys.sorted().map { Picture(name: $0, title: fixedWords[$0] ?? $0) }
    }
}
