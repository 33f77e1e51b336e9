import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

extension SceneLayout {
    /// A scene in its setting: the room (or street, or park) fills the slot from edge to edge, drawn at the
    /// document's scale with its floor line `SceneScale.floorLine` down the slot; people stand on the floor in
    /// the middle layer, someone lying down lies on the bed, cot or sofa, and things that belong on a table stand
    /// on it. The furniture in use keeps its side of the picture and the standing people share the rest.
    func placeInSetting(_ scene: SceneContent, setting: AssetPicture, in slot: Rect, figureHeight: Double?)
        throws(LayoutError) -> PlacedScene
    {
        try Self.checkAnchors(scene, setting: setting)
        // The document's scale, unless the slot is too short for it (then the floor would be under the heads).
        let height = min(figureHeight ?? SceneScale.adultHeight(for: slot), (slot.height * SceneScale.tallestShare).rounded())
        // A vehicle longer than the street has room for beside its people runs off the picture's edge, its front in
        // view, so the people keep their size: as much of it as leaves them the document's scale.
        if vehicleShown == 1, !Self.plan(scene, setting: setting).onRoad.isEmpty {
            for share in Self.vehicleShares {
                var layout = self
                layout.vehicleShown = share
                if let placed = try? layout.placeInSetting(scene, setting: setting, in: slot, height: height),
                    placed.figureHeight >= height - 0.5
                {
                    return placed
                }
            }
            var layout = self
            layout.vehicleShown = Self.vehicleShares.last ?? 1
            return try layout.placeInSetting(scene, setting: setting, in: slot, figureHeight: figureHeight)
        }
        let full: PlacedScene
        do {
            full = try placeInSetting(scene, setting: setting, in: slot, height: height)
        } catch {
            // The furniture in use (a bed and a cot side by side) can leave the standing row no floor at the
            // document's scale: this page is drawn smaller, room and all, until the row has room.
            guard usedSpan(Self.plan(scene, setting: setting), setting: setting, height: height) != nil else { throw error }
            var smaller: PlacedScene? = nil
            var h = height
            while smaller == nil, h > height * 0.5 {
                h = (h * 0.85).rounded(.down)
                smaller = try? placeInSetting(scene, setting: setting, in: slot, height: h)
            }
            guard let smaller else { throw error }
            full = smaller
        }
        guard full.figureHeight < height - 0.5 else { return full }
        // A crowd too wide for the free floor is drawn smaller on this page only (never larger than the
        // document's scale), and the room with it, so furniture stays real-sized beside the people.
        let plan = Self.plan(scene, setting: setting)
        guard usedSpan(plan, setting: setting, height: height) != nil else {
            // The row has the whole floor: the height it shrank to is the height that fits.
            return try placeInSetting(scene, setting: setting, in: slot, height: full.figureHeight.rounded(.down))
        }
        // Beside furniture in use, the free floor grows as the room shrinks, so the largest height whose row fits
        // is found by halving.
        var lo = full.figureHeight.rounded(.down), hi = height
        var best = try placeInSetting(scene, setting: setting, in: slot, height: lo)
        for _ in 0..<5 where hi - lo > 2 {
            let mid = ((lo + hi) / 2).rounded(.down)
            // A height at which the row has no room at all is too large, as one at which it shrinks.
            if let placed = try? placeInSetting(scene, setting: setting, in: slot, height: mid), placed.figureHeight >= mid - 0.5 {
                lo = mid
                best = placed
            } else {
                hi = mid
            }
        }
        return best
    }

    /// What goes where in the setting before anything is drawn.
    struct SettingPlan {
        /// Someone lying on a bed, cot or sofa anchor: who (their index in the scene) and which anchor.
        struct Rest: Hashable {
            var person: Int
            var anchor: String
        }

