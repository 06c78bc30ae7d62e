// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kg",
    products: [
        .executable(name: "kg", targets: ["kg"]),
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Export", targets: ["Export"]),
        .library(name: "Tagger", targets: ["Tagger"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "Graph"),
        .target(name: "Tagger", resources: [.copy("Resources")]),
        .target(name: "Extraction", dependencies: ["Graph", "Tagger", "CLibXML2"], resources: [.copy("Resources")]),
        .target(name: "Export", dependencies: ["Graph", "CLibXML2"]),
        .executableTarget(
            name: "kg",
            dependencies: [
                "Graph", "Extraction", "Export", "Tagger",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GraphTests", dependencies: ["Graph"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Graph"]),
        .testTarget(name: "TaggerTests", dependencies: ["Tagger"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Graph", "CLibXML2"]),
        .testTarget(name: "EndToEndTests", dependencies: ["kg"]),
    ]
)
