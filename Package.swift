// swift-tools-version: 6.1
import PackageDescription

/// Hearth's pipeline, one module per stage: model → compose → layout → frame → render, with sketch beside and
/// looks, files and geometry beneath. Dependencies run one way (docs/ARCHITECTURE.md draws the graph): Sketch never
/// depends on Model, Render never on Layout or Model. Only `HearthRender` (through `CHearthCairo`) touches C.
let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Hearth",
    products: [
        .executable(name: "hearth", targets: ["HearthCLI"]),
        .executable(name: "hearth-bench", targets: ["HearthBench"]),
        .executable(name: "hearth-fuzz", targets: ["HearthFuzz"]),
        .library(name: "Hearth", targets: ["Hearth"]),
        // The editor's server, a program of its own so that `hearth` does not link SwiftNIO (see HearthServe).
        .executable(name: "hearth-serve", targets: ["HearthServeMain"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CHearthCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libharfbuzz-dev", "libfontconfig-dev"])]
        ),
        .systemLibrary(
            name: "CHearthPixbuf",
            pkgConfig: "gdk-pixbuf-2.0",
            providers: [.apt(["libgdk-pixbuf-2.0-dev"])]
        ),
        .target(name: "CHearthDeflate", linkerSettings: [.linkedLibrary("deflate")]),
        .target(name: "CHearthPNG", linkerSettings: [.linkedLibrary("png16")]),
        .target(name: "HearthGeometry", swiftSettings: upcoming),
        // How a person is drawn, in the case file's words: the vocabulary Model decodes into and Sketch draws from.
        .target(name: "HearthLooks", swiftSettings: upcoming),
        // Reading an input file safely (no pipes, devices or folders; never past a limit): cases and drawings.
        .target(name: "HearthFiles", swiftSettings: upcoming),
        .target(name: "HearthSketch", dependencies: ["HearthGeometry", "HearthLooks"], swiftSettings: upcoming),
        .target(name: "HearthModel", dependencies: ["Yams", "HearthGeometry", "HearthLooks", "HearthFiles"], swiftSettings: upcoming),
        .target(name: "HearthFrame", dependencies: ["HearthGeometry"], swiftSettings: upcoming),
        .target(name: "HearthCompose", dependencies: ["HearthModel", "HearthLooks", "Yams"], swiftSettings: upcoming),
        .target(
            name: "HearthLayout",
            dependencies: ["HearthModel", "HearthLooks", "HearthCompose", "HearthFrame", "HearthSketch", "HearthGeometry"],
            swiftSettings: upcoming
        ),
        .target(
            name: "HearthRender",
            dependencies: ["CHearthCairo", "CHearthPixbuf", "CHearthDeflate", "CHearthPNG", "HearthFrame", "HearthGeometry", "HearthFiles"],
            swiftSettings: upcoming
        ),
        .target(
            name: "Hearth",
            dependencies: [
                "HearthModel", "HearthCompose", "HearthLayout", "HearthFrame", "HearthRender", "HearthSketch", "HearthGeometry",
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "HearthCLI",
            dependencies: [
                "Hearth", "HearthModel", "HearthLooks", "HearthFrame", "HearthSketch", "HearthCompose",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "HearthServe",
            dependencies: [
                "Hearth", "HearthModel", "HearthLooks", "HearthCompose", "HearthSketch", "HearthFrame", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "HearthServeMain",
            dependencies: [
                "HearthServe", "Hearth", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
            ],
            swiftSettings: upcoming
        ),
        // Helpers for tests (and the fuzzer's fixed-advance measurer), never part of the product's API.
        .target(name: "HearthTestSupport", dependencies: ["HearthFrame"], path: "Tests/HearthTestSupport", swiftSettings: upcoming),
        .executableTarget(
            name: "HearthBench", dependencies: ["Hearth", "HearthFrame", "HearthModel", "HearthLooks", "HearthSketch", "HearthGeometry"],
            swiftSettings: upcoming),
        // The fuzz target: `make fuzz` builds it with libFuzzer (see the Makefile); built ordinarily it replays inputs.
        .target(name: "CHearthFuzz"),
        .executableTarget(
            name: "HearthFuzz",
            dependencies: [
                "CHearthFuzz", "HearthModel", "HearthCompose", "HearthLayout", "HearthFrame", "HearthSketch", "HearthTestSupport",
            ],
            swiftSettings: upcoming),
        .testTarget(
            name: "HearthModelTests", dependencies: ["HearthModel", "HearthLooks", "HearthGeometry", "HearthTestSupport"],
            swiftSettings: upcoming),
        .testTarget(
            name: "HearthComposeTests", dependencies: ["HearthCompose", "HearthModel", "HearthLooks", "HearthTestSupport"],
            swiftSettings: upcoming),
        .testTarget(
            name: "HearthSketchTests", dependencies: ["HearthSketch", "HearthLooks", "HearthGeometry", "HearthTestSupport"],
            exclude: ["__Snapshots__"], swiftSettings: upcoming),
        .testTarget(
            name: "HearthLayoutTests",
            dependencies: [
                "HearthLayout", "HearthModel", "HearthLooks", "HearthCompose", "HearthSketch", "HearthFrame", "HearthGeometry",
                "HearthTestSupport",
            ], exclude: ["__Snapshots__"],
            swiftSettings: upcoming),
        .testTarget(
            name: "HearthRenderTests",
            dependencies: [
                "HearthRender", "Hearth", "HearthLayout", "HearthModel", "HearthLooks", "HearthCompose", "HearthSketch", "HearthFrame",
                "HearthGeometry", "CHearthCairo", "HearthTestSupport",
            ], exclude: ["__Snapshots__"],
            swiftSettings: upcoming),
        .testTarget(
            name: "HearthServeTests",
            dependencies: [
                "HearthServe", "Hearth", "HearthModel", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming),
        .testTarget(name: "HearthTests", dependencies: ["Hearth", "HearthModel", "HearthTestSupport"], swiftSettings: upcoming),
    ]
)