        /// Everyone lying down on the room's furniture, in scene order, each on an anchor of their own.
        var resting: [Rest]
        /// Things standing on the table anchor.
        var onTable: [String]
        /// Vehicles standing on the road anchor (an ambulance or a police car at the kerb), in order from the
        /// kerb's far end.
        var onRoad: [String] = []
        /// Everyone in the scene, in order.
        var people: [ScenePerson]
        /// The scene as the standing row sees it: without the people lying down and the things the room holds.
        var row: SceneContent
    }

    static func plan(_ scene: SceneContent, setting: AssetPicture) -> SettingPlan {
        // Whoever lies down lies on the sofa when the scene names it, else in a cot or on a bed the room has;
        // each on one of their own (a bed and a cot, `bed` and `bed-2`). A lying person who speaks, or for whom
        // the room has nothing left to lie on, stays in the row, where their bubble can find them.
        let sofaFirst = scene.things.contains("sofa") ? ["sofa", "cot", "bed"] : ["cot", "bed", "sofa"]
        var resting: [SettingPlan.Rest] = []
        var taken: Set<String> = []
        for (i, person) in scene.people.enumerated() where person.action == .lyingInBed {
            guard !scene.bubbles.contains(where: { $0.speaker == i }) else { continue }
            // The bed, cot or sofa the words name; a baby's cot is the room's bed when it has no cot. A baby or
            // toddler takes a cot before a bed; anyone else a bed before a cot.
            let small = [AgeGroup.baby, .toddler].contains(person.looks.age)
            let named = person.anchor.map { $0 == "cot" ? ["cot", "bed"] : [$0] } ?? []
            let order = named + (small ? sofaFirst : sofaFirst.filter { $0 != "cot" } + ["cot"])
            let names = order.flatMap { word in
                [word] + setting.anchors.map(\.name).filter { $0.hasPrefix(word + "-") }.sorted()
            }
            if let free = names.first(where: { setting.anchor($0) != nil && !taken.contains($0) }) {
                resting.append(.init(person: i, anchor: free))
                taken.insert(free)
            }
        }
        let held = holders(of: scene.things, in: scene)
        let hasTable = setting.anchor("table") != nil
        let onTable = hasTable ? scene.things.filter { SettingChoice.onTable.contains($0) && held[$0] == nil } : []
        let onRoad = setting.anchor("road") != nil ? scene.things.filter { SettingChoice.vehicles.contains($0) } : []
        var row = scene
        row.place = nil
        // Furniture the room already has is its own (a sofa in the living room); a bed or cot that someone lies
        // on is the anchor's.
        row.things = scene.things.filter { name in
            setting.anchor(name) == nil && !onTable.contains(name) && !onRoad.contains(name)
                && !(!resting.isEmpty && ["bed", "cot", "sofa"].contains(name))
        }
        for rest in resting.reversed() {
            row.people.remove(at: rest.person)
            row.bubbles = row.bubbles.map { b in
                var b = b
                if b.speaker > rest.person { b.speaker -= 1 }
                return b
            }
        }
        return SettingPlan(resting: resting, onTable: onTable, onRoad: onRoad, people: scene.people, row: row)
    }

