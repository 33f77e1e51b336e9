// swift-tools-version: 6.1
import PackageDescription

/// Hearth's pipeline, one module per stage: model → compose → layout → frame → render, with sketch beside.
/// Only `HearthRender` (through `CHearthCairo`) touches C.
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
        .target(name: "HearthSketch", dependencies: ["HearthGeometry", "HearthModel"], swiftSettings: upcoming),
        .target(name: "HearthModel", dependencies: ["Yams", "HearthGeometry"], swiftSettings: upcoming),
        .target(name: "HearthFrame", dependencies: ["HearthGeometry"], swiftSettings: upcoming),
        .target(name: "HearthCompose", dependencies: ["HearthModel", "Yams"], swiftSettings: upcoming),
        .target(
            name: "HearthLayout",
            dependencies: ["HearthCompose", "HearthFrame", "HearthSketch", "HearthGeometry"],
            swiftSettings: upcoming
        ),
        .target(
            name: "HearthRender",
            dependencies: ["CHearthCairo", "CHearthPixbuf", "CHearthDeflate", "CHearthPNG", "HearthFrame", "HearthLayout", "HearthGeometry"],
            swiftSettings: upcoming
        ),
        .target(
            name: "Hearth",
            dependencies: ["HearthModel", "HearthCompose", "HearthLayout", "HearthFrame", "HearthRender", "HearthSketch"],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "HearthCLI",
            dependencies: [
                "Hearth", "HearthModel", "HearthFrame", "HearthSketch", "HearthCompose", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "HearthServe",
            dependencies: [
                "Hearth", "HearthModel", "HearthCompose", "HearthSketch", "HearthFrame", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "HearthServeMain",
            dependencies: ["HearthServe", "Hearth", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: upcoming
        ),
        .target(name: "HearthTestSupport", path: "Tests/HearthTestSupport", swiftSettings: upcoming),
        .executableTarget(
            name: "HearthBench", dependencies: ["Hearth", "HearthFrame", "HearthModel", "HearthSketch", "HearthGeometry"],
            swiftSettings: upcoming),
        // The fuzz target: `make fuzz` builds it with libFuzzer (see the Makefile); built ordinarily it replays inputs.
        .target(name: "CHearthFuzz"),
        .executableTarget(
            name: "HearthFuzz", dependencies: ["CHearthFuzz", "HearthModel", "HearthCompose", "HearthLayout", "HearthFrame", "HearthSketch"],
            swiftSettings: upcoming),
        .testTarget(name: "HearthModelTests", dependencies: ["HearthModel", "HearthGeometry"], swiftSettings: upcoming),
        .testTarget(name: "HearthComposeTests", dependencies: ["HearthCompose"], swiftSettings: upcoming),
        .testTarget(
            name: "HearthSketchTests", dependencies: ["HearthSketch", "HearthTestSupport"], exclude: ["__Snapshots__"],
            swiftSettings: upcoming),
        .testTarget(
            name: "HearthLayoutTests", dependencies: ["HearthLayout", "HearthTestSupport"], exclude: ["__Snapshots__"],
            swiftSettings: upcoming),
        .testTarget(
            name: "HearthRenderTests", dependencies: ["HearthRender", "Hearth"], exclude: ["__Snapshots__"],
            swiftSettings: upcoming),
        .testTarget(
            name: "HearthServeTests",
            dependencies: ["HearthServe", "Hearth", .product(name: "HummingbirdTesting", package: "hummingbird")],
            swiftSettings: upcoming),
        .testTarget(name: "HearthTests", dependencies: ["Hearth", "HearthModel"], swiftSettings: upcoming),
    ]
)
