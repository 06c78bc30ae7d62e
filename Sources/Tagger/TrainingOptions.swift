/// Settings of a training run.
public struct TrainingOptions: Sendable {
    /// Passes over the training data.
    public var epochs: Int
    /// Seed of the shuffling and augmentation generator.
    public var seed: UInt64
    /// log2 of the number of hashed feature rows.
    public var hashBits: Int
    /// Share of training sentences also trained on in headline case ("Paul Smith Joins Microsoft").
    public var titleCaseShare: Double
    /// Share of training documents also trained on entirely lower-cased.
    public var lowerCaseShare: Double

    /// Creates options; the defaults are the ones the bundled model was trained with.
    public init(epochs: Int = 7, seed: UInt64 = 1, hashBits: Int = 19, titleCaseShare: Double = 0.1, lowerCaseShare: Double = 0) {
        self.epochs = epochs
        self.seed = seed
        self.hashBits = hashBits
        self.titleCaseShare = titleCaseShare
        self.lowerCaseShare = lowerCaseShare
    }
}
