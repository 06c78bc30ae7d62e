import Testing
@testable import Graph

/// Small hand-made graphs with known answers for every query.
@Suite("Graph queries")
struct GraphQueryTests {
    static func id(_ label: String) -> EntityID { EntityID(name: label) }

    static func relation(_ head: String, _ kind: RelationKind, _ tail: String, weight: Int = 1,
                         document: String = "d") -> Relation {
        Relation(head: id(head), kind: kind, tail: id(tail),
                 evidence: (0..<weight).map { Evidence(document: document, start: $0 * 10, end: $0 * 10 + 5, sentence: "s") },
                 rule: "test")
    }

    /// An entity mentioned once in `document`.
    static func entity(_ label: String, type: EntityType = .organization, document: String = "d") -> Entity {
        let sentence = Evidence(document: document, start: 0, end: 100, sentence: "s")
        let mention = Mention(document: document, start: 0, end: label.unicodeScalars.count, text: label, type: type, sentence: sentence)
        return Entity(label: label, type: type, mentions: [mention])
    }

    static func graph(_ labels: [String], _ relations: [Relation]) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for label in labels { graph.add(entity(label)) }
        for relation in relations { graph.add(relation) }
        return graph
    }

    /// alpha -ceo_of(4)-> beta -owner_of(4)-> delta <-founder_of(1)- alpha; delta ~partnered_with~ gamma; epsilon alone.
    static let sample = graph(["Alpha", "Beta", "Gamma", "Delta", "Epsilon"], [
        relation("Alpha", .ceoOf, "Beta", weight: 4),
        relation("Beta", .ownerOf, "Delta", weight: 4),
        relation("Alpha", .founderOf, "Delta"),
        relation("Gamma", .partneredWith, "Delta"),
    ])

    let index = GraphIndex(sample)

    @Test("entities get dense indices in id order")
    func denseIndices() {
        #expect(index.ids.map(\.rawValue) == ["alpha", "beta", "delta", "epsilon", "gamma"])
        #expect(index.index(of: Self.id("Delta")) == 2)
        #expect(index.index(of: Self.id("Nobody")) == nil)
    }

    @Test("neighbours filter by kind and direction; symmetric relations count both ways")
    func neighbours() {
        let delta = Self.id("Delta")
        #expect(index.neighbours(of: delta) == [
            Neighbour(id: Self.id("Alpha"), kind: .founderOf, direction: .in, weight: 1),
            Neighbour(id: Self.id("Beta"), kind: .ownerOf, direction: .in, weight: 4),
            Neighbour(id: Self.id("Gamma"), kind: .partneredWith, direction: .both, weight: 1),
        ])
        #expect(index.neighbours(of: delta, direction: .out).map(\.id) == [Self.id("Gamma")])
        #expect(index.neighbours(of: delta, kinds: [.ownerOf]).map(\.id) == [Self.id("Beta")])
        #expect(index.neighbours(of: Self.id("Gamma"), direction: .in).map(\.id) == [delta])
        #expect(index.neighbours(of: Self.id("Alpha"), direction: .in).isEmpty)
        #expect(index.neighbours(of: Self.id("Nobody")).isEmpty)
    }

    @Test("the k-hop ego network holds the entities within k links and the relations among them")
    func egoNetwork() {
        let gamma = Self.id("Gamma")
        #expect(index.egoNetwork(of: gamma, hops: 0).entities.keys.sorted() == [gamma])
        let one = index.egoNetwork(of: gamma, hops: 1)
        #expect(one.entities.keys.sorted() == [Self.id("Delta"), gamma])
        #expect(one.relations.count == 1)
        let two = index.egoNetwork(of: gamma, hops: 2)
        #expect(two.entities.count == 4)
        #expect(two.relations.count == 4)
        #expect(two.relations.keys.sorted() == Self.sample.relations.keys.sorted())
    }

    @Test("breadth-first paths, undirected by default; nil when unreachable")
    func shortestPaths() {
        let alpha = Self.id("Alpha"), gamma = Self.id("Gamma")
        let path = index.shortestPath(from: alpha, to: gamma)
        #expect(path?.ids == [alpha, Self.id("Delta"), gamma])
        #expect(path?.length == 2)
        #expect(index.shortestPath(from: alpha, to: gamma, directed: true)?.length == 2)
        #expect(index.shortestPath(from: gamma, to: alpha, directed: true) == nil)
        #expect(index.shortestPath(from: gamma, to: alpha)?.length == 2)
        #expect(index.shortestPath(from: alpha, to: Self.id("Epsilon")) == nil)
        #expect(index.shortestPath(from: alpha, to: alpha)?.ids == [alpha])
        #expect(index.distances(from: gamma) == [gamma: 0, Self.id("Delta"): 1, alpha: 2, Self.id("Beta"): 2])
    }

    @Test("ties between equally short paths go to the lowest index")
    func pathTieBreak() {
        let square = GraphIndex(Self.graph(["A", "B", "C", "D"], [
            Self.relation("A", .ownerOf, "C"), Self.relation("A", .ownerOf, "B"),
            Self.relation("C", .ownerOf, "D"), Self.relation("B", .ownerOf, "D"),
        ]))
        #expect(square.shortestPath(from: Self.id("A"), to: Self.id("D"))?.ids.map(\.rawValue) == ["a", "b", "d"])
        #expect(square.cheapestPath(from: Self.id("A"), to: Self.id("D"))?.ids.map(\.rawValue) == ["a", "b", "d"])
    }

    @Test("weighted paths cost 1 / weight per link, preferring well-attested links")
    func cheapestPaths() {
        let alpha = Self.id("Alpha"), delta = Self.id("Delta")
        #expect(index.shortestPath(from: alpha, to: delta)?.ids == [alpha, delta])
        let cheapest = index.cheapestPath(from: alpha, to: delta)
        #expect(cheapest?.ids == [alpha, Self.id("Beta"), delta])
        #expect(cheapest?.cost == 0.5)
        #expect(index.cheapestPath(from: Self.id("Gamma"), to: alpha, directed: true) == nil)
        #expect(index.cheapestPath(from: alpha, to: Self.id("Epsilon")) == nil)
    }

    @Test("weakly connected components, largest first")
    func components() {
        #expect(index.connectedComponents().map { $0.map(\.rawValue) } == [["alpha", "beta", "delta", "gamma"], ["epsilon"]])
    }

    @Test("degree counts each incident relation once")
    func degrees() {
        let degrees = index.degrees()
        #expect(degrees[Self.id("Alpha")] == 2)
        #expect(degrees[Self.id("Delta")] == 3)
        #expect(degrees[Self.id("Gamma")] == 1)
        #expect(degrees[Self.id("Epsilon")] == 0)
    }

    @Test("PageRank matches the closed-form values of small graphs")
    func pageRank() {
        let pair = GraphIndex(Self.graph(["A", "B"], [Self.relation("A", .ownerOf, "B")])).pageRank()
        #expect(abs(pair[Self.id("A")]! - 0.5 / 1.425) < 1e-9)
        #expect(abs(pair[Self.id("B")]! - 0.925 / 1.425) < 1e-9)
        let cycle = GraphIndex(Self.graph(["A", "B", "C"], [
            Self.relation("A", .ownerOf, "B"), Self.relation("B", .ownerOf, "C"), Self.relation("C", .ownerOf, "A", weight: 3),
        ])).pageRank()
        for value in cycle.values { #expect(abs(value - 1.0 / 3) < 1e-9) }
        #expect(abs(index.pageRank().values.reduce(0, +) - 1) < 1e-12)
    }

    @Test("Louvain splits two triangles joined by a bridge")
    func communities() {
        let triangles = GraphIndex(Self.graph(["A", "B", "C", "D", "E", "F"], [
            Self.relation("A", .partneredWith, "B"), Self.relation("B", .partneredWith, "C"), Self.relation("A", .partneredWith, "C"),
            Self.relation("D", .partneredWith, "E"), Self.relation("E", .partneredWith, "F"), Self.relation("D", .partneredWith, "F"),
            Self.relation("C", .ownerOf, "D"),
        ]))
        let found = triangles.communities()
        #expect(found.map { $0.map(\.rawValue) } == [["a", "b", "c"], ["d", "e", "f"]])
        #expect(abs(triangles.modularity(of: found) - 2 * (3.0 / 7 - 0.25)) < 1e-12)
        #expect(index.communities().flatMap { $0 }.count == index.count)
    }

    @Test("subgraphs by entity type, relation kind and document")
    func subgraphs() {
        var graph = Self.sample
        graph.add(Self.entity("Zed", type: .person, document: "other"))
        graph.add(Self.relation("Zed", .ceoOf, "Alpha", document: "other"))
        #expect(graph.subgraph(types: [.person]).entities.keys.sorted() == [Self.id("Zed")])
        #expect(graph.subgraph(types: [.person]).relations.isEmpty)
        let ceo = graph.subgraph(kinds: [.ceoOf])
        #expect(ceo.entities.keys.sorted().map(\.rawValue) == ["alpha", "beta", "zed"])
        #expect(ceo.relations.count == 2)
        let other = graph.subgraph(document: "other")
        #expect(other.entities.keys.sorted() == [Self.id("Zed")])
        #expect(other.relations.isEmpty)
        let d = graph.subgraph(document: "d")
        #expect(d.entities.count == 5)
        #expect(d.relations.keys.sorted() == Self.sample.relations.keys.sorted())
    }

    @Test("events come in date order, undated last, within optional bounds")
    func events() {
        var graph = KnowledgeGraph()
        for (label, date) in [("Launch", "2024-03-05"), ("Leak", "2023"), ("Gala", "--01-02"), ("Talk", nil),
                              ("Summit", "2024-03"), ("Recall", "2024-03-05T10:00")] as [(String, String?)] {
            graph.add(Entity(label: label, type: .event, attributes: date.map { ["date": $0] } ?? [:]))
        }
        graph.add(Entity(label: "Acme", type: .organization, attributes: ["date": "2020"]))
        #expect(graph.events().map(\.label) == ["Leak", "Summit", "Launch", "Recall", "Gala", "Talk"])
        #expect(graph.events(from: EventDate("2024-01"), to: EventDate("2024-12-31")).map(\.label) == ["Summit", "Launch", "Recall"])
        #expect(EventDate("2024-13") == nil)
        #expect(EventDate("--03-04")?.description == "--03-04")
        #expect(EventDate("March") == nil)
    }
}