    /// The scene in its setting with grown-ups `height` tall (or smaller, when the row needs it).
    func placeInSetting(_ scene: SceneContent, setting: AssetPicture, in slot: Rect, height: Double)
        throws(LayoutError) -> PlacedScene
    {
        let plan = Self.plan(scene, setting: setting)
        let scale = height / AssetSetting.unitsPerAdult
        let floorY = (slot.minY + slot.height * SceneScale.floorLine).rounded()
        let floorAnchor = setting.anchor("floor")?.rect.minY ?? setting.viewBox.maxY
        // The part of the furniture in use (the bed or sofa under someone lying down, the end of the table where
        // things stand) is kept in the picture, at the edge on its side of the room; the rest of the room may run
        // past the picture's edge. Without furniture in use, the room's middle is the picture's middle.
        let used = usedSpan(plan, setting: setting, height: height)
        let margin = height * 0.05
        var x0 = slot.midX - setting.viewBox.midX * scale
        if let used {
            // Vehicles stand at the picture's left edge, their fronts towards the people; their backs may run off it.
            x0 = used.midX < setting.viewBox.midX || !plan.onRoad.isEmpty
                ? slot.minX + margin - used.minX * scale : slot.maxX - margin - used.maxX * scale
        }
        x0 = x0.rounded()
        let y0 = floorY - floorAnchor * scale
        func onPage(_ r: Rect) -> Rect {
            Rect(x: x0 + r.minX * scale, y: y0 + r.minY * scale, width: r.width * scale, height: r.height * scale)
        }
        let reserved = used
        // The standing row uses the floor beside the furniture in use.
        var rowSlot = slot
        if let r = reserved.map(onPage) {
            let gap = height * 0.04
            let left = max(0, r.minX - gap - slot.minX), right = max(0, slot.maxX - r.maxX - gap)
            rowSlot = right >= left
                ? Rect(x: r.maxX + gap, y: slot.minY, width: right, height: slot.height)
                : Rect(x: slot.minX, y: slot.minY, width: left, height: slot.height)
        }
        // Beside a decision's card, the row keeps to its own part of the picture.
        if let limit = rowLimit {
            let x0 = max(rowSlot.minX, limit.minX), x1 = min(rowSlot.maxX, limit.maxX)
            rowSlot = Rect(x: x0, y: rowSlot.minY, width: max(0, x1 - x0), height: rowSlot.height)
        }
        var row = PlacedScene()
        var rowLayout = self
        rowLayout.rowLimit = nil
        rowLayout.seatHeights = Self.seatHeights(in: setting)
        // Whoever reads to or comforts someone lying in bed turns to the bed.
        if let bed = reserved.map(onPage) {
            for rest in plan.resting {
                rowLayout.outside[scene.people[rest.person].id] = bed.midX < rowSlot.midX ? .left : .right
            }
        }
        // Whoever sits on the place the room will be moved under them has their seat; others get a chair.
        let rowAnchor = used == nil ? try Self.rowAnchor(plan.row, setting: setting) : nil
        rowLayout.seated = Set(plan.row.people.filter { p in
            rowAnchor != nil && p.anchor.flatMap { Self.resolve($0, in: setting) } == rowAnchor?.name
        }.map(\.id))
        if !plan.row.people.isEmpty || !plan.row.things.isEmpty {
            row = try rowLayout.placeInOneRow(plan.row, in: rowSlot, figureHeight: height, ground: floorY, bubbleSlot: rowLimit ?? slot)
            // A crowd too wide for one row at the document's scale stands in depth: grown-ups behind, children in front.
            if row.figureHeight < height - 0.5, let rows = Self.depthRows(of: plan.row),
                let deep = try rowLayout.placeInDepth(
                    plan.row, rows: rows, in: rowSlot, height: height, ground: floorY, bubbleSlot: rowLimit ?? slot, oneRow: row)
            {
                row = deep
            }
        }
        // The room moves so the seat or cupboard the words name is under whoever is put there.
        if let anchor = rowAnchor, row.figures.count == plan.row.people.count {
            let users = plan.row.people.indices.filter { plan.row.people[$0].anchor.flatMap { Self.resolve($0, in: setting) } == anchor.name }
            let x = users.map { row.figures[$0].midX }.reduce(0, +) / Double(max(users.count, 1))
            x0 = (x - anchor.rect.midX * scale).rounded()
        }
        let drawnHeight = plan.row.people.isEmpty ? height : min(row.figureHeight, height)
        if measuresOnly {
            var measured = PlacedScene()
            measured.figureHeight = drawnHeight
            return measured
        }

        var placed = PlacedScene()
        placed.setting = setting.name
        placed.backdrop = slot
        placed.figureHeight = drawnHeight
        for anchor in setting.anchors { placed.anchors[anchor.name] = onPage(anchor.rect) }
        placed.items.append(settingItem(setting, in: slot, floorY: floorY, origin: Point(x0, y0), scale: scale))
        // Vehicles on the road, in front of the pavement: their wheels on the road, beside the people.
        if let road = setting.anchor("road")?.rect, let span = roadSpan(plan, road: road) {
            var x = span.minX
            for name in plan.onRoad {
                guard let picture = assets[name] else { throw .unknownPicture(name: name, known: assets.keys.sorted()) }
                let h = picture.size.heightInAdults * AssetSetting.unitsPerAdult
                let w = h * picture.viewBox.width / max(picture.viewBox.height, 1)
                let box = onPage(Rect(x: x, y: road.minY + road.height * Self.wheelsOnRoad - h, width: w, height: h))
                // Cut at the picture's edge when only its front is in view.
                placed.items.append(.clipped(Path.rect(slot), [
                    PictureSymbol.item(picture, name: name, in: box, seed: StableHash.seed("thing", name), strokeWidth: vehiclePen(box)),
                ]))
                let left = max(box.minX, slot.minX), right = min(box.maxX, slot.maxX)
                let bottom = min(box.maxY, slot.maxY)
                placed.pictures.append(Rect(x: left, y: box.minY, width: max(0, right - left), height: max(0, bottom - box.minY)))
                x += w + Self.vehicleGap
            }
        }
        placed.items += labelBackings(row.labels)
        // Everyone lying down, each on their anchor: head at its left end (the pillow), body along it.
        placed.figures = row.figures; placed.faces = row.faces; placed.mouths = row.mouths
        placed.facings = row.facings; placed.hands = row.hands
        var lyingLabels: [Rect] = []
        for rest in plan.resting {
            guard let anchor = placed.anchors[rest.anchor] else { continue }
            let i = rest.person
            let person = scene.people[i]
            let k = Self.lyingScale(on: rest.anchor)
            let feet = Point(anchor.minX + Self.pillowToFeet * scale * k, anchor.minY + Self.mattressToFeet * scale * k)
            let figure = FigureSymbol(
                person, feet: feet, height: height * k, facing: .front, seed: StableHash.seed("person", person.id))
            var lyingOnly = PlacedScene()
            lyingOnly.add(figure, name: person.label ?? person.id)
            placed.items += lyingOnly.items
            try lyingLabel(person, under: anchor, floorY: floorY, height: height, into: &lyingOnly)
            placed.items += lyingOnly.labels.isEmpty ? [] : labelBackings(lyingOnly.labels)
            placed.items += lyingOnly.items.dropFirst()
            // Keep people in scene order: the lying person's face and box at their own index.
            placed.figures.insert(lyingOnly.figures[0], at: min(i, placed.figures.count))
            placed.faces.insert(lyingOnly.faces[0], at: min(i, placed.faces.count))
            placed.mouths.insert(lyingOnly.mouths[0], at: min(i, placed.mouths.count))
            placed.facings.insert(.front, at: min(i, placed.facings.count))
            placed.hands.insert([], at: min(i, placed.hands.count))
            lyingLabels += lyingOnly.labels
        }
        placed.labels = lyingLabels
        placed.held = row.held
        placed.backRow = row.backRow.map { i in scene.people.firstIndex { $0.id == plan.row.people[i].id } ?? i }
        placed.items += row.items
        placed.labels += row.labels
        placed.bubbles = row.bubbles
        placed.pictures = row.pictures + placed.pictures
        // Things on the table, side by side on its top.
        if let table = placed.anchors["table"], !plan.onTable.isEmpty {
            let size = height * Self.heldSize * 1.2
            let step = min(size * 1.15, table.width / Double(plan.onTable.count))
            var x = table.midX - step * Double(plan.onTable.count) / 2
            for name in plan.onTable {
                guard let picture = assets[name] else { throw .unknownPicture(name: name, known: assets.keys.sorted()) }
                let fitted = Rect(x: x, y: table.minY - size, width: step, height: size).aspectFit(picture.viewBox.size)
                let box = Rect(x: fitted.x, y: table.minY - fitted.height + height * 0.01, width: fitted.width, height: fitted.height)
                placed.items.append(PictureSymbol.item(picture, name: name, in: box, seed: StableHash.seed("thing", name), strokeWidth: 2 * unit))
                placed.pictures.append(box)
                x += step
            }
        }
        return placed
    }

