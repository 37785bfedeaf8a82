/// The one place an expression node gets its name: the program's name for the first assignment
/// (`c`), `c_2`, `c_3`, … for later ones (`c += …` makes a new node, as in Python), and `t1`,
/// `t2`, … for operations the program does not name; none for constants. A generated name
/// never takes a name the program uses.
enum ExpressionNaming {
    static func names(_ nodes: [ExpressionNode]) -> [String?] {
        var taken = Set(nodes.compactMap { $0.variable?.version == 1 ? $0.variable?.name : nil })
        var names: [String?] = []
        names.reserveCapacity(nodes.count)
        var unnamed = 0
        func fresh(_ make: () -> String) -> String {
            var name = make()
            while taken.contains(name) { name = make() }
            taken.insert(name)
            return name
        }
        for node in nodes {
            if let variable = node.variable {
                guard variable.version > 1 else {
                    names.append(variable.name)
                    continue
                }
                var version = variable.version
                names.append(fresh {
                    defer { version += 1 }
                    return "\(variable.name)_\(version)"
                })
            } else if node.isOperation {
                names.append(fresh {
                    unnamed += 1
                    return "t\(unnamed)"
                })
            } else {
                names.append(nil)
            }
        }
        return names
    }
}
