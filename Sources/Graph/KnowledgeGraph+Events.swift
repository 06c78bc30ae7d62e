extension KnowledgeGraph {
    /// The events (entities of type `.event`) in date order, by their `date` attribute
    /// (see `EventDate` for the order); ties go by id. Events without a readable date
    /// come last, by id, and only when no bound is given.
    ///
    /// - Parameters:
    ///   - from: Keep only events dated on or after this date.
    ///   - to: Keep only events dated on or before this date.
    /// - Complexity: O(*n* + *v* log *v*) for *v* events.
    public func events(from: EventDate? = nil, to: EventDate? = nil) -> [Entity] {
        var dated: [(date: EventDate, event: Entity)] = []
        var undated: [Entity] = []
        for entity in entities.values where entity.type == .event {
            if let date = entity.attributes["date"].flatMap(EventDate.init) {
                if let from, date < from { continue }
                if let to, to < date { continue }
                dated.append((date, entity))
            } else if from == nil, to == nil {
                undated.append(entity)
            }
        }
        dated.sort { ($0.date, $0.event.id) < ($1.date, $1.event.id) }
        return dated.map(\.event) + undated.sorted { $0.id < $1.id }
    }
}