    /// Where a vehicle's wheels stand on the road, as a share of the road's depth from the kerb, and the gap
    /// between two vehicles, in setting units.
    static let wheelsOnRoad = 0.6
    static let vehicleGap = 12.0

    /// The stretch of road the scene's vehicles stand on, in setting units: at the road's left end, facing right
    /// (the people keep the pavement ahead of them, on the right), as long as the vehicles are at their real size.
    func roadSpan(_ plan: SettingPlan, road: Rect) -> Rect? {
        guard !plan.onRoad.isEmpty else { return nil }
        let widths = plan.onRoad.compactMap { assets[$0] }.map { picture in
            picture.size.heightInAdults * AssetSetting.unitsPerAdult * picture.viewBox.width / max(picture.viewBox.height, 1)
        }
        let total = widths.reduce(0, +) + Self.vehicleGap * Double(max(widths.count - 1, 0))
        return Rect(x: road.minX + Self.vehicleGap, y: road.minY, width: total, height: road.height)
    }

    /// The part of the vehicles that stays in the picture: their front end, ``vehicleShown`` of their length.
    func roadShown(_ plan: SettingPlan, road: Rect) -> Rect? {
        guard let span = roadSpan(plan, road: road) else { return nil }
        let shown = span.width * vehicleShown
        return Rect(x: span.maxX - shown, y: span.minY, width: shown, height: span.height)
    }

