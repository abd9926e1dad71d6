/// A backtracking frame.
struct Frame {
  enum Kind: UInt8 {
    /// Resume at `pc` and `position`.
    case retry
    /// Undo: capture slot `pc` gets back `position`.
    case restoreCapture
    /// Undo: register `pc` gets back `position`.
    case restoreRegister
    /// A greedy `repeatOne` at `pc` gives back one code point; `extra` is the position after its minimum.
    case giveBack
    /// A lazy `repeatOne` at `pc` takes one more code point; `extra` is the count taken so far.
    case takeMore
  }

  var kind: Kind
  var pc: Int32
  var position: Int
  var extra: Int

  var isUndo: Bool { kind == .restoreCapture || kind == .restoreRegister }
}

/// The explicit backtracking stack: starts in caller-provided scratch memory and moves to the heap when full,
/// so deep backtracking over long inputs never touches the call stack.
struct FrameStack: ~Copyable {
  private var storage: UnsafeMutablePointer<Frame>
  private var capacity: Int
  private var ownsStorage = false
  private(set) var count = 0

  init(scratch: UnsafeMutableBufferPointer<Frame>) {
    // swift-format-ignore: NeverForceUnwrap
    // The scratch buffer is allocated with a positive capacity.
    storage = scratch.baseAddress!
    capacity = scratch.count
  }

  deinit {
    if ownsStorage { storage.deallocate() }
  }

  @inline(__always)
  mutating func push(_ frame: Frame) {
    if count == capacity { grow() }
    (storage + count).initialize(to: frame)
    count += 1
  }

  @inline(__always)
  mutating func pop() -> Frame {
    count -= 1
    return storage[count]
  }

  subscript(index: Int) -> Frame {
    get { storage[index] }
    set { storage[index] = newValue }
  }

  /// Drops frames above `newCount` without running them.
  mutating func truncate(to newCount: Int) {
    count = newCount
  }

  private mutating func grow() {
    let newCapacity = capacity * 2
    let newStorage = UnsafeMutablePointer<Frame>.allocate(capacity: newCapacity)
    newStorage.initialize(from: storage, count: count)
    if ownsStorage { storage.deallocate() }
    storage = newStorage
    capacity = newCapacity
    ownsStorage = true
  }
}
