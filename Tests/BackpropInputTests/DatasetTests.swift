import BackpropCore
@testable import BackpropInput
import Testing

/// The built-in data sets, labelled tables and seeded initial weights.
@Suite struct DatasetTests {
    @Test(arguments: Dataset.allCases.filter(\.isGenerated))
    func generatedSetsFollowTheirSeed(dataset: Dataset) {
        let first = dataset.data(samples: 51, noise: 0.1, seed: 9)
        #expect(first == dataset.data(samples: 51, noise: 0.1, seed: 9))
        #expect(first != dataset.data(samples: 51, noise: 0.1, seed: 10))
        #expect(first.features.count == 51)
        #expect(first.labels.filter { $0 == 1 }.count == 25)
        #expect(first.features.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isFinite) })
    }

    @Test func circleClassesAreInsideAndOutsideWithoutNoise() {
        let data = Dataset.circle.data(samples: 200, noise: 0, seed: 1)
        for (point, label) in zip(data.features, data.labels) {
            let radius = (point[0] * point[0] + point[1] * point[1]).squareRoot()
            #expect(label == 1 ? radius <= 0.5 : (0.7...1).contains(radius))
        }
    }

    @Test func xorCloudClassesAreTheQuadrantsWithoutNoise() {
        let data = Dataset.xorCloud.data(samples: 200, noise: 0, seed: 1)
        for (point, label) in zip(data.features, data.labels) {
            #expect((point[0] * point[1] > 0) == (label == 1))
        }
    }

    @Test func truthTables() throws {
        #expect(Dataset.xor.data().labels == [0, 1, 1, 0])
        #expect(Dataset.and.data().labels == [0, 0, 0, 1])
        #expect(Dataset.or.data().labels == [0, 1, 1, 1])
        #expect(try Dataset.xor.data().examples(outputs: 2)[1].targets == [0, 1])
        #expect(throws: DatasetError.outputsDoNotFitClasses(outputs: 3, classes: 2)) {
            try Dataset.xor.data().examples(outputs: 3)
        }
    }

    @Test func irisHasFiftyFlowersOfEachSpecies() {
        let iris = Dataset.iris.data()
        #expect(iris.features.count == 150)
        #expect((0..<3).map { label in iris.labels.filter { $0 == label }.count } == [50, 50, 50])
        #expect(iris.features[0] == [5.1, 3.5, 1.4, 0.2])
        #expect(iris.classNames == ["setosa", "versicolor", "virginica"])
    }

    @Test func labelledTablesNumberTheirClassesInSortedOrder() throws {
        let table = try LabelledTable.decode(Array("a,b,label\n1,2,cat\n3,4,dog\n\n# note\n5,6,cat\n".utf8), labelColumn: 3)
        #expect(table.features == [[1, 2], [3, 4], [5, 6]])
        #expect(table.labels == [0, 1, 0])
        #expect(table.classNames == ["cat", "dog"])
        let numeric = try LabelledTable.decode(Array("10,1\n9,2\n10,3\n".utf8), labelColumn: 1)
        #expect(numeric.classNames == ["9", "10"])
        #expect(numeric.features == [[1], [2], [3]])
    }

    @Test func labelledTablesRefuseBadRows() {
        #expect(throws: DatasetError.notANumber(text: "x", line: 2, column: 2)) {
            try LabelledTable.decode(Array("1,2,a\n3,x,b\n".utf8), labelColumn: 3)
        }
        #expect(throws: DatasetError.labelColumnOutOfRange(column: 4, columns: 3, line: 1)) {
            try LabelledTable.decode(Array("1,2,a\n".utf8), labelColumn: 4)
        }
        #expect(throws: DatasetError.rowLength(expected: 3, got: 4, line: 2)) {
            try LabelledTable.decode(Array("1,2,a\n3,4,5,b\n".utf8), labelColumn: 3)
        }
        #expect(throws: DatasetError.tooFewClasses(1)) {
            try LabelledTable.decode(Array("1,2,a\n3,4,a\n".utf8), labelColumn: 3)
        }
    }

    @Test(arguments: WeightInitialization.allCases)
    func initialWeightsStayWithinTheirBound(initialization: WeightInitialization) {
        let layers = [4, 6, 3]
        let weights = initialization.weights(layers: layers, seed: 5)
        #expect(weights.count == 4 * 6 + 6 * 3)
        #expect(weights == initialization.weights(layers: layers, seed: 5))
        let bound: Double = switch initialization {
        case .xavier: (6.0 / 10).squareRoot()
        case .he: (6.0 / 4).squareRoot()
        case .uniform: 1 / 2.0
        }
        #expect(weights[..<24].allSatisfy { abs($0) <= bound })
        #expect(weights[..<24].contains { abs($0) > bound / 2 })
    }
}
