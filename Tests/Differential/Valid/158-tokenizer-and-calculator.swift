// Splitting an expression into tokens and evaluating left to right.
let expr = "12 + 7 - 3 * 2"
let tokens = expr.split(separator: " ").map { String($0) }
var result = Int(tokens[0])!
var i = 1
while i < tokens.count {
    let op = tokens[i]
    let rhs = Int(tokens[i + 1])!
    switch op {
    case "+": result += rhs
    case "-": result -= rhs
    case "*": result *= rhs
    default: print("unknown", op)
    }
    i += 2
}
print(tokens, result)
