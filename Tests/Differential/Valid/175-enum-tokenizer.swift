enum Token: Equatable {
    case number(Int)
    case plus, minus, times
    case lparen, rparen
}

func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var current = 0
    var inNumber = false
    for c in text {
        if let d = c.wholeNumberValue {
            current = current * 10 + d
            inNumber = true
            continue
        }
        if inNumber {
            tokens.append(.number(current))
            current = 0
            inNumber = false
        }
        switch c {
        case "+": tokens.append(.plus)
        case "-": tokens.append(.minus)
        case "*": tokens.append(.times)
        case "(": tokens.append(.lparen)
        case ")": tokens.append(.rparen)
        default: break
        }
    }
    if inNumber { tokens.append(.number(current)) }
    return tokens
}

let tokens = tokenize("12 + (3 * 45) - 6")
print(tokens.count)
for t in tokens { print(t) }
print(tokens[0] == .number(12), tokens[1] == .minus)
