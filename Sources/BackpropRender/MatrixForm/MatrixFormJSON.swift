import BackpropCore

/// The matrix form as JSON: per layer every vector and matrix of the equations, whole, as
/// arrays of numbers (a matrix row by row), and which matrix entry each numbered weight is.
struct MatrixFormJSON {
    let trace: Trace

    func render() -> String {
        let form = MatrixForm(trace: trace)
        let network = form.network
        var json = JSONWriter(capacity: 64 * network.weights.count + 1024)
        json.raw("{\n  \"format\": \"backprop-matrix-form\",\n  \"version\": 1,\n")
        json.raw("  \"convention\": \"W[l][j][k] is the weight from neuron k of layer l-1 to neuron j of layer l\",\n")
        json.raw("  \"biases\": \"\(network.biasSharing.rawValue)\",\n  \"sharedBiases\": \(form.sharedBiases),\n  \"layers\": [")
        for layer in 1..<network.layerCount {
            json.raw(layer == 1 ? "\n    {" : ",\n    {")
            json.raw("\"layer\": \(layer)")
            var fields: [(String, TermMatrix)] = [
                ("W", form.weights(layer)), ("b", form.biases(layer)), ("inputs", form.outputs(layer - 1)),
                ("z", form.vector(.netInput, layer)), ("a", form.outputs(layer)),
                ("dE_da", form.errorSlopes(layer)),
            ]
            let softmax = network.activations[layer - 1] == .softmax
            if !softmax { fields.append(("activationSlope", form.vector(.activationSlope, layer))) }
            fields += [
                ("delta", form.vector(.delta, layer)), ("dE_dW", form.weights(layer, kind: .weightGradient)),
                ("dE_db", form.biases(layer, kind: .biasGradient)), ("W_updated", form.weights(layer, kind: .updatedWeight)),
            ]
            if form.updatesBiases { fields.append(("b_updated", form.biases(layer, kind: .updatedBias))) }
            for (name, matrix) in fields {
                json.raw(", ")
                json.string(name)
                json.raw(": ")
                write(matrix, asMatrix: matrix.columns > 1 || name.hasPrefix("W") || name == "dE_dW", into: &json)
            }
            if softmax {
                // One Jacobian per example: a matrix for one example, a list of them for a batch.
                json.raw(", \"activationJacobian\": ")
                if form.isBatch { json.raw("[") }
                for column in form.batch.indices {
                    if column > 0 { json.raw(", ") }
                    write(form.softmaxJacobian(layer, column: column), asMatrix: true, into: &json)
                }
                if form.isBatch { json.raw("]") }
            }
            json.raw("}")
        }
        json.raw("\n  ],\n")
        if form.isBatch {
            json.raw("  \"examples\": [\(form.batch.compactMap { $0.map { String($0 + 1) } }.joined(separator: ", "))],\n")
            json.raw("  \"reduction\": \"\(form.options.reduction.rawValue)\",\n  \"exampleErrors\": ")
            write(form.errors.transposed, asMatrix: false, into: &json)
            json.raw(",\n")
        }
        json.raw("  \"E_total\": ")
        json.number(trace[.totalError(layer: network.outputLayer)]?.value ?? .nan)
        json.raw(",\n  \"weights\": [")
        for layer in 1..<network.layerCount {
            for row in 0..<network.layerSizes[layer] {
                for column in 0..<network.layerSizes[layer - 1] {
                    let weight = network.weightIndex(layer: layer, neuron: row, source: column)
                    json.raw(weight == 0 ? "\n    {\"name\": " : ",\n    {\"name\": ")
                    json.string(trace.names.weight(weight))
                    json.raw(", \"layer\": \(layer), \"row\": \(row + 1), \"column\": \(column + 1)}")
                }
            }
        }
        json.raw("\n  ]\n}\n")
        return json.text
    }

    /// A matrix as an array of rows, a vector as one array.
    private func write(_ matrix: TermMatrix, asMatrix: Bool, into json: inout JSONWriter) {
        func row(_ index: Int) -> [Double] {
            (0..<matrix.columns).map { trace[matrix.entry(index, $0)]?.value ?? .nan }
        }
        guard asMatrix else {
            json.numbers((0..<matrix.rows).map { trace[matrix.entry($0, 0)]?.value ?? .nan })
            return
        }
        json.raw("[")
        for index in 0..<matrix.rows {
            if index > 0 { json.raw(", ") }
            json.numbers(row(index))
        }
        json.raw("]")
    }
}
