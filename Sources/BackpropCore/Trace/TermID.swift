/// What a term is: its kind and the parts of the network it is about.
///
/// The identity is the term's one source of truth: its ASCII name, its aliases, the ways people
/// write it and its mathematical symbol are all derived from it by ``TermNaming``. Two terms of
/// one trace never share an identity.
///
/// Layers count from 0 (the inputs); neurons and weights from 0. Which fields a kind sets:
/// - inputs, targets, net inputs, outputs, output errors, slopes and deltas: `layer`, `neuron`;
/// - weights and everything about one weight (`netSlope`, `weightGradient`, `updatedWeight`):
///   `layer` and `neuron` of the neuron the weight feeds, and `weight`;
/// - `contribution` (∂E_o/∂out_h): the hidden neuron's `layer` and `neuron`, and the `weight`
///   from it to o; `netSlopeOfOutput` (∂net_o/∂out_h): o's `layer` and `neuron`, and that `weight`;
/// - biases and their gradients: `layer`, and `neuron` only for a neuron's own bias;
/// - the learning rate: layer 0; E_total: the output layer;
/// - a gradient check's terms about a parameter (`raisedError`, `loweredError`,
///   `differenceQuotient`): the parameter's own fields, as its gradient has them;
/// - an optimizer's state about a parameter (`velocity`, `firstMoment`, …): the parameter's own
///   fields (`weight` nil for a bias); its hyperparameters (μ, β₁, β₂, ε): layer 0.
///
/// `example` and `output` are reserved for terms of one training example of several and for
/// terms about a pair of outputs; they are nil for every term of a single-example step.
public struct TermID: Hashable, Sendable {
    /// What kind of quantity the term is.
    public let kind: TermKind
    // Stored as 32-bit numbers with −1 for "none": a trace of a large network holds one
    // identity per term, and an index keyed by identity, so their size is the trace's size.
    private let layerNumber: Int32
    private let neuronNumber: Int32
    private let weightNumber: Int32
    private let exampleNumber: Int32
    private let outputNumber: Int32

    /// An identity from its parts; the type's documentation says which parts each kind uses.
    /// Every part is below 2³¹ (the network's limits keep them far below).
    public init(
        _ kind: TermKind, layer: Int, neuron: Int? = nil, weight: Int? = nil,
        example: Int? = nil, output: Int? = nil
    ) {
        self.kind = kind
        layerNumber = Int32(truncatingIfNeeded: layer)
        neuronNumber = Int32(truncatingIfNeeded: neuron ?? -1)
        weightNumber = Int32(truncatingIfNeeded: weight ?? -1)
        exampleNumber = Int32(truncatingIfNeeded: example ?? -1)
        outputNumber = Int32(truncatingIfNeeded: output ?? -1)
    }

    /// The layer of the neuron, weight or bias the term is about (0 = inputs).
    public var layer: Int { Int(layerNumber) }
    /// The neuron (within ``layer``) the term is about, if any.
    public var neuron: Int? { neuronNumber < 0 ? nil : Int(neuronNumber) }
    /// The flat index of the weight the term is about, if any.
    public var weight: Int? { weightNumber < 0 ? nil : Int(weightNumber) }
    /// The training example the term belongs to, when a step has several.
    public var example: Int? { exampleNumber < 0 ? nil : Int(exampleNumber) }
    /// A second output neuron the term is about, when it relates two.
    public var output: Int? { outputNumber < 0 ? nil : Int(outputNumber) }
}

extension TermID {
    /// Input `neuron`.
    public static func input(_ neuron: Int) -> TermID { TermID(.input, layer: 0, neuron: neuron) }
    /// The target of output `neuron` of a network whose output layer is `layer`.
    public static func target(layer: Int, _ neuron: Int) -> TermID {
        TermID(.target, layer: layer, neuron: neuron)
    }
    /// The learning rate η.
    public static let learningRate = TermID(.learningRate, layer: 0)
    /// E_total of a network whose output layer is `layer`.
    public static func totalError(layer: Int) -> TermID { TermID(.totalError, layer: layer) }
}
