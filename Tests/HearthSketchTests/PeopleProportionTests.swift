import HearthGeometry
import HearthLooks
import HearthSketch
import Testing

/// Ages differ in height and in how big the head is for the body, not just in scale.
struct PeopleProportionTests {
    static func standing(_ age: AgeGroup) -> Double {
        FigureArtist.size(of: PersonLooks(age: age, hair: .bald), action: .standing, height: 100).height
    }

    @Test func childrenAreShorterThanAdultsAndBabiesShortest() {
        let h = Dictionary(uniqueKeysWithValues: AgeGroup.allCases.map { ($0, Self.standing($0)) })
        let order: [AgeGroup] = [.baby, .toddler, .child, .teenager, .adult]
        for (a, b) in zip(order, order.dropFirst()) {
            #expect((h[a] ?? 0) < (h[b] ?? 0), "\(a) shorter than \(b)")
        }
        #expect((h[.older] ?? 0) < (h[.adult] ?? 0), "older people stoop a little")
        #expect((h[.older] ?? 0) > (h[.teenager] ?? 0) * 0.95)
        #expect((h[.adult] ?? 0) > 96 && (h[.adult] ?? 0) < 104, "an adult is about `height` tall")
        #expect((h[.baby] ?? 0) < 42)
    }

    /// Head height (chin to crown, from the face box of a bald, bare-headed person) over standing height.
    static func headRatio(_ age: AgeGroup) -> Double {
        let looks = PersonLooks(age: age, hair: .bald)
        let f = FigureArtist.draw(looks, feeling: .calm, feet: Point(0, 0), height: 200, seed: 5)
        let head = f.face.height / 1.025 // the face box runs from the crown to just below the chin
        return head / FigureArtist.size(of: looks, action: .standing, height: 200).height
    }

    @Test func youngerPeopleHaveBiggerHeadsForTheirSize() {
        let r = Dictionary(uniqueKeysWithValues: AgeGroup.allCases.map { ($0, Self.headRatio($0)) })
        func within(_ age: AgeGroup, _ range: ClosedRange<Double>) {
            #expect(range.contains(r[age] ?? 0), "\(age): head is \(r[age] ?? 0) of the height")
        }
        within(.baby, 0.36...0.45) // a baby sits, head about 1 : 2.5
        within(.toddler, 0.26...0.3) // 1 : 3.5
        within(.child, 0.21...0.25) // 1 : 4.3
        within(.teenager, 0.18...0.2) // 1 : 5.2
        within(.adult, 0.16...0.185) // 1 : 5.6, a picture-book adult
        within(.older, 0.16...0.185)
        let order: [AgeGroup] = [.baby, .toddler, .child, .teenager, .adult]
        for (a, b) in zip(order, order.dropFirst()) {
            #expect((r[a] ?? 0) > (r[b] ?? 0), "\(a) has a bigger head for its height than \(b)")
        }
    }

    @Test func buildChangesWidthNotHeight() {
        func size(_ build: Build) -> Size {
            FigureArtist.size(of: PersonLooks(build: build), action: .standing, height: 100)
        }
        #expect(size(.slim).width < size(.average).width && size(.average).width < size(.broad).width)
        #expect(size(.slim).height == size(.broad).height)
        let slim = PeopleCast.draw(PersonLooks(build: .slim), .sad).bounds.width
        let broad = PeopleCast.draw(PersonLooks(build: .broad), .sad).bounds.width
        #expect(broad > slim * 1.2)
    }

    /// `build` changes the body for every age, not only grown-ups: at the same height a broad figure's shoulders
    /// and body are wider than an average one's, which are wider than a slim one's; the height stays the same.
    @Test(arguments: [AgeGroup.toddler, .child, .teenager, .adult, .older])
    func buildChangesTheBodyAtEveryAge(age: AgeGroup) {
        func figure(_ build: Build) -> Figure {
            PeopleCast.draw(PersonLooks(age: age, hair: .bald, build: build), .calm, height: 150)
        }
        let slim = figure(.slim), average = figure(.average), broad = figure(.broad)
        // Calm hands rest in front, so the ink's width is the body's own.
        #expect(slim.bounds.width < average.bounds.width - 1, "\(age): slim \(slim.bounds.width), average \(average.bounds.width)")
        #expect(average.bounds.width < broad.bounds.width - 1, "\(age): average \(average.bounds.width), broad \(broad.bounds.width)")
        #expect(abs(slim.bounds.height - broad.bounds.height) < 1, "the pen's wobble only")
        let sizes = Build.allCases.map { FigureArtist.size(of: PersonLooks(age: age, build: $0), action: .standing, height: 100) }
        #expect(sizes[0].width < sizes[1].width && sizes[1].width < sizes[2].width)
    }

    /// Proportions follow the scene notes' model sheet: the head is about a third of a toddler's height (drawn at
    /// 1 : 3.5), a quarter of a school-age child's (1 : 4.3) and a fifth of a grown-up's (1 : 5.6), so age reads
    /// from the proportions alone.
    @Test func headsAreAboutAThirdAQuarterAndAFifth() {
        #expect(abs(Self.headRatio(.toddler) - 1.0 / 3) < 0.07)
        #expect(abs(Self.headRatio(.child) - 1.0 / 4) < 0.03)
        #expect(abs(Self.headRatio(.adult) - 1.0 / 5) < 0.03)
    }

    @Test func aWheelchairUserSitsLowerButIsNoSmaller() {
        for age in [AgeGroup.child, .adult] {
            let walking = FigureArtist.size(of: PersonLooks(age: age), action: .standing, height: 100)
            let seated = FigureArtist.size(of: PersonLooks(age: age, mobility: .wheelchair), action: .standing, height: 100)
            #expect(seated.height < walking.height * (age == .adult ? 0.86 : 0.92))
            #expect(seated.width > walking.width * 0.8)
        }
    }
}
