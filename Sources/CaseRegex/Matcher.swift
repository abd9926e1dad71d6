/// Runs a program over one input: a backtracking search on an explicit stack, with a step budget and, once
/// backtracking piles up, memoisation of visited (instruction, position) states.
///
/// Memoisation is only enabled when the pattern has no backreferences: then whether the rest of the pattern
/// matches depends on the instruction and position alone, so a state seen before either failed already or is
/// being explored on the current path, and can be skipped. That bounds the search by
/// memo points x input length. A lookaround body that succeeds un-marks the states it marked, since those
/// were on its successful path rather than failures.
struct Matcher: ~Copyable {
  /// Backtracks before memoisation starts (most matches never get there and allocate nothing).
  static let memoThreshold = 32
  /// Largest memo table, in bits; bigger searches rely on the step budget alone.
  static let maxMemoBits = 1 << 27

  /// Owned by the `ECMARegex` running this match, which outlives it.
  unowned(unsafe) let program: Program
  private let code: UnsafeMutableBufferPointer<Instruction>
  let repeats: UnsafeMutableBufferPointer<RepeatOne>
  let asciiSets: UnsafeMutableBufferPointer<UInt64>
  let input: Input
  var frames: FrameStack
  /// Capture slots followed by registers; allocated only when the program has any.
  private let slots: UnsafeMutablePointer<Int>?
  private(set) var memo: UnsafeMutablePointer<UInt64>?
  /// Memo bits set inside lookaround bodies, to clear when a body succeeds.
  private var trail: [Int] = []
  private var lookDepth = 0
  var steps = 0
  private var backtracks = 0
  private let budget: Int

  init(program: Program, input: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<Frame>) {
    self.program = program
    code = program.instructions
    repeats = program.repeats
    asciiSets = program.asciiSets
    self.input = Input(input)
    frames = FrameStack(scratch: scratch)
    let slotCount = program.captureSlots + program.registerCount
    if slotCount > 0 {
      let slots = UnsafeMutablePointer<Int>.allocate(capacity: slotCount)
      slots.initialize(repeating: -1, count: slotCount)
      self.slots = slots
    } else {
      slots = nil
    }
    budget = 10_000_000 + 64 * input.count
  }

  deinit {
    slots?.deallocate()
    memo?.deallocate()
  }

  // swift-format-ignore: NeverForceUnwrap
  // The slots are allocated before matching starts.
  private var captures: UnsafeMutablePointer<Int> { slots! }
  // swift-format-ignore: NeverForceUnwrap
  // The slots are allocated before matching starts.
  private var registers: UnsafeMutablePointer<Int> { slots! + program.captureSlots }

  /// Whether the pattern matches anywhere in the input.
  mutating func search() throws(RegexMatchError) -> Bool {
    if program.anchored { return try run(from: 0, at: 0) }
    let firstBytes = program.firstBytes
    var start = 0
    while true {
      if let firstBytes {
        while start < input.count && !firstBytes.contains(input.bytes[start]) { start += 1 }
        if start == input.count { return false }
      }
      if try run(from: 0, at: start) { return true }
      if start >= input.count { return false }
      // Failed starts that rescan the input (e.g. a possessive `a*` before `b`) also call for memoisation.
      if steps > 4 * input.count + 64 { startMemoising() }
      start += firstBytes == nil ? input.scalar(at: start).length : 1
    }
  }

  /// Runs from `startPC` until an `accept` (true, frames above the entry height kept) or until every
  /// alternative failed (false, frames popped back to the entry height).
  private mutating func run(from startPC: Int, at startPosition: Int) throws(RegexMatchError) -> Bool {
    let base = frames.count
    var pc = startPC
    var position = startPosition
    while true {
      steps &+= 1
      if steps > budget { throw .tooComplex(pattern: program.pattern) }
      var matched = true
      switch code[pc] {
      case .char(let value):
        if position < input.count {
          let (scalar, length) = input.scalar(at: position)
          matched = scalar == value
          position += length
        } else {
          matched = false
        }
        pc += 1
      case .charBack(let value):
        if position > 0 {
          let (scalar, length) = input.scalar(before: position)
          matched = scalar == value
          position -= length
        } else {
          matched = false
        }
        pc += 1
      case .set(let index):
        position = step(.set(index), at: position, backward: false)
        matched = position >= 0
        pc += 1
      case .setBack(let index):
        position = step(.set(index), at: position, backward: true)
        matched = position >= 0
        pc += 1
      case .any:
        position = step(.any, at: position, backward: false)
        matched = position >= 0
        pc += 1
      case .anyBack:
        position = step(.any, at: position, backward: true)
        matched = position >= 0
        pc += 1
      case .repeatOne(let index):
        position = enterRepeat(pc: pc, index: index, at: position)
        matched = position >= 0
        pc += 1
      case .split(let first, let second, let memoPoint):
        if isVisited(memoPoint, position) {
          matched = false
        } else {
          frames.push(Frame(kind: .retry, pc: Int32(second), position: position, extra: 0))
          pc = first
        }
      case .jump(let target):
        pc = target
      case .save(let slot):
        frames.push(Frame(kind: .restoreCapture, pc: Int32(slot), position: captures[slot], extra: 0))
        captures[slot] = position
        pc += 1
      case .clear(let slots):
        for slot in slots where captures[slot] >= 0 {
          frames.push(Frame(kind: .restoreCapture, pc: Int32(slot), position: captures[slot], extra: 0))
          captures[slot] = -1
        }
        pc += 1
      case .mark(let register):
        frames.push(Frame(kind: .restoreRegister, pc: Int32(register), position: registers[register], extra: 0))
        registers[register] = position
        pc += 1
      case .progress(let register):
        matched = registers[register] != position
        pc += 1
      case .start:
        matched = position == 0
        pc += 1
      case .end:
        matched = position == input.count
        pc += 1
      case .boundary(let negated):
        matched = (input.isWordByte(at: position - 1) != input.isWordByte(at: position)) != negated
        pc += 1
      case .look(let index):
        let look = program.lookarounds[index]
        matched = try runLookaround(look, at: position)
        pc = look.next
      case .backreference(let number, let backward):
        position = matchBackreference(number, at: position, backward: backward)
        matched = position >= 0
        pc += 1
      case .accept:
        return true
      }
      if matched { continue }
      guard let resume = backtrack(to: base) else { return false }
      pc = resume.pc
      position = resume.position
    }
  }

