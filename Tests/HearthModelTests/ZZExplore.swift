import Testing
@testable import HearthModel

@Test func explore() {
    let inputs: [String] = [
        "children\n  - id: mia\n",
        "children:\n  - id: mia\n     name: Mia\n",
        "children:\n  - id: mia\n    name: Mia Smith\n    called Mimi\n    age: 7\n",
        "children:\n  - id: mia\n    name: Mia\n   age: 7\n",
        "children:\n  - id: mia\n    name: Mia\n      age: 7\n",
        "children:\n  - id: mia\n  name: Mia\n",
        "children:\n  - id: mia\n    name: Mia\n - id: leo\n",
        "children:\n  -id: mia\n",
        "children:\n  - id: mia\n    name: 'Mia's\n",
        "children:\n  - id: mia\n    name: \"Mia\" Smith\n",
        "children:\n  - id: mia\n    name: Mia\nthree_houses:\n  - child: mia\n    worries:\n    - a\n   - b\n",
        "children:\n  - id: mia\n    name: Mia\nthree_houses:\n  - child: mia\n    worries:\n      - I said \"no\"\n      - it's ok\n      - #hashtag\n      - a # comment\n",
    ]
    for input in inputs {
        print("=== \(input.debugDescription)")
        do {
            let file = try CaseFileLoader.parse(input, file: "t.yaml")
            print("OK \(file.children) \(file.threeHouses.map(\.worries))")
        } catch {
            print(error.description)
        }
    }
}
