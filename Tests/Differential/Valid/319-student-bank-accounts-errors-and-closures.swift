import Foundation
// A bank account simulation with errors, inheritance and closures
enum BankError: Error { case insufficient(needed: Double), frozen }
class Account {
    let owner: String
    private(set) var balance: Double
    var history: [String] = []
    init(owner: String, balance: Double = 0) { self.owner = owner; self.balance = balance }
    func deposit(_ amount: Double) { balance += amount; history.append("+\(amount)") }
    func withdraw(_ amount: Double) throws {
        guard amount <= balance else { throw BankError.insufficient(needed: amount - balance) }
        balance -= amount
        history.append("-\(amount)")
    }
    var summary: String { "\(owner): \(String(format: "%.2f", balance))" }
}
final class Savings: Account {
    let rate: Double
    init(owner: String, rate: Double) { self.rate = rate; super.init(owner: owner, balance: 100) }
    func addInterest() { deposit(balance * rate) }
    override var summary: String { super.summary + " @\(rate * 100)%" }
}
let a = Account(owner: "Ada")
a.deposit(50)
do { try a.withdraw(80) } catch BankError.insufficient(let needed) { print("short by", needed) } catch { print("other") }
try? a.withdraw(20)
print(a.summary, a.history)
let s = Savings(owner: "Bob", rate: 0.05)
s.addInterest()
print(s.summary)
let accounts: [Account] = [a, s]
let richest = accounts.max { $0.balance < $1.balance }!
print(richest.owner)
var log: [String] = []
let record: (String) -> Void = { log.append($0.uppercased()) }
record("open"); record("close")
print(log)
func makeCounter() -> () -> Int { var n = 0; return { n += 1; return n } }
let next = makeCounter()
print(next(), next(), next())
let text = "Hello, World! Hello, Swift."
let vowels = text.lowercased().filter { "aeiou".contains($0) }.count
print(vowels, text.components(separatedBy: " ").count, text.replacingOccurrences(of: "Hello", with: "Bye"))
let reversedWords = text.split(separator: " ").map { String($0.reversed()) }.joined(separator: " ")
print(reversedWords)
print(text.hasPrefix("Hello"), text.contains("Swift"), text.uppercased().prefix(5))
let nums = [3, 8, 1, 9, 4]
print(nums.sorted(by: >), nums.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element })
print(zip(nums, nums.dropFirst()).map { $1 - $0 })
let (minV, maxV) = (nums.min()!, nums.max()!)
print("range \(minV)...\(maxV)", nums.reduce(0, +) / nums.count)
