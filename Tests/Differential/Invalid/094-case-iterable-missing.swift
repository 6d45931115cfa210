enum Suit {
    case hearts, spades
}

print("start")
for s in Suit.allCases {
    print(s)
}
