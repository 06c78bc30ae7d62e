import Graph

/// An sRGB colour with 8-bit channels.
public struct RGBColor: Hashable, Sendable {
    /// The red channel, 0...255.
    public let red: UInt8
    /// The green channel, 0...255.
    public let green: UInt8
    /// The blue channel, 0...255.
    public let blue: UInt8

    /// Creates a colour from its channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The colour as `#rrggbb` (lower-case hexadecimal), as Graphviz and CSS read it.
    public var hex: String {
        "#" + [red, green, blue].map { channel in
            let digits = String(channel, radix: 16)
            return channel < 16 ? "0" + digits : digits
        }.joined()
    }
}

/// How entities of one type are drawn: the same colour in every export format.
public struct EntityStyle: Hashable, Sendable {
    /// The fill colour (GraphML `r`/`g`/`b`, DOT `fillcolor`).
    public let color: RGBColor
    /// The Graphviz node shape.
    public let shape: String
}

extension EntityType {
    /// The colour and shape of this type, defined once for all writers.
    ///
    /// The colours are the Tableau 10 "medium" palette: distinct from each
    /// other and light enough for black label text.
    public var style: EntityStyle {
        switch self {
        case .person: EntityStyle(color: RGBColor(red: 114, green: 158, blue: 206), shape: "ellipse")
        case .organization: EntityStyle(color: RGBColor(red: 255, green: 158, blue: 74), shape: "box")
        case .platform: EntityStyle(color: RGBColor(red: 103, green: 191, blue: 92), shape: "hexagon")
        case .event: EntityStyle(color: RGBColor(red: 237, green: 102, blue: 93), shape: "octagon")
        case .location: EntityStyle(color: RGBColor(red: 173, green: 139, blue: 201), shape: "house")
        case .work: EntityStyle(color: RGBColor(red: 168, green: 120, blue: 110), shape: "note")
        case .product: EntityStyle(color: RGBColor(red: 237, green: 151, blue: 202), shape: "component")
        }
    }
}
