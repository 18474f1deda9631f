// swift-tools-version: 6.1
// Unplugged draws the figures of the "language models, unplugged" lesson.
// Layers, from the bottom: UnpluggedModel (pure Swift model of the lesson),
// UnpluggedFigures (model + trace → Scene, pure Swift), UnpluggedCairo (the only
// code that calls Cairo and Pango), and the `unplugged` command line. Beside them,
// UnpluggedPNG encodes the pixels Cairo draws as PNG files, and UnpluggedGIF a
// sequence's frames as one animated GIF, without Cairo.
import PackageDescription

let package = Package(
    name: "Unplugged",
    products: [
        .executable(name: "unplugged", targets: ["unplugged"]),
        .library(name: "UnpluggedModel", targets: ["UnpluggedModel"]),
        .library(name: "UnpluggedFigures", targets: ["UnpluggedFigures"]),
        .library(name: "UnpluggedPNG", targets: ["UnpluggedPNG"]),
        .library(name: "UnpluggedGIF", targets: ["UnpluggedGIF"]),
        .library(name: "UnpluggedCairo", targets: ["UnpluggedCairo"]),
        .library(name: "UnpluggedBuild", targets: ["UnpluggedBuild"]),
        .library(name: "UnpluggedDrawer", targets: ["UnpluggedDrawer"]),
        .library(name: "UnpluggedServe", targets: ["UnpluggedServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The web server of `unplugged serve` (swift-nio underneath), and its testing
        // library, which drives the routes without a socket.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // The system's C libraries, each a module map and a shim in Sources/System.
        .systemLibrary(
            name: "CCairo",
            path: "Sources/System/CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // zlib's inflate, for the tests' PNG decoding; not named CZlib, which is
        // ZIPFoundation's own module of the same library.
        .systemLibrary(name: "CInflate", path: "Sources/System/CInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CDeflate", path: "Sources/System/CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // SHA-256 for the build record from the system's libcrypto rather than
        // apple/swift-crypto, which compiles BoringSSL on every clean build (a minute or
        // more of CI on two cores); OpenSSL uses the processor's SHA instructions itself.
        .systemLibrary(name: "CCrypto", path: "Sources/System/CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CMalloc", path: "Sources/System/CMalloc"),
        .systemLibrary(name: "CGif", path: "Sources/System/CGif", pkgConfig: "libgif", providers: [.apt(["libgif-dev"])]),
        .target(name: "UnpluggedModel", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "UnpluggedFigures", dependencies: ["UnpluggedModel"]),
        // Our own PNG encoder, faster than Cairo's writer and libdeflate at the same
        // size on figures; it reads pixel rows in Cairo's layout but not Cairo.
        .target(name: "UnpluggedPNG", dependencies: ["CDeflate", "CPNGRows"]),
        // The animated GIFs of sequences: frames' pixels in, one palette, giflib's LZW;
        // like UnpluggedPNG it reads pixel rows in Cairo's layout but not Cairo.
        .target(name: "UnpluggedGIF", dependencies: ["CGif"]),
        .target(name: "UnpluggedCairo", dependencies: ["CCairo", "UnpluggedPNG", "UnpluggedGIF", "UnpluggedFigures"]),
        // The manifest, the build record and the figure index: what `build` decides,
        // without drawing (it never imports Cairo), so it is tested and fuzzed fast.
        // ZIPFoundation packs the PowerPoint deck (a ZIP of XML parts and the PNGs) and the
        // server's downloads of many files (`StoredZip`).
        .target(
            name: "UnpluggedBuild",
            dependencies: ["UnpluggedModel", "UnpluggedFigures", "CCrypto", .product(name: "Yams", package: "Yams"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The drawer `render`, `build` and `serve` all hand their jobs to: Cairo drawing
        // `UnpluggedBuild`'s render jobs, in a target of its own so that the command
        // line and the server share it.
        .target(name: "UnpluggedDrawer", dependencies: ["UnpluggedBuild", "UnpluggedCairo", "UnpluggedFigures"]),
        // `unplugged serve`: Hummingbird routes and the page. It reads requests and
        // calls the same figure requests, option declarations and drawer as the
        // command line; no figure logic of its own.
        .target(
            name: "UnpluggedServe",
            dependencies: ["UnpluggedModel", "UnpluggedFigures", "UnpluggedBuild", "UnpluggedDrawer", "UnpluggedCairo",
                           .product(name: "Hummingbird", package: "hummingbird")]
        ),
        // The PNG encoder's RGB rows made with SSSE3, beyond the x86-64 baseline,
        // where the processor has it.
        .target(name: "CPNGRows"),
        .executableTarget(
            name: "unplugged",
            dependencies: [
                "UnpluggedModel", "UnpluggedFigures", "UnpluggedCairo", "UnpluggedBuild", "UnpluggedDrawer", "UnpluggedServe",
                "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "png-bench",
            dependencies: ["UnpluggedPNG", "UnpluggedCairo", "UnpluggedFigures", "UnpluggedModel", "CCairo"]
        ),
        .testTarget(
            name: "UnpluggedModelTests",
            dependencies: [
                "UnpluggedModel",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "UnpluggedFiguresTests",
            dependencies: [
                "UnpluggedFigures",
                "GoldenRecording",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Scene dumps the snapshot tests read by path, beside their source.
            exclude: ["Snapshots"]
        ),
        // Pins the tests' fonts to DejaVu (Tests/Fonts/fonts.conf) before Pango is first used.
        .target(name: "TestFonts", path: "Tests/TestFonts"),
        // Which goldens and snapshots a test run writes anew (UNPLUGGED_RECORD_GOLDENS).
        .target(name: "GoldenRecording", path: "Tests/GoldenRecording"),
        // Reads PNG files' chunks as a strict decoder does, with zlib, for the tests of
        // the encoder and of the renderer.
        .target(name: "PNGChunkReader", dependencies: ["CInflate"], path: "Tests/PNGChunkReader"),
        .testTarget(name: "UnpluggedPNGTests", dependencies: ["UnpluggedPNG", "PNGChunkReader"]),
        // Walks GIF files' blocks as a strict decoder does, for the tests of the GIF writer.
        .target(name: "GIFBlockReader", path: "Tests/GIFBlockReader"),
        .testTarget(name: "UnpluggedGIFTests", dependencies: ["UnpluggedGIF", "CGif", "GIFBlockReader"]),
        .testTarget(
            name: "UnpluggedCairoTests",
            dependencies: ["UnpluggedCairo", "UnpluggedPNG", "CCairo", "PNGChunkReader", "GIFBlockReader", "TestFonts",
                           "GoldenRecording"],
            exclude: ["Goldens"]
        ),
        // The manifest and inputs both build test targets use.
        .target(name: "BuildFixtures", path: "Tests/BuildFixtures"),
        .testTarget(
            name: "UnpluggedBuildTests",
            dependencies: ["UnpluggedBuild", "BuildFixtures", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "UnpluggedServeTests",
            dependencies: ["UnpluggedServe", "BuildFixtures", "TestFonts",
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "unpluggedTests", dependencies: ["unplugged", "BuildFixtures", "GIFBlockReader"]),
    ]
)

// Fuzz targets (Fuzz/Targets/<name>), built only by Scripts/fuzz, which sets
// UNPLUGGED_FUZZ=1 and builds with -sanitize=fuzzer into its own scratch folder: they
// link libFuzzer, which an ordinary build does not have. A new target is one line here,
// a folder with its test function, and one line in Scripts/fuzz.
if Context.environment["UNPLUGGED_FUZZ"] == "1" {
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        ("fuzz-documents", ["UnpluggedModel"]),
        ("fuzz-count-table", ["UnpluggedModel"]),
        ("fuzz-manifest", ["UnpluggedBuild", "UnpluggedModel"]),
    ]
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/Targets/FuzzDriver"))
    for target in fuzzTargets {
        package.targets.append(.executableTarget(name: target.name, dependencies: ["FuzzDriver"] + target.dependencies,
                                                 path: "Fuzz/Targets/\(target.name)"))
        package.products.append(.executable(name: target.name, targets: [target.name]))
    }
}
