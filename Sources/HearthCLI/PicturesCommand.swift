import ArgumentParser
import Foundation
import Hearth
import HearthFrame
import HearthLooks
import HearthModel
import HearthSketch

/// `hearth pictures`: the picture vocabulary as a catalogue, or its names.
struct PicturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pictures",
        abstract: "Print the picture catalogue: every feeling, person, place and thing Hearth can draw.",
        discussion: """
            The catalogue is the team's review sheet and a handout for trainers. Places and things come from Assets/pictures (see its README to add one).

            Examples:
              hearth pictures -o catalogue.pdf
              hearth pictures --list
              hearth pictures --format png -o catalogue/
              hearth pictures --case Examples/mia.yaml -o mia-pictures.pdf   (the scenes a case describes)
            """
    )

    @Flag(help: "Only list the names of the places and things.")
    var list = false

    @Option(help: "Draw the pictures a case file describes under 'pictures:' instead of the catalogue.")
    var `case`: String?

    @OptionGroup var out: OutputOptions

    @Option(help: "a4-landscape, a4 or a3.")
    var paper: Paper = .a4Landscape

    func run() throws {
        try Console.run {
            let bench = try Workbench(resources: try Resources.locate())
            if list {
                for (name, picture) in try bench.pictures().sorted(by: { $0.key < $1.key }) {
                    print(picture.title.map { "\(name)\t\($0)" } ?? name)
                }
                // Things worn are drawn on the person, written under their looks, not under 'things:'.
                for worn in Wearable.allCases {
                    print("wears: \(worn.rawValue)\tworn on the figure (looks: wears: \(worn.rawValue))")
                }
                return
            }
            var name = "pictures"
            let frames: FrameDocument
            if let path = `case` {
                let url = URL(fileURLWithPath: path)
                frames = try bench.casePictures(try bench.load(url), at: url, paper: paper)
                name = url.deletingPathExtension().lastPathComponent + "-pictures"
            } else {
                frames = try bench.pictureCatalogue(paper: paper)
            }
            let files = try bench.encode(Workbench.Document(name: name, frames: frames), as: out.format, dpi: out.dpi)
            try Console.write(
                files, to: out.output, defaultFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                format: out.format, protected: [])
        }
    }
}