    /// How much of a vehicle's length may stay in the picture, tried in order until its people keep their size.
    static let vehicleShares = [1.0, 0.8, 0.62, 0.48, 0.38]

    /// The pen of a vehicle as long as a room: about the room's own line, not the pen of a small thing grown large
    /// (pictures scale their pen with their size), so an ambulance does not outweigh the people beside it.
    func vehiclePen(_ box: Rect) -> Double {
        min(2 * unit, 100 * Self.vehicleLine * unit / max(box.width, box.height, 1))
    }

    /// A vehicle's line on the page, in design units.
    static let vehicleLine = 2.2

    /// How tall things on a table are drawn, in grown-up heights.
    static let tableThingSize = 0.2

    /// The part of the setting, in its own units, that the scene uses apart from the floor: the length of the
    /// bed or sofa that someone lies along, or the end of the table that things stand on.
    func usedSpan(_ plan: SettingPlan, setting: AssetPicture, height: Double) -> Rect? {
        let units = AssetSetting.unitsPerAdult / height
        if !plan.resting.isEmpty {
            var span: Rect? = nil
            for rest in plan.resting {
                guard let anchor = setting.anchor(rest.anchor) else { continue }
                let k = Self.lyingScale(on: rest.anchor)
                let body = FigureArtist.size(of: plan.people[rest.person].looks, action: .lyingInBed, height: height * k)
                let feet = anchor.rect.minX + Self.pillowToFeet * k
                let half = body.width / 2 * units
                // The headboard stands just beyond the pillow end: keep it in the picture too.
                let left = min(anchor.rect.minX - Self.headboard, feet - half), right = max(anchor.rect.maxX, feet + half)
                let one = Rect(x: left, y: anchor.rect.minY, width: right - left, height: anchor.rect.height)
                span = span.map { $0.union(one) } ?? one
            }
            if let span { return span }
        }
        if let road = setting.anchor("road")?.rect, let span = roadShown(plan, road: road) {
            return span
        }
        if let table = setting.anchor("table")?.rect, !plan.onTable.isEmpty {
            let width = min(table.width, Double(plan.onTable.count) * Self.tableThingSize * 1.15 * AssetSetting.unitsPerAdult + 8)
            let atRight = table.midX >= setting.viewBox.midX
            return Rect(x: atRight ? table.maxX - width : table.minX, y: table.minY, width: width, height: table.height)
        }
        return nil
    }

