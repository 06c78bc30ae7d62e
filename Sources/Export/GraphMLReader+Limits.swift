extension GraphMLReader {
    /// How much a document may hold before reading it stops with an error.
    public struct Limits: Hashable, Sendable {
        /// The largest input in bytes; 1 GiB by default.
        public var maximumFileSize: Int
        /// The deepest nesting of elements, the root counting as 1; 64 by default.
        /// kg's own files need 4, yEd's nested groups a few more per level.
        public var maximumDepth: Int
        /// The longest text node or attribute value in UTF-8 bytes; 8 MiB by
        /// default. (libxml2 itself refuses text nodes over 10 MB, since the
        /// reader does not pass `XML_PARSE_HUGE`, which would also lift its
        /// other guards; the default stays under that, so this limit is the one met.)
        public var maximumTextLength: Int

        /// Creates limits; the defaults suit any graph kg builds.
        public init(maximumFileSize: Int = 1 << 30, maximumDepth: Int = 64, maximumTextLength: Int = 8 << 20) {
            self.maximumFileSize = maximumFileSize
            self.maximumDepth = maximumDepth
            self.maximumTextLength = maximumTextLength
        }
    }
}
