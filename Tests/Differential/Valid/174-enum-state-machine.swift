enum State {
    case idle, running, paused, finished
}

enum Event {
    case start, pause, resume, stop
}

func transition(_ s: State, _ e: Event) -> State {
    switch (s, e) {
    case (.idle, .start): return .running
    case (.running, .pause): return .paused
    case (.paused, .resume): return .running
    case (.running, .stop), (.paused, .stop): return .finished
    default: return s
    }
}

var state = State.idle
let events: [Event] = [.pause, .start, .pause, .start, .resume, .stop, .start]
for e in events {
    let next = transition(state, e)
    print("\(state) + \(e) -> \(next)")
    state = next
}
print("final: \(state)")
