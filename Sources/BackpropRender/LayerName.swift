import BackpropCore

/// How the documents name a layer: one place, so headings, tables and pictures agree.
enum LayerName {
    /// "input layer", "hidden layer" (the only one), "hidden layer 2", "output layer".
    static func of(_ layer: Int, layerCount: Int) -> String {
        if layer == 0 { return "input layer" }
        if layer == layerCount - 1 { return "output layer" }
        return layerCount == 3 ? "hidden layer" : "hidden layer \(layer)"
    }

    /// The heading above a layer in a picture: "inputs", "hidden layer 2", "outputs".
    static func heading(_ layer: Int, layerCount: Int) -> String {
        if layer == 0 { return "inputs" }
        if layer == layerCount - 1 { return "outputs" }
        return of(layer, layerCount: layerCount)
    }
}
