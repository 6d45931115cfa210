extension String {
    var isPalindrome: Bool {
        let letters = self.lowercased().filter { $0.isLetter }
        return letters == String(letters.reversed())
    }
    func repeated(_ n: Int) -> String {
        var result = ""
        for _ in 0..<n { result += self }
        return result
    }
    var vowelCount: Int {
        return self.filter { "aeiouAEIOU".contains($0) }.count
    }
}

print("Racecar".isPalindrome, "Swift".isPalindrome)
print("A man, a plan, a canal: Panama".isPalindrome)
print("ab".repeated(3))
print("-".repeated(10))
print("Education".vowelCount)
