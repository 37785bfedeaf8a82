import BackpropSupport
import Foundation

/// The built-in data sets: truth tables, 2-D point clouds generated from a seed (in the style of
/// the TensorFlow Playground's), and Fisher's iris data.
package enum Dataset: String, Sendable, CaseIterable {
    case xor, and, or
    case circle, gauss
    case xorCloud = "xor-cloud"
    case spiral, iris

    /// The most points a generated set may have.
    package static let maximumSamples = 100_000
    /// The points of a generated set when `--samples` is not given.
    package static let defaultSamples = 200
    /// The largest noise (standard deviation, in the unit square's units) accepted.
    package static let maximumNoise = 1.0

    /// Whether the points are drawn from the seed (and `samples`/`noise` mean something).
    package var isGenerated: Bool {
        switch self {
        case .circle, .gauss, .xorCloud, .spiral: return true
        case .xor, .and, .or, .iris: return false
        }
    }

    /// The set's points. Generated sets have `samples` points (half of each class) with Gaussian
    /// noise of standard deviation `noise` added to each coordinate, drawn from `seed`: the same
    /// seed gives the same points on every machine.
    package func data(samples: Int = defaultSamples, noise: Double = 0, seed: UInt64 = 1) -> LabelledData {
        var random = SplitMix64(seed: seed)
        switch self {
        case .xor, .and, .or:
            let corners: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
            let labels = corners.map { corner -> Int in
                let (a, b) = (corner[0] == 1, corner[1] == 1)
                switch self {
                case .xor: return a != b ? 1 : 0
                case .and: return a && b ? 1 : 0
                default: return a || b ? 1 : 0
                }
            }
            return LabelledData(features: corners, labels: labels, classNames: ["0", "1"])
        case .iris:
            return LabelledData(
                features: IrisData.rows.map { [$0.0, $0.1, $0.2, $0.3] },
                labels: IrisData.rows.map(\.4), classNames: IrisData.species
            )
        case .circle, .gauss, .xorCloud, .spiral:
            var features: [[Double]] = [], labels: [Int] = []
            features.reserveCapacity(samples)
            labels.reserveCapacity(samples)
            for index in 0..<samples {
                let label = index % 2
                let (x, y) = point(label: label, index: index / 2, of: (samples + 1 - label) / 2, &random)
                features.append([x + noise * random.nextGaussian(), y + noise * random.nextGaussian()])
                labels.append(label)
            }
            return LabelledData(features: features, labels: labels, classNames: ["0", "1"])
        }
    }

    /// The `index`th of `count` noise-free points of class `label`, in [−1, 1]².
    private func point(label: Int, index: Int, of count: Int, _ random: inout SplitMix64) -> (Double, Double) {
        switch self {
        case .circle:
            // Class 1 inside radius 0.5, class 0 in the ring from 0.7 to 1.
            let radius = label == 1 ? 0.5 * random.nextUnitDouble() : 0.7 + 0.3 * random.nextUnitDouble()
            let angle = 2 * Double.pi * random.nextUnitDouble()
            return (radius * cos(angle), radius * sin(angle))
        case .gauss:
            let centre = label == 1 ? 0.5 : -0.5
            return (centre + 0.2 * random.nextGaussian(), centre + 0.2 * random.nextGaussian())
        case .xorCloud:
            // Kept 0.05 away from the axes so that the classes do not touch without noise.
            var x = random.nextUnitDouble() * 2 - 1, y = random.nextUnitDouble() * 2 - 1
            x += x > 0 ? 0.05 : -0.05
            y += y > 0 ? 0.05 : -0.05
            if (x * y > 0) != (label == 1) { y = -y }
            return (x / 1.05, y / 1.05)
        case .spiral:
            // Two arms, 1.75 turns each, the second turned by half a turn.
            let share = Double(index) / Double(max(count, 1))
            let angle = 1.75 * share * 2 * Double.pi + (label == 1 ? Double.pi : 0)
            return (share * sin(angle), share * cos(angle))
        case .xor, .and, .or, .iris:
            return (0, 0)
        }
    }
}

extension SplitMix64 {
    /// A standard normal draw (Box–Muller, from two uniform draws).
    mutating func nextGaussian() -> Double {
        let u = 1 - nextUnitDouble()
        let v = nextUnitDouble()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