    /// From the left end of a bed anchor to the `feet` point a lying figure is drawn at, and from the mattress
    /// down to it, in setting units for a figure drawn at the document's height (see `LyingArt`: the bed picture's
    /// pillow starts 31 of its units left of the middle, one of its units being 0.941 setting units).
    static let pillowToFeet = 29.2
    static let mattressToFeet = 2.1
    /// How far a bed's headboard stands beyond its anchor's pillow end, in setting units.
    static let headboard = 10.0

    /// `LyingArt` draws someone lying down at about 0.57 of their standing size, to fit the bed picture; settings
    /// draw their beds 1.3 times as long as that picture (a real bed is longer than a grown-up is tall) and
    /// their sofas longer still, so the figure is drawn that much larger, nearer the size the person stands.
    static func lyingScale(on anchor: String) -> Double {
        anchor == "sofa" ? 1.35 : 1.3
    }

    /// Pale wash over a setting, so the people in front of it stay the brightest things in the picture.
    static let settingWash = Color(red: 1, green: 0.992, blue: 0.965, alpha: 0.32)

    /// The setting clipped to the slot: its backdrop and ground colours carry on past the drawing's edges, then
    /// the drawing itself (one shared drawing for every page at the document's scale), then a pale wash.
    func settingItem(_ setting: AssetPicture, in slot: Rect, floorY: Double, origin: Point, scale: Double) -> FrameItem {
        let info = setting.setting ?? AssetSetting(backdrop: AssetPalette.colour(named: "wall")!, ground: AssetPalette.colour(named: "cloud")!)
        let wall = Rect(x: slot.minX, y: slot.minY, width: slot.width, height: floorY - slot.minY)
        let ground = Rect(x: slot.minX, y: floorY, width: slot.width, height: slot.maxY - floorY)
        let pen = 1.7 * unit
        let seed = StableHash.seed("setting", setting.name)
        let key = "setting \(setting.name) seed=\(seed) scale=\(scale) pen=\(pen)"
        let (drawing, id) = Self.settingDrawings.value(for: key) {
            let items = setting.draw(scale: scale, offset: Point(0, 0), pen: pen, seed: seed).frameItems
            return (items, ContentID.of(items, kind: "setting \(setting.name)"))
        }
        return .clipped(Path.rect(slot), [
            .shape(Shape(path: Path.rect(wall), fill: info.backdrop.fill)),
            .shape(Shape(path: Path.rect(ground), fill: info.ground.fill)),
            .symbol(Symbol(id: id, items: drawing), Placement(offset: origin, scale: 1)),
            .shape(Shape(path: Path.rect(slot), fill: Self.settingWash)),
        ] + floorLine(from: slot.minX, to: slot.maxX, at: floorY, pen: pen, seed: seed))
    }

    /// The line where the wall meets the floor (or the sky the ground), wall to wall across the picture.
    func floorLine(from x0: Double, to x1: Double, at y: Double, pen: Double, seed: UInt32) -> [FrameItem] {
        var style = PenStyle.standard
        style.strokeWidth = pen
        style.ink = AssetPalette.colour(named: "metal")!.pen
        var rough = RoughPen(style: style, seed: seed)
        return rough.line(from: Point(x0 - pen, y), to: Point(x1 + pen, y)).frameItems
    }

    /// Settings already drawn, by scale: a booklet draws its home on many pages at one scale.
    static let settingDrawings = MemoTable<String, ([FrameItem], String)>(limit: 256)

    static let labelBacking = Color(red: 1, green: 0.992, blue: 0.965, alpha: 0.85)

    /// A light backing behind each name, so it reads over a patterned floor.
    func labelBackings(_ labels: [Rect]) -> [FrameItem] {
        labels.map { r in
            let box = r.inset(by: -2 * unit)
            return .shape(Shape(path: Path.rect(box), fill: Self.labelBacking))
        }
    }

