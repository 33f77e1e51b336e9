import HearthSketch

/// Plain stand-in pictures for scene tests: a square, a wide and a tall box, under whatever names a test needs.
enum TestPictures {
    static let square = """
        <svg viewBox="0 0 100 100"><rect class="wall" x="10" y="30" width="80" height="70"/></svg>
        """
    static let wide = """
        <svg viewBox="0 0 200 100"><rect class="wood" x="0" y="40" width="200" height="50"/></svg>
        """
    static let tall = """
        <svg viewBox="0 0 100 160"><rect class="wall" x="10" y="20" width="80" height="140"/></svg>
        """

    /// Each name drawn as the given shape's SVG.
    static func named(_ shapes: [String: String]) throws -> [String: AssetPicture] {
        var out: [String: AssetPicture] = [:]
        for (name, svg) in shapes { out[name] = try AssetPicture.parse(svg, name: name, file: "\(name).svg") }
        return out
    }
}
