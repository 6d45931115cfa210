enum Activation {
    case relu, sigmoid, tanh
}

print("start")
let a = Activation.softmax
print(a)