    /// The name of someone lying down, under their bed, shrunk to the bed's width if it must be.
    func lyingLabel(_ person: ScenePerson, under anchor: Rect, floorY: Double, height: Double, into placed: inout PlacedScene)
        throws(LayoutError)
    {
        guard let name = person.label else { return }
        var size = min(max(height * 0.11, 9 * unit), 16 * unit)
        var style = TextStyle(size: size, weight: .bold)
        while measurer.width(of: name, style: style) > anchor.width * 1.3, size > 7 * unit {
            size -= 0.5 * unit
            style = TextStyle(size: size, weight: .bold)
        }
        let w = measurer.width(of: name, style: style)
        let m = measurer.lineMetrics(of: name, style: style)
        let line = TextLine(
            text: name, origin: Point(anchor.midX - w / 2, floorY + 3 * unit), width: w, height: m.height, style: style,
            color: Palette.ink, direction: measurer.direction(of: name))
        placed.items.append(.group(.paragraph, [.text(line)]))
        placed.labels.append(line.bounds)
    }
}

extension SceneLayout {
    /// A name the words use for a place in the setting, as the setting names it: `chair` is the meeting room's
    /// `chair-1`. Nil when the setting has no such place.
    static func resolve(_ word: String, in setting: AssetPicture) -> String? {
        if setting.anchor(word) != nil { return word }
        return setting.anchors.first { $0.name.hasPrefix(word + "-") }?.name
    }

    /// Seat heights above the floor, in adult heights, of the places a person may sit in the setting; `seat` is
    /// the room's usual seat.
    static func seatHeights(in setting: AssetPicture) -> [String: Double] {
        let floor = setting.anchor("floor")?.rect.minY ?? setting.viewBox.maxY
        var out: [String: Double] = [:]
        for anchor in setting.anchors {
            let base = anchor.name.split(separator: "-").first.map(String.init) ?? anchor.name
            guard SceneParticipant.seatWords.contains(base), base != "floor" else { continue }
            let height = (floor - anchor.rect.minY) / AssetSetting.unitsPerAdult
            out[anchor.name] = height
            if out[base] == nil { out[base] = height }
            if out["seat"] == nil, base != "bed" { out["seat"] = height }
        }
        return out
    }

    /// Checks that every place the words put someone is in the setting, is a thing in the picture, or is the
    /// floor (a cot may be the room's bed). Without a setting, only things, the floor and seats (a chair is
    /// drawn) can be used.
    static func checkAnchors(_ scene: SceneContent, setting: AssetPicture?) throws(LayoutError) {
        for person in scene.people {
            guard let word = person.anchor, word != "floor", !scene.things.contains(word) else { continue }
            if let setting {
                if resolve(word, in: setting) != nil || (word == "cot" && setting.anchor("bed") != nil) { continue }
                throw .unknownAnchor(
                    person: person.label ?? person.id, anchor: word, setting: setting.title?.lowercased() ?? setting.name,
                    known: setting.anchors.map(\.name).filter { $0 != "floor" }, origin: person.location?.description)
            }
            if person.posture == .sitting { continue }
            throw .unknownAnchor(
                person: person.label ?? person.id, anchor: word, setting: "this picture, which has no place,",
                known: scene.things, origin: person.location?.description)
        }
    }

    /// The setting's place the row's people are put at (the first named), checking that every place named is in
    /// the setting or is a thing in the picture.
    static func rowAnchor(_ row: SceneContent, setting: AssetPicture) throws(LayoutError) -> AssetAnchor? {
        var first: AssetAnchor?
        for person in row.people {
            guard let word = person.anchor, word != "floor", !row.things.contains(word) else { continue }
            guard let name = resolve(word, in: setting), let anchor = setting.anchor(name) else {
                let known = setting.anchors.map(\.name).filter { $0 != "floor" }
                throw .unknownAnchor(
                    person: person.label ?? person.id, anchor: word, setting: setting.title?.lowercased() ?? setting.name,
                    known: known, origin: person.location?.description)
            }
            if first == nil { first = anchor }
        }
        return first
    }
}
