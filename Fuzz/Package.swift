// swift-tools-version: 6.0
// libFuzzer targets for kg, kept out of the main package so that `swift build` and
// `swift test` there are unaffected. Build and run them with `scripts/fuzz.sh`:
// the targets link only when built with `-sanitize=fuzzer`, which supplies `main`.
import PackageDescription

let package = Package(
    name: "kg-fuzz",
    dependencies: [
        .package(name: "kg", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "FuzzText",
            dependencies: [
                .product(name: "Extraction", package: "kg"),
                .product(name: "Export", package: "kg"),
                .product(name: "Graph", package: "kg"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "FuzzGraphML",
            dependencies: [
                .product(name: "Export", package: "kg"),
                .product(name: "Graph", package: "kg"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
