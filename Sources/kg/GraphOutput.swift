import Export
import Foundation
import Graph

/// Writes a graph into an output folder in the formats asked for: the last step of
/// `kg build` and `kg merge`, so that both write the same files for the same graph.
struct GraphOutput {
    /// The folder the files go into (created if missing).
    let folder: String
    /// The formats to write, in order.
    let formats: [GraphFormat]
    /// How many threads a writer may use.
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    /// Writes every format; each file is replaced atomically, so a failure leaves the
    /// earlier file of that name intact.
    func write(_ graph: KnowledgeGraph) throws(KGError) {
        let folder = URL(fileURLWithPath: self.folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .output("cannot create \(self.folder): \(error.localizedDescription)")
        }
        for format in formats {
            let url = folder.appendingPathComponent(format.fileName)
            do {
                switch format {
                case .graphml: try GraphMLWriter(jobs: jobs).write(graph, to: url)
                case .dot: try DOTWriter().write(graph, to: url)
                case .gexf: try GEXFWriter().write(graph, to: url)
                case .json: try NodeLinkJSONWriter().write(graph, to: url)
                case .neo4j:
                    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                    try Neo4jCSVWriter().write(graph, to: url)
                case .svg, .png: try GraphvizRenderer(format: format.rawValue).render(DOTWriter().data(for: graph), to: url)
                }
            } catch let error as ExportError {
                throw .output(error.description)
            } catch let error as KGError {
                throw error
            } catch {
                throw .output("cannot write \(url.path): \(error.localizedDescription)")
            }
        }
    }
}
