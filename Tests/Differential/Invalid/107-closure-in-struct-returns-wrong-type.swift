struct Rule {
    let apply: (Double) -> Double
}
print("start")
let r = Rule(apply: { "\($0)" })
print(r.apply(1))
