/// Quantified single code points (`repeatOne`) and the code point tests they share with the main loop.
extension Matcher {
  /// Runs a `repeatOne` at `pc`; returns the position to continue from, or -1.
  mutating func enterRepeat(pc: Int, index: Int, at start: Int) -> Int {
    let repeatOne = repeats[index]
    if repeatOne.greedy {
      let (position, afterMin, explored) = consumeGreedily(repeatOne, from: start)
      guard position >= 0 else { return -1 }
      if position != afterMin && !repeatOne.possessive {
        frames.push(Frame(kind: .giveBack, pc: Int32(pc), position: position, extra: afterMin))
      }
      return explored || isVisited(repeatOne.memo, position) ? -1 : position
    }
    var position = start
    for _ in 0..<repeatOne.min {
      position = step(repeatOne.matcher, at: position, backward: repeatOne.backward)
      if position < 0 { return -1 }
    }
    steps += repeatOne.min
    if isVisited(repeatOne.loopMemo, position) { return -1 }
    if repeatOne.min < repeatOne.max {
      frames.push(Frame(kind: .takeMore, pc: Int32(pc), position: position, extra: repeatOne.min))
    }
    return isVisited(repeatOne.memo, position) ? -1 : position
  }

  /// Takes as many code points as allowed. Returns the end position (-1 if fewer than the minimum matched),
  /// the position just after the minimum, and whether the end is a loop state explored before (then only
  /// positions before it remain to be tried).
  private mutating func consumeGreedily(
    _ repeatOne: RepeatOne, from start: Int
  ) -> (position: Int, afterMin: Int, explored: Bool) {
    var position = start
    var taken = 0
    var afterMin = start
    var explored = false
    let checksLoop = memo != nil && repeatOne.loopMemo >= 0
    if !repeatOne.backward, case .set(let setIndex) = repeatOne.matcher {
      let low = asciiSets[2 * setIndex]
      let high = asciiSets[2 * setIndex + 1]
      while taken < repeatOne.max && position < input.count {
        if checksLoop && taken >= repeatOne.min && isVisited(repeatOne.loopMemo, position) {
          explored = true
          break
        }
        let byte = input.bytes[position]
        if byte < 0x80 {
          guard (byte < 64 ? low >> UInt64(byte) : high >> UInt64(byte - 64)) & 1 != 0 else { break }
          position += 1
        } else {
          let (value, length) = input.scalar(at: position)
          guard program.sets[setIndex].contains(value) else { break }
          position += length
        }
        taken += 1
        if taken == repeatOne.min { afterMin = position }
      }
    } else {
      while taken < repeatOne.max {
        if checksLoop && taken >= repeatOne.min && isVisited(repeatOne.loopMemo, position) {
          explored = true
          break
        }
        let next = step(repeatOne.matcher, at: position, backward: repeatOne.backward)
        if next < 0 { break }
        position = next
        taken += 1
        if taken == repeatOne.min { afterMin = position }
      }
    }
    steps += taken
    return (taken >= repeatOne.min ? position : -1, afterMin, explored)
  }

  /// Position after consuming one code point matched by `matcher`, or -1.
  @inline(__always)
  func step(_ matcher: CharMatcher, at position: Int, backward: Bool) -> Int {
    if backward {
      guard position > 0 else { return -1 }
      let (value, length) = input.scalar(before: position)
      return accepts(matcher, value) ? position - length : -1
    }
    guard position < input.count else { return -1 }
    let (value, length) = input.scalar(at: position)
    return accepts(matcher, value) ? position + length : -1
  }

  @inline(__always)
  private func accepts(_ matcher: CharMatcher, _ value: UInt32) -> Bool {
    switch matcher {
    case .char(let expected):
      return value == expected
    case .any:
      return !isLineTerminator(value)
    case .set(let index):
      guard value < 128 else { return program.sets[index].contains(value) }
      return asciiSets[2 * index + Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }
  }
}
