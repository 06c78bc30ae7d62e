/// The values of a dictionary in a fixed order, read in place: the view holds
/// the dictionary's values (shared, not copied) and the positions of its entries.
///
/// Invariant: `positions` holds valid indices of `values`, each once.
public struct OrderedValues<Key: Hashable & Sendable, Value: Sendable>: RandomAccessCollection, Sendable {
    /// The values of the dictionary read.
    private let values: Dictionary<Key, Value>.Values
    /// The indices of the dictionary's entries, in the view's order.
    private let positions: [Dictionary<Key, Value>.Index]

    /// A view of the values of `base` in the order `positions` (indices of `base`) gives.
    init(_ base: [Key: Value], positions: [Dictionary<Key, Value>.Index]) {
        assert(positions.count == base.count, "every entry appears once")
        values = base.values
        self.positions = positions
    }

    /// The first position: 0.
    public var startIndex: Int { 0 }

    /// One past the last position: the number of values.
    public var endIndex: Int { positions.count }

    /// The value at `position`, read in place (no copy when only a part of it is used).
    ///
    /// - Complexity: O(1).
    public subscript(position: Int) -> Value {
        _read { yield values[positions[position]] }
    }
}
