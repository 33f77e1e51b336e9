import HearthFrame
import HearthGeometry

/// Fits paragraphs inside a polygon (the body of a house, not just its bounding box): the largest size in range at
/// which everything fits, each line as wide as the shape allows at its height, lines balanced, nothing clipped.
///
/// When even the smallest size cannot hold everything, it places what fits (whole paragraphs where it can) and
/// returns the rest as overflow for a follow-up page; it never shortens or rewords.
public struct FitText {
    public var measurer: any TextMeasurer
    public var options: FitOptions

    public init(measurer: any TextMeasurer, options: FitOptions) {
        self.measurer = measurer
        self.options = options
    }

    public func fit(_ blocks: [TextBlock], in region: Polygon) -> FittedText {
        let sizes = candidateSizes()
        // Binary search for the largest size that fits; fitting is monotone in size for all practical text.
        var lo = 0, hi = sizes.count - 1, best: Int? = nil
        while lo <= hi {
            let mid = (lo + hi) / 2
            let attempt = place(blocks, in: region, size: sizes[mid], allowSplitWords: false)
            if attempt.overflow.isEmpty && !attempt.splitWord {
                best = mid
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        if let best {
            return finish(place(blocks, in: region, size: sizes[best], allowSplitWords: false), region: region)
        }
        // Nothing fits whole: smallest size, words may split, the rest overflows.
        return finish(place(blocks, in: region, size: sizes[0], allowSplitWords: true), region: region)
    }

    func candidateSizes() -> [Double] {
        var out: [Double] = []
        var s = options.sizes.lowerBound
        while s <= options.sizes.upperBound + 1e-9 {
            out.append(s)
            s += options.step
        }
        return out.isEmpty ? [options.sizes.lowerBound] : out
    }

    struct Placement {
        var size: Double
        var paragraphs: [FittedParagraph] = []
        var overflow: [TextBlock] = []
        var splitWord = false
        var bottom: Double = 0
    }

    struct Paragraph {
        var lines: [TextLine] = []
        var bullet: Point?
        var remainder: Substring
        var splitWord = false
        var bottom: Double
    }

    func place(_ blocks: [TextBlock], in region: Polygon, size: Double, allowSplitWords: Bool) -> Placement {
        var result = Placement(size: size)
        let style = options.style.withSize(size)
        var y = region.bounds.minY
        result.bottom = y
        for (k, block) in blocks.enumerated() {
            let para = layParagraph(block, style: style, top: y, region: region, narrowing: 1)
            result.splitWord = result.splitWord || para.splitWord
            if para.remainder.isEmpty {
                result.paragraphs.append(FittedParagraph(block: block, lines: para.lines, bullet: para.bullet))
                result.bottom = para.bottom
                y = para.bottom + options.paragraphSpacing * size
                continue
            }
            // It does not fit. Keep paragraphs whole unless this one is alone on the page and would never fit.
            if k == 0 && allowSplitWords && !para.lines.isEmpty {
                result.paragraphs.append(FittedParagraph(block: block, lines: para.lines, bullet: para.bullet))
                result.bottom = para.bottom
                var rest = block
                rest.text = String(para.remainder)
                rest.continued = true
                result.overflow = [rest] + blocks.dropFirst()
            } else {
                result.overflow = Array(blocks[k...])
            }
            return result
        }
        return result
    }

    /// Lays one paragraph line by line down the region from `top`. The paragraph is measured once (for every size
    /// and width: the measurer keeps it) and each line is found from where the last ended, so the work is in
    /// proportion to the lines placed, however long the paragraph.
    func layParagraph(_ block: TextBlock, style: TextStyle, top: Double, region: Polygon, narrowing: Double)
        -> Paragraph
    {
        var style = style
        if let language = block.language { style.language = language }
        let size = style.size
        let text = block.text
        // A paragraph's direction comes from its language when it has one: an Urdu sentence that starts with an
        // English name still reads from the right.
        let direction = block.language.map(TextDirection.init(language:)) ?? measurer.direction(of: text)
        let metrics = measurer.lineMetrics(of: text, style: style)
        let measured = measurer.measured(text, style: style)
        let advance = metrics.height * options.lineSpacing
        let indent = (block.bulleted || block.continued) ? options.bulletIndent * size : 0
        let limit = region.bounds.maxY
        var para = Paragraph(remainder: Substring(text), bottom: top)
        var start = skipSpaces(in: text, from: text.startIndex)
        var y = top
        while start < text.endIndex {
            if y + metrics.height > limit + 1e-6 { break }
            guard let span = region.widestSpan(top: y, bottom: y + metrics.height),
                span.upperBound - span.lowerBound - indent >= 2 * size
            else {
                y += advance / 4
                continue
            }
            let available = (span.upperBound - span.lowerBound - indent) * narrowing
            let br = measured.line(from: start, width: available)
            var lineEnd = br.end
            while lineEnd > start, text[text.index(before: lineEnd)] == " " { lineEnd = text.index(before: lineEnd) }
            let lineText = text[start..<lineEnd]
            let w = br.width ?? measurer.width(of: String(lineText), style: style)
            if br.splitsWord { para.splitWord = true }
            if w > available + 0.5 {
                // A single character wider than the line: the shape is too small at this size.
                para.splitWord = true
                break
            }
            let x: Double
            switch (options.alignment, direction) {
            case (.center, _): x = (span.lowerBound + span.upperBound) / 2 - w / 2
            case (.start, .leftToRight): x = span.lowerBound + indent
            case (.start, .rightToLeft): x = span.upperBound - indent - w
            }
            if para.lines.isEmpty && block.bulleted {
                let bx = direction == .leftToRight
                    ? span.lowerBound + indent * 0.4 : span.upperBound - indent * 0.4
                para.bullet = Point(bx, y + metrics.baseline - size * 0.3)
            }
            para.lines.append(
                TextLine(
                    text: String(lineText), origin: Point(x, y), width: w, height: metrics.height, style: style,
                    color: options.color, direction: direction, baseline: metrics.baseline))
            para.bottom = y + metrics.height
            y += advance
            start = skipSpaces(in: text, from: br.end)
        }
        para.remainder = text[start...]
        return para
    }

    /// Balances each paragraph and, if asked, centres the block vertically.
    func finish(_ placement: Placement, region: Polygon) -> FittedText {
        var paragraphs = placement.paragraphs
        if options.balance && placement.overflow.isEmpty {
            paragraphs = paragraphs.map { balanced($0, size: placement.size, region: region) }
        }
        if options.centerVertically, let top = paragraphs.first?.lines.first?.origin.y {
            let used = placement.bottom - top
            let shift = (region.bounds.height - used) / 2 - (top - region.bounds.minY)
            if shift > 0 {
                let moved = paragraphs.map { p -> FittedParagraph in
                    var p = p
                    p.lines = p.lines.map { l in
                        var l = l
                        l.origin.y += shift
                        return l
                    }
                    p.bullet = p.bullet.map { Point($0.x, $0.y + shift) }
                    return p
                }
                // Only move if the shape still holds every line at its new height (a roof narrows upwards).
                if moved.allSatisfy({ $0.lines.allSatisfy { region.contains($0.bounds, tolerance: 0.5) } }) {
                    paragraphs = moved
                }
            }
        }
        return FittedText(
            size: placement.size, paragraphs: paragraphs, bulletRadius: placement.size * 0.14,
            overflow: placement.overflow)
    }

    /// Re-lays a multi-line paragraph at the narrowest width that keeps its line count, so lines come out even.
    func balanced(_ paragraph: FittedParagraph, size: Double, region: Polygon) -> FittedParagraph {
        guard paragraph.lines.count > 1, let first = paragraph.lines.first else { return paragraph }
        let style = options.style.withSize(size)
        var lo = 0.5, hi = 1.0
        var best = paragraph
        for _ in 0..<7 {
            let mid = (lo + hi) / 2
            let p = layParagraph(paragraph.block, style: style, top: first.origin.y, region: region, narrowing: mid)
            if p.remainder.isEmpty && p.lines.count == paragraph.lines.count && !p.splitWord {
                best.lines = p.lines
                best.bullet = p.bullet
                hi = mid
            } else {
                lo = mid
            }
        }
        return best
    }

    /// The first index at or after `index` that is not a space or a line break: where the next line starts.
    private func skipSpaces(in text: String, from index: String.Index) -> String.Index {
        var i = index
        while i < text.endIndex, text[i] == " " || text[i] == "\n" { i = text.index(after: i) }
        return i
    }
}
