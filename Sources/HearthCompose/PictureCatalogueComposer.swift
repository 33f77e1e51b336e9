import Foundation
import HearthLooks
import HearthModel

/// Chooses what the picture catalogue shows. Figures vary in skin, hair, build and dress from cell to cell, so
/// the sheet itself shows families of every kind.
public struct PictureCatalogueComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    /// A varied cast, cycled through so neighbouring cells never look alike.
    static let children: [PersonLooks] = [
        PersonLooks(age: .child, skin: .brown, hair: .afro, hairColour: .black, clothes: .yellow),
        PersonLooks(age: .child, skin: .light, hair: .ponytail, hairColour: .blonde, clothes: .green),
        PersonLooks(age: .child, skin: .dark, hair: .braids, hairColour: .black, clothes: .purple),
        PersonLooks(age: .child, skin: .olive, hair: .short, hairColour: .brown, clothes: .red, glasses: true),
        PersonLooks(age: .child, skin: .medium, hair: .curly, hairColour: .black, clothes: .teal, headCovering: .hijab),
        PersonLooks(age: .child, skin: .fair, hair: .bob, hairColour: .red, clothes: .orange),
    ]
    static let grownUps: [PersonLooks] = [
        PersonLooks(age: .adult, skin: .medium, hair: .long, hairColour: .black, clothes: .teal, headCovering: .hijab),
        PersonLooks(age: .adult, skin: .light, hair: .short, hairColour: .brown, build: .broad, clothes: .blue, beard: true),
        PersonLooks(age: .adult, skin: .deep, hair: .bun, hairColour: .black, clothes: .orange),
        PersonLooks(age: .adult, skin: .olive, hair: .short, hairColour: .black, clothes: .green, headCovering: .turban, beard: true),
        PersonLooks(age: .older, skin: .fair, hair: .short, hairColour: .white, clothes: .purple, glasses: true),
        PersonLooks(age: .adult, skin: .brown, hair: .curly, hairColour: .black, build: .slim, clothes: .red, hearingAid: true),
    ]

    public func catalogue(
        sceneSamples: [CatalogueCell] = [], actionSamples: [CatalogueCell] = [], assetNames: [String]
    ) throws(ComposeError) -> PictureCatalogue {
        var pages: [CataloguePage] = []
        func person(_ id: String, _ looks: PersonLooks, _ feeling: Feeling = .happy, crying: Bool = false) -> CataloguePicture {
            .person(ScenePerson(id: id, label: nil, looks: looks, feeling: feeling, crying: crying))
        }
        let feelings = Feeling.allCases
        var cells: [CatalogueCell] = []
        for (i, f) in feelings.enumerated() {
            cells.append(CatalogueCell(label: try strings.text("feeling.\(f.rawValue)"), picture: person("child-\(i)", Self.children[i % 6], f)))
        }
        cells.append(CatalogueCell(label: try strings.text("feeling.crying"), picture: person("child-cry", Self.children[3], .sad, crying: true)))
        pages.append(CataloguePage(title: try strings.text("pictures.feelings_children"), columns: 6, cells: cells))

        cells = []
        for (i, f) in feelings.enumerated() {
            cells.append(CatalogueCell(label: try strings.text("feeling.\(f.rawValue)"), picture: person("adult-\(i)", Self.grownUps[i % 6], f)))
        }
        cells.append(CatalogueCell(label: try strings.text("feeling.crying"), picture: person("adult-cry", Self.grownUps[2], .sad, crying: true)))
        pages.append(CataloguePage(title: try strings.text("pictures.feelings_grownups"), columns: 6, cells: cells))

        cells = []
        let ageSkins: [SkinTone] = [.fair, .brown, .olive, .dark, .light, .deep]
        for (i, age) in AgeGroup.allCases.enumerated() {
            var looks = PersonLooks(age: age, skin: ageSkins[i], hair: [.short, .curly, .ponytail, .afro, .bob, .short][i],
                                    hairColour: age == .older ? .grey : .brown, clothes: ClothesColour.allCases[i])
            if age == .baby { looks.hair = .bald }
            cells.append(CatalogueCell(label: try strings.text("age.\(age.rawValue)"), picture: person("age-\(age.rawValue)", looks)))
        }
        for (i, skin) in SkinTone.allCases.enumerated() {
            let looks = PersonLooks(age: .adult, skin: skin, hair: [.short, .long, .curly, .bun, .afro, .braids, .bald][i],
                                    hairColour: .black, clothes: ClothesColour.allCases[(i + 3) % 10])
            cells.append(CatalogueCell(label: try strings.text("skin.\(skin.rawValue)"), picture: person("skin-\(skin.rawValue)", looks, .calm)))
        }
        pages.append(CataloguePage(title: try strings.text("pictures.ages_skin"), columns: 7, cells: cells))

        cells = []
        let hairSkins = SkinTone.allCases
        for (i, hair) in HairStyle.allCases.enumerated() {
            let looks = PersonLooks(age: i % 3 == 0 ? .child : .adult, skin: hairSkins[i % 7], hair: hair,
                                    hairColour: [.brown, .black, .blonde, .red][i % 4], clothes: ClothesColour.allCases[i % 10])
            cells.append(CatalogueCell(label: try strings.text("hair.\(hair.rawValue)"), picture: person("hair-\(hair.rawValue)", looks)))
        }
        cells.append(CatalogueCell(label: try strings.text("hair.blue"), picture: person("hair-blue", PersonLooks(age: .teenager, skin: .fair, hair: .spiky, hairColour: .blue, clothes: .grey))))
        cells.append(CatalogueCell(label: try strings.text("hair.pink"), picture: person("hair-pink", PersonLooks(age: .teenager, skin: .brown, hair: .bob, hairColour: .pink, clothes: .teal))))
        pages.append(CataloguePage(title: try strings.text("pictures.hair"), columns: 6, cells: cells))

        cells = []
        for (i, c) in HeadCovering.allCases.enumerated() {
            let looks = PersonLooks(age: i == 3 ? .child : .adult, skin: [.medium, .brown, .fair, .dark][i], hair: .short,
                                    hairColour: .black, clothes: [.teal, .blue, .grey, .red][i], headCovering: c, beard: c == .turban)
            cells.append(CatalogueCell(label: try strings.text("covering.\(c.rawValue)"), picture: person("covering-\(c.rawValue)", looks)))
        }
        cells.append(CatalogueCell(label: try strings.text("aid.glasses"), picture: person("glasses", PersonLooks(age: .child, skin: .olive, hair: .curly, clothes: .orange, glasses: true))))
        cells.append(CatalogueCell(label: try strings.text("aid.beard"), picture: person("beard", PersonLooks(age: .adult, skin: .deep, hair: .short, hairColour: .black, clothes: .green, beard: true))))
        cells.append(CatalogueCell(label: try strings.text("aid.hearing"), picture: person("hearing", PersonLooks(age: .child, skin: .light, hair: .short, hairColour: .red, clothes: .blue, hearingAid: true))))
        cells.append(CatalogueCell(label: try strings.text("aid.wheelchair"), picture: person("wheelchair", PersonLooks(age: .child, skin: .dark, hair: .braids, hairColour: .black, clothes: .pink, mobility: .wheelchair))))
        cells.append(CatalogueCell(label: try strings.text("aid.crutches"), picture: person("crutches", PersonLooks(age: .adult, skin: .fair, hair: .long, hairColour: .blonde, clothes: .purple, mobility: .crutches))))
        for (i, worn) in Wearable.allCases.enumerated() {
            var looks = Self.children[(i + 1) % 6]
            looks.headCovering = nil
            looks.wears = [worn]
            cells.append(CatalogueCell(label: try strings.text("wears.\(worn.rawValue)"), picture: person("wears-\(worn.rawValue)", looks, worn == .pyjamas ? .tired : .brave)))
        }
        pages.append(CataloguePage(title: try strings.text("pictures.coverings_aids"), columns: 5, cells: cells))

        cells = []
        let roleLooks: [PersonLooks] = Role.allCases.enumerated().map { i, role in
            // Seven roles, six grown-ups: the foster carer gets a look of their own, so no two roles share a face.
            var l = role == .fosterCarer
                ? PersonLooks(age: .adult, skin: .fair, hair: .curly, hairColour: .red, build: .broad, clothes: .teal)
                : Self.grownUps[(i + 2) % 6]
            l.role = role
            if role == .police || role == .judge { l.headCovering = nil }
            return l
        }
        for (i, role) in Role.allCases.enumerated() {
            cells.append(CatalogueCell(label: try strings.text("role.\(role.rawValue)"), picture: person("role-\(role.rawValue)", roleLooks[i], .calm)))
        }
        pages.append(CataloguePage(title: try strings.text("pictures.roles"), columns: 4, cells: cells))

        let names = assetNames.sorted()
        let perPage = 24
        for start in stride(from: 0, to: names.count, by: perPage) {
            let chunk = names[start..<min(start + perPage, names.count)]
            pages.append(CataloguePage(
                title: try strings.text("pictures.places_things"), columns: 8,
                cells: chunk.map { CatalogueCell(label: $0.replacingOccurrences(of: "-", with: " "), picture: .asset($0)) }))
        }
        for start in stride(from: 0, to: actionSamples.count, by: 8) {
            pages.append(CataloguePage(
                title: try strings.text("pictures.actions"), columns: 4,
                cells: Array(actionSamples[start..<min(start + 8, actionSamples.count)])))
        }
        for start in stride(from: 0, to: sceneSamples.count, by: 4) {
            pages.append(CataloguePage(
                title: try strings.text("pictures.scenes"), columns: 2,
                cells: Array(sceneSamples[start..<min(start + 4, sceneSamples.count)])))
        }
        return PictureCatalogue(
            title: try strings.text("pictures.title"), subject: try strings.text("pictures.subject"), pages: pages)
    }
}
