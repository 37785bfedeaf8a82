import BackpropCore
import TemplateKit

/// The values the computational-graph templates receive (`graph` in `docs/templates.md`).
struct GraphContext {
    let base: WalkthroughContext
    let style: ViewStyle
    let picture: GraphPicture

    func values() -> TemplateValue {
        .object([
            "title": .text("The computational graph"),
            "picture": .raw(style.drawGraph(picture)),
            "isLayerLevel": .bool(picture.isLayerLevel),
            "layersAsked": .bool(picture.level == .layers),
            "shownEntries": .text(String(GraphPicture.shownEntries)),
            "widestRank": .text(String(picture.widestScalarRank)),
            "maximumRank": .text(String(GraphPicture.maximumRankSize)),
            "nodeCount": .text(String(picture.nodes.count)),
            "hiddenUsesUpdated": .bool(base.trace.options.hiddenUses == .updated),
            "sharedBiases": .bool(base.network.biasSharing == .perLayer),
        ])
    }
}