  /// Pops frames down to `base`, undoing captures and registers, until one gives a state to resume.
  private mutating func backtrack(to base: Int) -> (pc: Int, position: Int)? {
    while frames.count > base {
      let frame = frames.pop()
      let pc = Int(frame.pc)
      switch frame.kind {
      case .retry:
        countBacktrack()
        return (pc, frame.position)
      case .restoreCapture:
        captures[pc] = frame.position
      case .restoreRegister:
        registers[pc] = frame.position
      case .giveBack:
        countBacktrack()
        guard case .repeatOne(let index) = code[pc] else { continue }
        let repeatOne = repeats[index]
        let position =
          repeatOne.backward
          ? frame.position + input.scalar(at: frame.position).length
          : frame.position - input.scalar(before: frame.position).length
        if position != frame.extra {
          frames.push(Frame(kind: .giveBack, pc: frame.pc, position: position, extra: frame.extra))
        }
        if isVisited(repeatOne.memo, position) { continue }
        return (pc + 1, position)
      case .takeMore:
        countBacktrack()
        guard case .repeatOne(let index) = code[pc] else { continue }
        let repeatOne = repeats[index]
        let next = step(repeatOne.matcher, at: frame.position, backward: repeatOne.backward)
        if next < 0 || isVisited(repeatOne.loopMemo, next) { continue }
        if frame.extra + 1 < repeatOne.max {
          frames.push(Frame(kind: .takeMore, pc: frame.pc, position: next, extra: frame.extra + 1))
        }
        if isVisited(repeatOne.memo, next) { continue }
        return (pc + 1, next)
      }
    }
    return nil
  }

  private mutating func countBacktrack() {
    backtracks += 1
    steps += 1
    if backtracks == Matcher.memoThreshold { startMemoising() }
  }

  /// Allocates the memo table, once, if the program allows it and it is small enough.
  private mutating func startMemoising() {
    guard memo == nil && program.memoPoints > 0 else { return }
    let bits = program.memoPoints * (input.count + 1)
    guard bits <= Matcher.maxMemoBits else { return }
    let words = (bits + 63) / 64
    let memo = UnsafeMutablePointer<UInt64>.allocate(capacity: words)
    memo.initialize(repeating: 0, count: words)
    self.memo = memo
  }

  /// Marks a memo point at a position; true if it was already marked (the state can be skipped).
  @inline(__always)
  mutating func isVisited(_ point: Int, _ position: Int) -> Bool {
    guard let memo, point >= 0 else { return false }
    let bit = point * (input.count + 1) + position
    let mask = UInt64(1) << UInt64(bit & 63)
    if memo[bit >> 6] & mask != 0 { return true }
    memo[bit >> 6] |= mask
    if lookDepth > 0 { trail.append(bit) }
    return false
  }

  /// Runs a lookaround body as an atomic sub-search; true when the assertion holds.
  private mutating func runLookaround(_ look: Lookaround, at position: Int) throws(RegexMatchError) -> Bool {
    let frameBase = frames.count
    let trailBase = trail.count
    lookDepth += 1
    let found = try run(from: look.body, at: position)
    lookDepth -= 1
    if found {
      for bit in trail[trailBase...] { memo?[bit >> 6] &= ~(UInt64(1) << UInt64(bit & 63)) }
      trail.removeSubrange(trailBase...)
      if look.negated {
        undo(to: frameBase)
      } else {
        keepUndoFrames(from: frameBase)
      }
    }
    if lookDepth == 0 { trail.removeAll(keepingCapacity: true) }
    return found != look.negated
  }

  /// Pops frames down to `base`, applying only the undo frames.
  private mutating func undo(to base: Int) {
    while frames.count > base {
      let frame = frames.pop()
      switch frame.kind {
      case .restoreCapture: captures[Int(frame.pc)] = frame.position
      case .restoreRegister: registers[Int(frame.pc)] = frame.position
      default: break
      }
    }
  }

  /// Drops the alternatives left by a successful lookaround body but keeps its undo frames, so that the
  /// captures it set are restored if the match backtracks past it.
  private mutating func keepUndoFrames(from base: Int) {
    var kept = base
    for index in base..<frames.count where frames[index].isUndo {
      frames[kept] = frames[index]
      kept += 1
    }
    frames.truncate(to: kept)
  }

  /// Matches the text of group `number` again; returns the new position or -1. An unset group matches empty.
  private func matchBackreference(_ number: Int, at position: Int, backward: Bool) -> Int {
    let start = captures[2 * number]
    let end = captures[2 * number + 1]
    guard start >= 0 && end >= 0 else { return position }
    let length = end - start
    if backward {
      guard position >= length && input.equalBytes(start, position - length, length: length) else { return -1 }
      return position - length
    }
    guard position + length <= input.count && input.equalBytes(start, position, length: length) else { return -1 }
    return position + length
  }
}
